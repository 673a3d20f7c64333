import * as v from 'valibot';
import { fromSidebar, incidentId, type MessageDecl } from '../../protocol/define';
import type { RedactedTerm } from '../../protocol/offscreen';

export const reviewMessages = {
  'redaction/allow': fromSidebar(v.strictObject({ incidentId, term: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120)) })),
  'redaction/review': fromSidebar(v.strictObject({ incidentId })),
  'redaction/apply': fromSidebar(
    v.strictObject({
      incidentId,
      keep: v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120))),
      add: v.array(v.pipe(v.string(), v.trim(), v.minLength(1, 'A missed name cannot be empty'), v.maxLength(120))),
    }),
  ),
} as const satisfies Record<string, MessageDecl>;

export interface ReviewResponses {
  'redaction/allow': { ok: true };
  /** doubts: terms that may be people, left as written; whatever holds one waits for a person's answer */
  'redaction/review': { revisionId: string; terms: (RedactedTerm & { context: string })[]; doubts: { term: string; count: number; context: string }[] };
  'redaction/apply': { revisionId: string; queued?: boolean };
}
