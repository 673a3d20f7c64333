import { randomId } from './ids';

export type TokenService = 'google' | 'slack' | 'x' | 'gitlab' | 'zoom';

/**
 * Fixed tokens a test may use without running an OAuth flow. They are documented in the README of
 * the sandbox and accepted until revoked; PagerDuty has no token, only a 32-character routing key.
 */
export const TEST_TOKENS: Readonly<Record<TokenService, string>> = {
  google: 'ya29.sandbox-google-test-token',
  slack: 'xoxb-sandbox-slack-test-token',
  x: 'sandbox-x-test-token',
  gitlab: 'glpat-sandbox-gitlab-test-token',
  zoom: 'sandbox-zoom-test-token',
};
export const TEST_PAGERDUTY_ROUTING_KEY = 'sandboxpagerdutyroutingkey000001';

export type TokenCheck = 'ok' | 'missing' | 'invalid' | 'revoked';

interface Issued {
  service: TokenService;
  kind: 'access' | 'refresh';
  scope: string;
}

const PREFIX: Record<TokenService, { access: string; refresh: string }> = {
  google: { access: 'ya29.', refresh: '1//' },
  slack: { access: 'xoxb-', refresh: 'xoxe-1-' },
  x: { access: '', refresh: '' },
  gitlab: { access: '', refresh: '' },
  zoom: { access: '', refresh: '' },
};

export class TokenStore {
  private issued = new Map<string, Issued>();
  private revoked = new Set<string>();

  issue(service: TokenService, scope: string, prefix = PREFIX[service].access): { access: string; refresh: string } {
    const access = prefix + randomId(40);
    const refresh = PREFIX[service].refresh + randomId(48);
    this.issued.set(access, { service, kind: 'access', scope });
    this.issued.set(refresh, { service, kind: 'refresh', scope });
    return { access, refresh };
  }

  /** A new access token for a live refresh token of `service`, or undefined. */
  refresh(service: TokenService, refreshToken: string): { access: string; scope: string } | undefined {
    const found = this.issued.get(refreshToken);
    if (!found || found.kind !== 'refresh' || found.service !== service || this.revoked.has(refreshToken)) return undefined;
    const access = PREFIX[service].access + randomId(40);
    this.issued.set(access, { service, kind: 'access', scope: found.scope });
    return { access, scope: found.scope };
  }

  check(service: TokenService, token: string | undefined): TokenCheck {
    if (!token) return 'missing';
    const known = TEST_TOKENS[service] === token || (this.issued.get(token)?.service === service && this.issued.get(token)?.kind === 'access');
    if (!known) return 'invalid';
    return this.revoked.has(token) ? 'revoked' : 'ok';
  }

  /** Revokes one token, or every token of a service when given a service name. */
  revoke(tokenOrService: string): void {
    if (tokenOrService in TEST_TOKENS) {
      const service = tokenOrService as TokenService;
      this.revoked.add(TEST_TOKENS[service]);
      for (const [token, info] of this.issued) if (info.service === service) this.revoked.add(token);
      return;
    }
    this.revoked.add(tokenOrService);
  }
}
