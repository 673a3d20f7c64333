import { SERVICES, type ConnectionState, type ServiceId } from '../messages';
import { connect } from '../services/auth';
import { forgetToken, listTokens } from '../services/tokens';

export async function connectionStates(): Promise<Record<ServiceId, ConnectionState>> {
  const tokens = await listTokens();
  return Object.fromEntries(
    SERVICES.map((service) => {
      const token = tokens[service];
      return [service, token ? { connected: true, since: token.obtainedAt } : { connected: false }];
    }),
  ) as Record<ServiceId, ConnectionState>;
}

export async function connectService(service: ServiceId): Promise<ConnectionState> {
  const token = await connect(service);
  return { connected: true, since: token.obtainedAt };
}

export async function disconnectService(service: ServiceId): Promise<ConnectionState> {
  await forgetToken(service);
  return { connected: false };
}
