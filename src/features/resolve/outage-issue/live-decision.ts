// The handbook's rule: the war room is live by default, and is kept private only when streaming
// would interfere with solving the incident or put someone's security or privacy at risk.
import { formatUtc } from '../../timeline/timeline';
import { role } from './incident-facts';
import type { LiveDecision } from './report';

const REASON = {
  interferes: 'Streaming it would have interfered with solving the incident.',
  security: 'Streaming it would have put the security of an employee or a customer at risk.',
  privacy: 'Streaming it would have put the privacy of an employee or a customer at risk.',
} as const;

export function liveDecision(d: LiveDecision): string {
  const what = d.live
    ? '**Live.** The war room was streamed publicly, the handbook’s default.'
    : `**Not live.** ${d.reason ? REASON[d.reason] : 'No reason was recorded.'}`;
  const by = d.decidedByRole ? ` by ${role(d.decidedByRole)}` : '';
  const at = d.at ? ` at ${formatUtc(d.at)}` : '';
  return by || at ? `${what} Decided${by}${at}.` : what;
}
