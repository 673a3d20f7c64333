import * as v from 'valibot';
import { entryText, fromSidebar, incidentId, type MessageDecl } from '../../protocol/define';
import type { RedactedTerm } from '../../protocol/offscreen';
import { ENTRY_KINDS } from './timeline';

export const timelineMessages = {
  'timeline/preview': fromSidebar(v.strictObject({ incidentId, text: entryText })),
  'timeline/add': fromSidebar(
    v.strictObject({
      incidentId,
      text: v.pipe(entryText, v.minLength(1, 'Write what happened')),
      kind: v.picklist(ENTRY_KINDS),
      at: v.pipe(v.string(), v.isoTimestamp('Time must be an ISO 8601 UTC time')),
    }),
  ),
} as const satisfies Record<string, MessageDecl>;

export interface TimelineResponses {
  /** doubts: words that may be people, written as they are but held from the public until someone decides */
  'timeline/preview': { redacted: string; terms: RedactedTerm[]; doubts: { term: string; count: number }[] };
  'timeline/add': { key: string };
}
