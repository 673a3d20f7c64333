// The one protocol between the extension's pages/content scripts and the background worker,
// assembled from what each feature declares in its own messages.ts (schema, who may send it,
// the answer's shape). The worker's router and sender policy read this table and nothing else.
import type * as v from 'valibot';
import type { ErrorCode } from './core/errors';
import type { MessageDecl } from './protocol/define';
import { connectionMessages, type ConnectionResponses } from './features/connections/messages';
import { declareMessages, type DeclareResponses } from './features/declare/messages';
import { escalateMessages, type EscalateResponses } from './features/escalate/messages';
import { impactMessages, type ImpactResponses } from './features/impact/messages';
import { incidentDocMessages, type IncidentDocResponses } from './features/incident-doc/messages';
import { redactSelectionMessages, type RedactSelectionResponses } from './features/redact-selection/messages';
import { reviewMessages, type ReviewResponses } from './features/redaction-review/messages';
import { resolveMessages, type ResolveResponses } from './features/resolve/messages';
import { settingsMessages, type SettingsResponses } from './features/settings/messages';
import { slackMessages, type SlackResponses } from './features/slack/messages';
import { timelineMessages, type TimelineResponses } from './features/timeline/messages';
import { warRoomMessages, type WarRoomResponses } from './features/war-room/messages';
import { workerStatusMessages, type WorkerStatusResponses } from './features/worker-status/messages';

export const MESSAGES = {
  ...workerStatusMessages,
  ...connectionMessages,
  ...settingsMessages,
  ...declareMessages,
  ...escalateMessages,
  ...slackMessages,
  ...incidentDocMessages,
  ...timelineMessages,
  ...reviewMessages,
  ...redactSelectionMessages,
  ...impactMessages,
  ...warRoomMessages,
  ...resolveMessages,
} as const satisfies Record<string, MessageDecl>;

export type MessageType = keyof typeof MESSAGES;
export type RequestOf<T extends MessageType> = v.InferOutput<(typeof MESSAGES)[T]['request']>;

export type ResponseMap = WorkerStatusResponses &
  ConnectionResponses &
  SettingsResponses &
  DeclareResponses &
  EscalateResponses &
  SlackResponses &
  IncidentDocResponses &
  TimelineResponses &
  ReviewResponses &
  RedactSelectionResponses &
  ImpactResponses &
  WarRoomResponses &
  ResolveResponses;

// Every message has an answer and every answer a message: a feature that declares one without the
// other fails the type check here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const everyMessageAnswered: Same<MessageType, keyof ResponseMap> = true;
void everyMessageAnswered;

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } };

// What the pages show, declared by the features that answer with them.
export type { ErrorCode } from './core/errors';
export { SERVICES, type ServiceId } from './core/service-id';
export type { ConnectionState } from './features/connections/messages';
export type { IncidentView, StepView } from './features/declare/messages';
export type { SidebarView } from './features/incident-doc/messages';
