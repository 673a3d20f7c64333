import * as v from 'valibot';
import { fromSidebar, incidentId, type MessageDecl } from '../../protocol/define';
import { SEGMENT_STATUSES } from './impact';

export const impactMessages = {
  'impact/save': fromSidebar(
    v.strictObject({
      incidentId,
      announce: v.boolean(),
      impact: v.array(
        v.strictObject({
          segment: v.pipe(v.string(), v.maxLength(60)),
          status: v.picklist(SEGMENT_STATUSES),
          affected: v.pipe(v.string(), v.maxLength(500)),
          note: v.pipe(v.string(), v.maxLength(1000)),
        }),
      ),
    }),
  ),
} as const satisfies Record<string, MessageDecl>;

export interface ImpactResponses {
  /** queued: still on its way through the outbox (offline, retrying); it lands by itself */
  'impact/save': { announced: boolean; nextAnnounceAt?: number; queued?: boolean };
}
