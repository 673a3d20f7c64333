import { AppError } from '../core/errors';
import { ensureHostAccess } from './host-access';

const ENQUEUE = 'https://events.pagerduty.com/v2/enqueue';

/**
 * Page through PagerDuty Events v2. The routing key is the credential, so no sign-in is needed;
 * the dedup key makes a repeated page land on the same alert.
 */
export async function page(opts: { routingKey: string; dedupKey: string; summary: string; source: string; link?: string }): Promise<string> {
  await ensureHostAccess(ENQUEUE);
  let response: Response;
  try {
    response = await fetch(ENQUEUE, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        routing_key: opts.routingKey,
        event_action: 'trigger',
        dedup_key: opts.dedupKey,
        payload: { summary: opts.summary.slice(0, 1024), source: opts.source, severity: 'critical' },
        ...(opts.link ? { links: [{ href: opts.link, text: 'Incident doc' }] } : {}),
      }),
    });
  } catch {
    throw new AppError('network', 'Could not reach PagerDuty. Check the network, or call instead.');
  }
  if (response.status === 429) throw new AppError('rate_limited', 'PagerDuty asks us to slow down; try again in 30 s.', 30);
  const body = (await response.json().catch(() => ({}))) as { dedup_key?: string; message?: string; errors?: string[] };
  if (response.status !== 202)
    throw new AppError('internal', `PagerDuty refused the page: ${body.message ?? `HTTP ${response.status}`} ${(body.errors ?? []).join('; ')}`.trim());
  return body.dedup_key ?? opts.dedupKey;
}
