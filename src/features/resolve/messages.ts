import * as v from 'valibot';
import { fromSidebar, incidentId, type MessageDecl } from '../../protocol/define';

export const resolveMessages = {
  'incident/resolve': fromSidebar(
    v.strictObject({
      incidentId,
      resolvedAt: v.pipe(v.string(), v.maxLength(40)),
      summary: v.pipe(v.string(), v.maxLength(2000)),
      blogPost: v.picklist(['yes', 'no', 'later']),
    }),
  ),
  'export/markdown': fromSidebar(v.strictObject({ incidentId })),
  'export/json': fromSidebar(v.strictObject({ incidentId })),
} as const satisfies Record<string, MessageDecl>;

export interface ResolveResponses {
  'incident/resolve': { ok: true } | { ok: false; problems: { field: string; message: string }[] };
  'export/markdown': { markdown: string };
  'export/json': { json: string };
}
