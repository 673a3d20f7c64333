import * as v from 'valibot';
import { fromSidebar, incidentId, type MessageDecl } from '../../protocol/define';

export const redactSelectionMessages = {
  /** the sidebar's redact field: the term is replaced everywhere in the incident's doc */
  'redaction/term': fromSidebar(
    v.strictObject({ incidentId, term: v.pipe(v.string(), v.trim(), v.minLength(1, 'Paste or type the text to redact'), v.maxLength(120)) }),
  ),
} as const satisfies Record<string, MessageDecl>;

export interface RedactSelectionResponses {
  'redaction/term': { key: string };
}
