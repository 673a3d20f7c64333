import { SERVICE_LABELS, type ServiceId } from '../core/service-id';

/**
 * How each provider lets a browser extension sign in without a client secret. Nothing here is a
 * secret: client ids of public clients are meant to ship in the app.
 *
 * - `code`: authorization code + PKCE at a public ("non-confidential") client.
 * - `google`: Google refuses a code exchange without a secret even with PKCE (apis.md, "Facts that
 *   hold only on the real services"), so Google uses `chrome.identity.getAuthToken` where Chrome
 *   has it and the token (implicit) response of `launchWebAuthFlow` elsewhere, renewed silently.
 */
export interface CodeFlowProvider {
  flow: 'code';
  label: string;
  /** the public OAuth client registered for Incident Desk (redirect: identity.getRedirectURL()) */
  clientId: string;
  authorizeUrl: string;
  tokenUrl: string;
  /** RFC 7009-style revocation endpoint; undefined where the provider offers none to a public client */
  revokeUrl?: string;
  scopes: string[];
  extraAuthorizeParams?: Record<string, string>;
  /** extra fields the provider wants on a refresh request */
  refreshNeedsRedirectUri?: boolean;
  /** hosts a token of this provider may be sent to; nothing else ever sees it */
  apiOrigins: string[];
}

export interface GoogleProvider {
  flow: 'google';
  label: string;
  /** the "Web application" client the token flow uses (its secret is never needed, nor shipped) */
  clientId: string;
  authorizeUrl: string;
  revokeUrl: string;
  scopes: string[];
  apiOrigins: string[];
}

export type OAuthProvider = CodeFlowProvider | GoogleProvider;

// Docs API for reading and writing incident docs, including a colleague's and the team's template
// (documents reaches any doc the person can open); drive.file for the files Incident Desk itself
// creates (the working doc, its public copy: sharing, publishing, finding them again). No wider
// Drive scope: full `drive` is a restricted scope (apis.md, "Google scopes").
export const GOOGLE_SCOPES = ['https://www.googleapis.com/auth/documents', 'https://www.googleapis.com/auth/drive.file'];

// Production endpoints. Tests and the demo reach the local sandbox through Chromium's host
// mapping, so the same URLs are used there. A team deploying Incident Desk registers one public
// OAuth app per provider (README, "Using it for real") and puts its client id here; the Chrome
// extension client for getAuthToken goes in manifest.json's `oauth2.client_id`.
export const PROVIDERS: Record<ServiceId, OAuthProvider> = {
  google: {
    flow: 'google',
    label: SERVICE_LABELS.google,
    clientId: 'incident-desk.apps.googleusercontent.com',
    authorizeUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
    revokeUrl: 'https://oauth2.googleapis.com/revoke',
    scopes: GOOGLE_SCOPES,
    apiOrigins: ['https://docs.googleapis.com', 'https://www.googleapis.com'],
  },
  slack: {
    flow: 'code',
    label: SERVICE_LABELS.slack,
    // PKCE turned on in the app's settings, token rotation off: the token does not expire.
    clientId: '1111111111.2222222222222',
    authorizeUrl: 'https://slack.com/oauth/v2/authorize',
    tokenUrl: 'https://slack.com/api/oauth.v2.access',
    revokeUrl: 'https://slack.com/api/auth.revoke',
    // chat:write posts the announcements; channels:read/groups:read turn "#marketing" into its id;
    // channels:history/groups:history find our own message after a cut-off attempt instead of
    // posting twice; users:read/users:read.email import the roster and look people up for the
    // escalation DM; im:write opens that DM; dnd:read (with users:read's presence) shows who in the
    // escalation chain is around.
    scopes: ['chat:write', 'channels:read', 'groups:read', 'channels:history', 'groups:history', 'users:read', 'users:read.email', 'im:write', 'dnd:read'],
    apiOrigins: ['https://slack.com'],
  },
  x: {
    flow: 'code',
    label: SERVICE_LABELS.x,
    // A public "Native App" client; offline.access is what makes X hand out a refresh token.
    clientId: 'incident-desk-x',
    authorizeUrl: 'https://x.com/i/oauth2/authorize',
    tokenUrl: 'https://api.x.com/2/oauth2/token',
    revokeUrl: 'https://api.x.com/2/oauth2/revoke',
    scopes: ['tweet.read', 'tweet.write', 'users.read', 'offline.access'],
    apiOrigins: ['https://api.x.com'],
  },
  gitlab: {
    flow: 'code',
    label: SERVICE_LABELS.gitlab,
    // gitlab.com's application; a self-hosted instance has its own (see gitlabProvider).
    clientId: 'incident-desk-gitlab-com',
    authorizeUrl: 'https://gitlab.com/oauth/authorize',
    tokenUrl: 'https://gitlab.com/oauth/token',
    revokeUrl: 'https://gitlab.com/oauth/revoke',
    scopes: ['api'],
    refreshNeedsRedirectUri: true,
    apiOrigins: ['https://gitlab.com'],
  },
  zoom: {
    flow: 'code',
    label: SERVICE_LABELS.zoom,
    // The app's separate Public Client ID (PKCE without a secret) and granular scopes: create the
    // war room, and list meetings to find the one a cut-off attempt created.
    clientId: 'incidentdeskpublic',
    authorizeUrl: 'https://zoom.us/oauth/authorize',
    tokenUrl: 'https://zoom.us/oauth/token',
    scopes: ['meeting:write:meeting', 'meeting:read:list_meetings'],
    apiOrigins: ['https://api.zoom.us'],
  },
};

/**
 * A self-hosted GitLab is its own OAuth provider: its own application (client id) and token
 * endpoint, so a gitlab.com token is never sent to it, nor its token to gitlab.com.
 */
export function gitlabProvider(instanceUrl: string, selfHostedClientId: string): CodeFlowProvider {
  const base = PROVIDERS.gitlab as CodeFlowProvider;
  const origin = new URL(instanceUrl).origin;
  if (origin === 'https://gitlab.com') return base;
  return {
    ...base,
    label: `GitLab (${new URL(origin).host})`,
    clientId: selfHostedClientId,
    authorizeUrl: `${origin}/oauth/authorize`,
    tokenUrl: `${origin}/oauth/token`,
    revokeUrl: `${origin}/oauth/revoke`,
    apiOrigins: [origin],
  };
}
