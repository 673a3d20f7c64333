import { randomId } from './ids';

export type TokenService = 'google' | 'slack' | 'x' | 'gitlab' | 'zoom';

/**
 * Fixed tokens a test may use without running an OAuth flow. They are documented in the README of
 * the sandbox, never expire and are accepted until revoked; PagerDuty has no token, only a
 * 32-character routing key. The Google one is Alice's, with the full `documents` and `drive` scopes.
 */
export const TEST_TOKENS: Readonly<Record<TokenService, string>> = {
  google: 'ya29.sandbox-google-test-token',
  slack: 'xoxb-sandbox-slack-test-token',
  x: 'sandbox-x-test-token',
  gitlab: 'glpat-sandbox-gitlab-test-token',
  zoom: 'sandbox-zoom-test-token',
};
export const TEST_PAGERDUTY_ROUTING_KEY = 'sandboxpagerdutyroutingkey000001';

/** The Workspace domain of the sandbox's Google users. */
export const GOOGLE_DOMAIN = 'example.com';
export interface GoogleUser {
  email: string;
  name: string;
  permissionId: string;
}
/** Alice declares incidents; Bob is a colleague in the same Workspace. */
export const GOOGLE_USERS: readonly GoogleUser[] = [
  { email: 'alice@example.com', name: 'Alice Archer', permissionId: '01234567890123456701' },
  { email: 'bob@example.com', name: 'Bob Brandt', permissionId: '01234567890123456702' },
];
export const GOOGLE_FULL_SCOPES = 'https://www.googleapis.com/auth/documents https://www.googleapis.com/auth/drive';
/** Fixed Google tokens per user (full scopes, the registered client), valid until revoked. */
export const GOOGLE_TEST_TOKENS: Readonly<Record<string, string>> = {
  'alice@example.com': TEST_TOKENS.google,
  'bob@example.com': 'ya29.sandbox-google-bob-token',
};

export type TokenCheck = 'ok' | 'missing' | 'invalid' | 'revoked' | 'expired';

/** What a token stands for: who, through which client, with which scopes, on which host. */
export interface TokenInfo {
  service: TokenService;
  kind: 'access' | 'refresh';
  scope: string;
  clientId: string;
  /** Google: the user's email. */
  user?: string;
  /** GitLab: the host that issued it; it is no good on the other one. */
  host?: string;
  /** Sandbox-clock milliseconds; undefined never expires. */
  expiresAt?: number;
  /** Access and refresh tokens of one grant share it, so revoking one can end both. */
  grant: string;
  /** For a refresh token: the redirect_uri of the original authorization (GitLab checks it on refresh). */
  redirectUri?: string;
}

const PREFIX: Record<TokenService, { access: string; refresh: string }> = {
  google: { access: 'ya29.', refresh: '1//' },
  slack: { access: 'xoxb-', refresh: 'xoxe-1-' },
  x: { access: '', refresh: '' },
  gitlab: { access: '', refresh: '' },
  zoom: { access: '', refresh: '' },
};

export class TokenStore {
  private issued = new Map<string, TokenInfo>();
  private revoked = new Set<string>();

  constructor(private readonly now: () => number) {
    for (const [user, token] of Object.entries(GOOGLE_TEST_TOKENS)) {
      this.issued.set(token, {
        service: 'google',
        kind: 'access',
        scope: GOOGLE_FULL_SCOPES,
        clientId: 'incident-desk.apps.googleusercontent.com',
        user,
        grant: `fixed-${user}`,
      });
    }
  }

  /** A new grant: an access token and, when `withRefresh`, a refresh token. */
  issue(
    service: TokenService,
    o: { scope: string; clientId: string; user?: string; host?: string; ttl?: number; withRefresh: boolean; redirectUri?: string; grant?: string },
  ): { access: string; refresh?: string } {
    const grant = o.grant ?? randomId(16);
    const access = PREFIX[service].access + randomId(40);
    const base = { service, scope: o.scope, clientId: o.clientId, grant, ...(o.user ? { user: o.user } : {}), ...(o.host ? { host: o.host } : {}) };
    this.issued.set(access, { ...base, kind: 'access', ...(o.ttl !== undefined ? { expiresAt: this.now() + o.ttl * 1000 } : {}) });
    if (!o.withRefresh) return { access };
    const refresh = PREFIX[service].refresh + randomId(48);
    this.issued.set(refresh, { ...base, kind: 'refresh', ...(o.redirectUri ? { redirectUri: o.redirectUri } : {}) });
    return { access, refresh };
  }

  /** The live refresh token's grant, or undefined when it is unknown, revoked or already rotated away. */
  liveRefresh(service: TokenService, token: string): TokenInfo | undefined {
    const found = this.issued.get(token);
    return found && found.kind === 'refresh' && found.service === service && !this.revoked.has(token) ? found : undefined;
  }

  info(token: string | undefined): TokenInfo | undefined {
    return token === undefined ? undefined : this.issued.get(token);
  }

  check(service: TokenService, token: string | undefined, host?: string): TokenCheck {
    if (!token) return 'missing';
    const found = this.issued.get(token);
    const known =
      TEST_TOKENS[service] === token ||
      (found?.service === service && found.kind === 'access' && (host === undefined || found.host === undefined || found.host === host));
    if (!known) return 'invalid';
    if (this.revoked.has(token)) return 'revoked';
    if (found?.expiresAt !== undefined && this.now() >= found.expiresAt) return 'expired';
    return 'ok';
  }

  /** Ends every token of one grant (Google revokes the whole grant; GitLab's refresh replaces both tokens). */
  revokeGrant(grant: string): void {
    for (const [token, info] of this.issued) if (info.grant === grant) this.revoked.add(token);
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
