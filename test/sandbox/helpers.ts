import { OAUTH_CLIENTS } from './clients';
import type { TokenService } from './tokens';
import type { Permission, State } from './world';

export function share(state: State, documentId: string, p: { type: string; role: string; emailAddress?: string; domain?: string }): void {
  const doc = state.docs.get(documentId);
  if (!doc) throw new Error(`no doc ${documentId}`);
  const permission: Permission = {
    kind: 'drive#permission',
    id: p.type === 'anyone' ? 'anyoneWithLink' : `sandbox${doc.permissions.length}`,
    type: p.type,
    role: p.role,
    ...(p.emailAddress ? { emailAddress: p.emailAddress } : {}),
    ...(p.domain ? { domain: p.domain } : {}),
  };
  doc.permissions.push(permission);
}

export function issueToken(
  state: State,
  service: TokenService,
  o: { scope: string; user?: string; clientId?: string; host?: string; withRefresh?: boolean },
): { access: string; refresh?: string } {
  const client = OAUTH_CLIENTS.find((c) => c.provider === service && (o.clientId === undefined || c.clientId === o.clientId));
  return state.tokens.issue(service, {
    scope: o.scope,
    clientId: o.clientId ?? client?.clientId ?? 'unknown',
    ...((o.user ?? (service === 'google' ? 'alice@example.com' : undefined)) ? { user: o.user ?? 'alice@example.com' } : {}),
    ...(o.host ? { host: o.host } : {}),
    ...(client?.accessTtl !== undefined ? { ttl: client.accessTtl } : {}),
    withRefresh: o.withRefresh ?? false,
  });
}
