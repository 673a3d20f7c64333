// A blameless post-mortem skeleton: the sections the infrastructure handbook asks for, each
// started with what the doc already knows, so the team writes analysis rather than copies
// times around. Placeholders are "…" so an unfinished section is plain to see.
import { formatUtc } from '../../timeline/timeline';
import { formatDuration } from './duration';
import { outageDuration, role } from './incident-facts';
import type { OutageReport } from './report';

function detection(r: OutageReport): string {
  if (!r.detectedAt) return `Declared at ${formatUtc(r.declaredAt)}; the detection time was not recorded.`;
  const lag = Date.parse(r.declaredAt) >= Date.parse(r.detectedAt) ? ` (${formatDuration(r.detectedAt, r.declaredAt)} later)` : '';
  return `Detected at ${formatUtc(r.detectedAt)}, declared at ${formatUtc(r.declaredAt)}${lag}.`;
}

function response(r: OutageReport): string {
  const comms = r.commsLeadRole ? `; communications were led by ${role(r.commsLeadRole)}` : ', who also led communications';
  return `Declared by ${role(r.declarerRole)}${comms}.`;
}

function recovery(r: OutageReport): string {
  return r.resolvedAt ? `Resolved at ${formatUtc(r.resolvedAt)}.` : 'The resolution time was not recorded.';
}

export function postMortem(r: OutageReport): string {
  return [
    '## Post-mortem',
    '_Blameless: write about what the systems and the process allowed to happen, and name roles, never people._',
    '### What happened',
    '…',
    '### Impact',
    `Duration: ${outageDuration(r)}. Per segment, see **Customer impact** above.`,
    '…',
    '### Detection',
    detection(r),
    '_How was it noticed? Could it have been noticed sooner?_ …',
    '### Response',
    response(r),
    '_What did responders do, and what slowed them down?_ …',
    '### Recovery',
    recovery(r),
    '_How was service restored? What made recovery fast or slow?_ …',
    '### Root cause: five whys',
    ['1. Why were customers affected? Because …', '2. Why? Because …', '3. Why? Because …', '4. Why? Because …', '5. Why? Because …'].join('\n'),
    '**Root cause:** …',
    '### What went well',
    '- …',
    '### What can be improved',
    '- …',
    '### Corrective actions',
    '_One task per action, each linked to the issue that tracks it._',
    ['- [ ] …', '- [ ] …', '- [ ] …'].join('\n'),
  ].join('\n\n');
}
