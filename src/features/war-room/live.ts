// The handbook's decision on live-streaming the war room, as marketing records it in the doc:
// live by default; not live only for one of the handbook's reasons, with who decided.
import { formatUtc } from '../timeline/timeline';

export const NOT_LIVE_REASONS = {
  interferes: 'it interferes with solving the incident',
  security: 'it risks the security of an employee or a customer',
  privacy: 'it risks the privacy of an employee or a customer',
} as const;
export type NotLiveReason = keyof typeof NOT_LIVE_REASONS;

export interface LiveDecision {
  live: boolean;
  reason?: NotLiveReason;
  decidedByRole?: string;
  at?: string;
}

export function renderLive(d: LiveDecision): string {
  if (d.live) {
    return d.decidedByRole && d.at
      ? `Live. Confirmed by the ${d.decidedByRole} at ${formatUtc(d.at)}.`
      : 'Live (the default). Marketing records any decision not to stream, with its reason.';
  }
  const reason = d.reason ? NOT_LIVE_REASONS[d.reason] : 'no reason recorded';
  return `Not live, because ${reason}. Decided by the ${d.decidedByRole ?? 'marketing lead'}${d.at ? ` at ${formatUtc(d.at)}` : ''}, having asked the lead who declared.`;
}

export function parseLive(lines: string[]): LiveDecision {
  const text = lines.join(' ').trim();
  if (!text.startsWith('Not live')) return { live: true };
  const reason = (Object.keys(NOT_LIVE_REASONS) as NotLiveReason[]).find((k) => text.includes(NOT_LIVE_REASONS[k]));
  const role = /Decided by the (.+?)(?: at |, having)/.exec(text)?.[1];
  return { live: false, ...(reason ? { reason } : {}), ...(role ? { decidedByRole: role } : {}) };
}
