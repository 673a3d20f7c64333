import type { ServiceId } from '../messages';

export interface OAuthProvider {
  label: string;
  /** the OAuth app registered for Incident Desk with this provider (redirect: https://<extension id>.chromiumapp.org/) */
  clientId: string;
  authorizeUrl: string;
  tokenUrl: string;
  scopes: string[];
  /** extra authorize parameters the provider needs to hand out a refresh token */
  extraAuthorizeParams?: Record<string, string>;
}

// Production endpoints. Tests and the demo reach the local sandbox through Chromium's host
// mapping, so the same URLs are used there. A team deploying Incident Desk registers one OAuth app
// per provider and puts its client id here (public clients with PKCE: no secret is involved).
export const PROVIDERS: Record<ServiceId, OAuthProvider> = {
  google: {
    label: 'Google (Docs and Drive)',
    clientId: 'incident-desk',
    authorizeUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
    tokenUrl: 'https://oauth2.googleapis.com/token',
    scopes: ['https://www.googleapis.com/auth/documents', 'https://www.googleapis.com/auth/drive.file'],
    extraAuthorizeParams: { access_type: 'offline', prompt: 'consent' },
  },
  slack: {
    label: 'Slack',
    clientId: 'incident-desk',
    authorizeUrl: 'https://slack.com/oauth/v2/authorize',
    tokenUrl: 'https://slack.com/api/oauth.v2.access',
    // history: to find our own message again after a cut-off attempt instead of posting twice
    scopes: ['chat:write', 'channels:read', 'groups:read', 'channels:history', 'groups:history', 'users:read', 'users:read.email', 'im:write'],
  },
  x: {
    label: 'X',
    clientId: 'incident-desk',
    authorizeUrl: 'https://x.com/i/oauth2/authorize',
    tokenUrl: 'https://api.x.com/2/oauth2/token',
    scopes: ['tweet.read', 'tweet.write', 'users.read', 'offline.access'],
  },
  gitlab: {
    label: 'GitLab',
    clientId: 'incident-desk',
    authorizeUrl: 'https://gitlab.com/oauth/authorize',
    tokenUrl: 'https://gitlab.com/oauth/token',
    scopes: ['api'],
  },
  zoom: {
    label: 'Zoom',
    clientId: 'incident-desk',
    authorizeUrl: 'https://zoom.us/oauth/authorize',
    tokenUrl: 'https://zoom.us/oauth/token',
    // read: to find the war room an interrupted attempt created
    scopes: ['meeting:write', 'meeting:read'],
  },
};
