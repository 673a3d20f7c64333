import type { ServiceId } from '../core/service-id';
import { AppError } from '../core/errors';
import { PROVIDERS } from './providers';
import { getToken, type StoredToken } from './vault';
import { dueForRenewal, renew } from './auth';
import { ensureHostAccess } from './host-access';

/** A token goes only to the hosts of the provider that issued it (a gitlab.com token never to a self-hosted GitLab). */
function mayReceive(service: ServiceId, token: StoredToken, url: string): boolean {
  const origins = token.apiOrigins ?? PROVIDERS[service].apiOrigins;
  return origins.includes(new URL(url).origin);
}

function retryAfterSeconds(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  // X sends no Retry-After, only when its window resets (x-rate-limit-reset, Unix seconds: apis.md §D).
  const reset = Number(response.headers.get('x-rate-limit-reset') ?? NaN);
  if (!header && Number.isFinite(reset)) return Math.max(1, Math.ceil(reset - Date.now() / 1000));
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

/**
 * How long one request may go unanswered. fetch itself never gives up on a connection that
 * stalls (the Fetch standard sets no timeout, and Chrome's network stack waits on an open socket
 * for minutes), and the outbox runs one step at a time, so one silent request would hold up every
 * later step of every incident. A request cut off here is retried like a network failure, and the
 * executors check for what an attempt may have done before doing it again. A setting, not a
 * constant, so a test can wait less than a minute.
 */
export const requestLimits = { timeoutMs: 60_000 };

/**
 * fetch with the service's stored token, turning HTTP failures into errors a person can act on.
 * A 401 says to reconnect rather than failing silently.
 */
export async function apiFetch(service: ServiceId, url: string, init: RequestInit = {}): Promise<Response> {
  const label = PROVIDERS[service].label;
  let token = await getToken(service);
  if (!token) throw new AppError('not_connected', `Connect ${label} first (Incident Desk options or popup).`);
  if (!mayReceive(service, token, url)) {
    throw new AppError('not_connected', `The saved ${label} sign-in is for another host than ${new URL(url).host}: connect ${label} for ${new URL(url).host}.`);
  }
  await ensureHostAccess(url);
  // Renew before expiry rather than let a call fail on an expired token.
  if (dueForRenewal(token)) token = await renew(service, token);
  const send = async (accessToken: string) => {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${accessToken}`);
    const stalled = new AbortController();
    const timer = setTimeout(() => stalled.abort(), requestLimits.timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, stalled.signal]) : stalled.signal;
    try {
      return await fetch(url, { ...init, headers, signal });
    } catch {
      if (stalled.signal.aborted) throw new AppError('network', `${label} did not answer within ${requestLimits.timeoutMs / 1000} s; trying again.`);
      throw new AppError('network', `Could not reach ${label} (${new URL(url).host}). Check the network.`);
    } finally {
      clearTimeout(timer);
    }
  };
  let response = await send(token.accessToken);
  // A token revoked or expired early: renew once, then ask the person to reconnect.
  if (response.status === 401 && (token.refreshToken || token.flow)) response = await send((await renew(service, token, true)).accessToken);
  if (response.ok) return response;
  if (response.status === 401) throw new AppError('unauthorized', `${label} no longer accepts the saved sign-in: reconnect ${label}.`, undefined, 401);
  if (response.status === 404) throw new AppError('not_found', `${label} says it was not found (${new URL(url).pathname}).`, undefined, 404);
  if (response.status === 429) {
    const after = retryAfterSeconds(response);
    throw new AppError('rate_limited', `${label} asks us to slow down${after === undefined ? '' : ` (retry in ${after} s)`}.`, after, 429);
  }
  const text = await response.text().catch(() => '');
  let detail = text.slice(0, 300);
  try {
    const parsed = JSON.parse(text) as { error?: { message?: string }; message?: string; detail?: string };
    detail = parsed.error?.message ?? parsed.message ?? parsed.detail ?? detail;
  } catch {
    // not JSON: keep the start of the text
  }
  throw new AppError('internal', `${label} answered HTTP ${response.status}: ${detail}`, undefined, response.status);
}
