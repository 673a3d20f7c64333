import * as v from 'valibot';
import { fromSidebar, incidentId, type MessageDecl } from '../../protocol/define';
import type { LiveDecision } from './live';

export const warRoomMessages = {
  'live/decide': fromSidebar(v.strictObject({ incidentId, live: v.boolean(), reason: v.optional(v.picklist(['interferes', 'security', 'privacy'])) })),
} as const satisfies Record<string, MessageDecl>;

export interface WarRoomResponses {
  'live/decide': LiveDecision;
}
