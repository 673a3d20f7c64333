import type { TokenService } from './tokens';

/**
 * The OAuth clients registered for Incident Desk at each provider, as the sandbox knows them. The
 * extension must use these ids; an unknown id gets the provider's invalid_client answer.
 */
export interface OAuthClient {
  provider: TokenService;
  clientId: string;
  /**
   * Google's client is a "Web application" client, the type that accepts a chromiumapp.org
   * redirect; it has a secret the extension never holds (shared apis.md, "Facts that hold only on
   * the real services"). Tests that play a server may use it.
   */
  clientSecret?: string;
  kind: 'web' | 'public';
  pkce: boolean;
  /** none: no refresh token; rotate: each refresh issues a new refresh token and kills the old one; static: the same refresh token keeps working. */
  refresh: 'none' | 'rotate' | 'static';
  /** Seconds an access token lives; undefined never expires (Slack without token rotation). */
  accessTtl?: number;
  /** GitLab: the host whose application this is ('self-hosted' stands for the configured host). */
  gitlabHost?: 'gitlab.com' | 'self-hosted';
}

export const OAUTH_CLIENTS: readonly OAuthClient[] = [
  // Google: access tokens last an hour (expires_in 3599); refresh tokens, with access_type=offline, stay.
  {
    provider: 'google',
    clientId: 'incident-desk.apps.googleusercontent.com',
    clientSecret: 'GOCSPX-sandbox-web-client-secret',
    kind: 'web',
    pkce: true,
    refresh: 'static',
    accessTtl: 3600,
  },
  // Slack: PKCE turned on in the app settings, token rotation off, so no refresh token and no expiry (apis.md).
  { provider: 'slack', clientId: '1111111111.2222222222222', kind: 'public', pkce: true, refresh: 'none' },
  // X: a public "Native App"; refresh token only with offline.access; access tokens 2 h (apis.md D, T2).
  { provider: 'x', clientId: 'incident-desk-x', kind: 'public', pkce: true, refresh: 'rotate', accessTtl: 7200 },
  // GitLab: non-confidential applications with PKCE; each refresh replaces both tokens (apis.md; docs.gitlab.com/api/oauth2).
  { provider: 'gitlab', clientId: 'incident-desk-gitlab-com', kind: 'public', pkce: true, refresh: 'rotate', accessTtl: 7200, gitlabHost: 'gitlab.com' },
  {
    provider: 'gitlab',
    clientId: 'incident-desk-gitlab-selfhosted',
    kind: 'public',
    pkce: true,
    refresh: 'rotate',
    accessTtl: 7200,
    gitlabHost: 'self-hosted',
  },
  // Zoom: the app's separate Public Client ID, no secret (developers.zoom.us/docs/integrations/PKCE/); refresh tokens rotate; 1 h tokens.
  { provider: 'zoom', clientId: 'incidentdeskpublic', kind: 'public', pkce: true, refresh: 'rotate', accessTtl: 3600 },
];

export function findClient(provider: TokenService, clientId: string | null | undefined, gitlabHost?: 'gitlab.com' | 'self-hosted'): OAuthClient | undefined {
  return OAUTH_CLIENTS.find((c) => c.provider === provider && c.clientId === clientId && (gitlabHost === undefined || c.gitlabHost === gitlabHost));
}

/**
 * The redirect URIs an extension can have: Chrome's `https://<32 letters a-p>.chromiumapp.org/…`
 * and Firefox's `https://<40 hex>.extensions.allizom.org/…` (apis.md C, X1 and X5). Every client
 * is registered with those, so anything else is a redirect_uri_mismatch.
 */
export function redirectAllowed(uri: string | null | undefined): boolean {
  return typeof uri === 'string' && /^https:\/\/(?:[a-p]{32}\.chromiumapp\.org|[0-9a-f]{40}\.extensions\.allizom\.org)\/[^#]*$/.test(uri);
}

/** A redirect URI tests can use (the extension id is any 32 letters a-p). */
export const TEST_REDIRECT_URI = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/';

/**
 * Zoom's granular scopes for the calls the extension makes (developers.zoom.us/docs/integrations/oauth-scopes-granular/:
 * "Create a meeting" meeting:write:meeting, "List meetings" meeting:read:list_meetings, "Get a meeting"
 * meeting:read:meeting). New apps get granular scopes only; classic ones (meeting:write) are refused
 * (developers.zoom.us/docs/internal-apps/oauth-scopes-overview/: "Newly created apps use granular scopes").
 */
export const ZOOM_GRANULAR_SCOPES = [
  'meeting:write:meeting',
  'meeting:read:list_meetings',
  'meeting:read:meeting',
  'meeting:update:meeting',
  'meeting:update:livestream',
  'meeting:update:livestream_status',
  'user:read:user',
];
