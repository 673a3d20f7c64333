import * as v from 'valibot';
import { documentId, fromSidebar, type MessageDecl } from '../../protocol/define';
import type { Incident } from '../../core/incident';
import type { Step } from '../../core/outbox';
import type { LiveDecision } from '../war-room/live';
import type { SegmentImpact } from '../impact/impact';
import type { EntryKind, TimelineEntry } from '../timeline/timeline';

export const incidentDocMessages = {
  'doc/status': fromSidebar(v.strictObject({ documentId })),
  /** `quick`: what this browser knows, without reading the doc (the sidebar shows that first) */
  'sidebar/get': fromSidebar(v.strictObject({ documentId, quick: v.optional(v.boolean()) })),
  'incident/adopt': fromSidebar(v.strictObject({ documentId })),
} as const satisfies Record<string, MessageDecl>;

export interface PendingEntry {
  key: string;
  at: string;
  kind: EntryKind;
  text: string;
  state: Step['state'];
  error?: string;
}

export interface SidebarView {
  incident?: Incident;
  entries: TimelineEntry[];
  pending: PendingEntry[];
  impact: SegmentImpact[];
  live: LiveDecision;
  checklist: { name: string; label: string; done: boolean; detail?: string }[];
  links: { docUrl?: string; publicUrl?: string; warRoomUrl?: string; issueUrl?: string };
  /** true when the public copy is the doc as it is now */
  publicCurrent: boolean;
  /** set when the doc could not be read: the view is what this browser knows */
  docError?: string;
  /** the doc as the Docs API reads it (the editor page draws on a canvas); absent in a quick view */
  doc?: { title: string; paragraphs: { text: string; style: string }[] };
}

export interface IncidentDocResponses {
  'doc/status': { documentId: string; title: string; revisionId: string };
  'sidebar/get': SidebarView;
  'incident/adopt': { incidentId: string };
}
