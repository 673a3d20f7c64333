import { SERVICES, type ConnectionState, type ServiceId } from '../../messages';
import { connect, disconnect } from '../../services/auth';
import { forgetToken, getWebhook, listTokens, saveToken, saveWebhook } from '../../services/vault';
import { currentUser } from '../../services/gitlab';
import { AppError } from '../../core/errors';
import { load } from '../../background/store';
import { refreshWorkspaceRoster } from '../slack/roster.worker';
import { connectedIdentity } from '../../background/identity';
import type { HandlersFor } from '../../background/router';
import type { connectionMessages } from './messages';

export async function connectionStates(): Promise<Record<ServiceId, ConnectionState>> {
  const [tokens, webhook] = await Promise.all([listTokens(), getWebhook()]);
  return Object.fromEntries(
    SERVICES.map((service) => {
      const token = tokens[service];
      if (token) return [service, { connected: true, since: token.obtainedAt, via: token.kind ?? 'oauth' }];
      if (service === 'slack' && webhook) return [service, { connected: true, via: 'webhook' }];
      return [service, { connected: false }];
    }),
  ) as Record<ServiceId, ConnectionState>;
}

/**
 * A GitLab personal access token instead of the OAuth sign-in. It is tried once against the
 * instance before it is kept, so a typo is reported now rather than at the end of the incident.
 */
export async function useAccessToken(token: string): Promise<ConnectionState> {
  const { gitlab } = await load('settings');
  const obtainedAt = new Date().toISOString();
  // The token belongs to that instance alone: it is never sent to another GitLab host.
  await saveToken('gitlab', { accessToken: token, obtainedAt, kind: 'token', apiOrigins: [new URL(gitlab.instanceUrl).origin] });
  try {
    await currentUser(gitlab.instanceUrl);
  } catch (err) {
    if (err instanceof AppError && err.code === 'unauthorized') {
      await forgetToken('gitlab');
      throw new AppError('unauthorized', `${new URL(gitlab.instanceUrl).host} does not accept that token; check it has the api scope.`);
    }
    // Not reachable yet (offline, or the self-hosted host not granted): keep it, it is checked on use.
  }
  return { connected: true, since: obtainedAt, via: 'token' };
}

export async function useWebhook(url: string): Promise<ConnectionState> {
  await saveWebhook(url);
  return { connected: true, via: 'webhook' };
}

export async function connectService(service: ServiceId): Promise<ConnectionState> {
  const { gitlab } = await load('settings');
  const token = await connect(service, gitlab);
  // Who signed in, to check who may declare; Google says it through Drive's about.get.
  if (service === 'google') await connectedIdentity().catch(() => undefined);
  // The workspace's people join the roster the moment Slack is connected (not waited for).
  if (service === 'slack') void refreshWorkspaceRoster().catch((err: unknown) => console.error('Incident Desk: workspace roster not read', err));
  return { connected: true, since: token.obtainedAt };
}

export async function disconnectService(service: ServiceId): Promise<ConnectionState> {
  await disconnect(service);
  if (service === 'slack') await saveWebhook(undefined);
  return { connected: false };
}

export const connectionHandlers: HandlersFor<typeof connectionMessages> = {
  'connections/get': connectionStates,
  'connections/connect': ({ service }) => connectService(service),
  'connections/disconnect': ({ service }) => disconnectService(service),
  'connections/token': ({ token }) => useAccessToken(token),
  'connections/webhook': ({ url }) => useWebhook(url),
};
