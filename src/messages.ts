// The one protocol between the extension's pages/content scripts and the background worker.
// Every request is validated in the worker with these schemas: a content script runs on pages
// we do not control, so nothing it sends is trusted by shape alone.
import * as v from 'valibot';
import type { EscalationAttempt, EscalationChannel } from './core/declare';
import type { Incident } from './core/incident';
import type { Step } from './core/outbox';
import { ENTRY_KINDS, type EntryKind, type TimelineEntry } from './core/timeline';
import { SEGMENT_STATUSES, type LiveDecision, type SegmentImpact } from './core/impact';
import type { RedactedTerm } from './offscreen/protocol';
import type { EscalationPerson, FieldError, Settings } from './core/settings';

export const SERVICES = ['google', 'slack', 'x', 'gitlab', 'zoom'] as const;
export type ServiceId = (typeof SERVICES)[number];

const incidentId = v.pipe(v.string(), v.regex(/^inc-[0-9a-z-]{4,40}$/, 'is not an incident id'));
const entryText = v.pipe(v.string(), v.maxLength(5000, 'Keep an entry under 5,000 characters; add several'));
const documentId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{5,200}$/, 'is not a Google Docs document id'));

export const requestSchemas = {
  ping: v.strictObject({}),
  'connections/get': v.strictObject({}),
  'connections/connect': v.strictObject({ service: v.picklist(SERVICES) }),
  'connections/disconnect': v.strictObject({ service: v.picklist(SERVICES) }),
  'connections/token': v.strictObject({
    service: v.picklist(['gitlab']),
    token: v.pipe(v.string(), v.trim(), v.regex(/^[A-Za-z0-9_.-]{20,200}$/, 'That does not look like a GitLab personal access token')),
  }),
  'connections/webhook': v.strictObject({
    url: v.pipe(v.string(), v.trim(), v.regex(/^https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9_/-]{10,200}$/, 'A Slack incoming webhook URL starts with https://hooks.slack.com/services/')),
  }),
  'doc/status': v.strictObject({ documentId }),
  'settings/get': v.strictObject({}),
  /** the settings as the options form or an imported file has them; validated in the worker */
  'settings/save': v.strictObject({ settings: v.unknown() }),
  'profile/set': v.strictObject({ role: v.pipe(v.string(), v.trim(), v.minLength(1, 'Choose your role'), v.maxLength(80)) }),
  'incident/get': v.strictObject({}),
  'incident/banner': v.strictObject({}),
  'incident/declare': v.strictObject({
    title: v.pipe(v.string(), v.maxLength(500)),
    why: v.pipe(v.string(), v.maxLength(5000)),
    commsLeadRole: v.optional(v.pipe(v.string(), v.maxLength(80))),
  }),
  /** the declaration tweet a title would make, counted as X counts it (the declare form shows it) */
  'tweet/preview': v.strictObject({ title: v.pipe(v.string(), v.maxLength(500)) }),
  'incident/escalate': v.strictObject({
    role: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
    channel: v.picklist(['slack', 'call', 'page']),
    title: v.pipe(v.string(), v.maxLength(500)),
    why: v.pipe(v.string(), v.minLength(10, 'Say why this is a major incident (at least a sentence)'), v.maxLength(5000)),
  }),
  'outbox/retry': v.strictObject({ key: v.pipe(v.string(), v.maxLength(200)) }),
  /** `quick`: what this browser knows, without reading the doc (the sidebar shows that first) */
  'sidebar/get': v.strictObject({ documentId, quick: v.optional(v.boolean()) }),
  'incident/adopt': v.strictObject({ documentId }),
  'timeline/preview': v.strictObject({ incidentId, text: entryText }),
  'timeline/add': v.strictObject({
    incidentId,
    text: v.pipe(entryText, v.minLength(1, 'Write what happened')),
    kind: v.picklist(ENTRY_KINDS),
    at: v.pipe(v.string(), v.isoTimestamp('Time must be an ISO 8601 UTC time')),
  }),
  'redaction/allow': v.strictObject({ incidentId, term: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120)) }),
  /** the sidebar's redact field: the term is replaced everywhere in the incident's doc */
  'redaction/term': v.strictObject({ incidentId, term: v.pipe(v.string(), v.trim(), v.minLength(1, 'Paste or type the text to redact'), v.maxLength(120)) }),
  'impact/save': v.strictObject({
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
  'live/decide': v.strictObject({ incidentId, live: v.boolean(), reason: v.optional(v.picklist(['interferes', 'security', 'privacy'])) }),
  'incident/resolve': v.strictObject({
    incidentId,
    resolvedAt: v.pipe(v.string(), v.maxLength(40)),
    summary: v.pipe(v.string(), v.maxLength(2000)),
    blogPost: v.picklist(['yes', 'no', 'later']),
  }),
  'redaction/review': v.strictObject({ incidentId }),
  'redaction/apply': v.strictObject({
    incidentId,
    keep: v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120))),
    add: v.array(v.pipe(v.string(), v.trim(), v.minLength(1, 'A missed name cannot be empty'), v.maxLength(120))),
  }),
  'roster/slack': v.strictObject({}),
  'export/markdown': v.strictObject({ incidentId }),
  'export/json': v.strictObject({ incidentId }),
} as const;

export type MessageType = keyof typeof requestSchemas;
export type RequestOf<T extends MessageType> = v.InferOutput<(typeof requestSchemas)[T]>;

export interface ConnectionState {
  connected: boolean;
  /** how: a sign-in, a personal access token, or an incoming webhook */
  via?: 'oauth' | 'token' | 'webhook';
  /** when the token was obtained, UTC ISO 8601 */
  since?: string;
}

export interface ResponseMap {
  ping: { version: string; workerStartedAt: string; messagesHandled: number };
  'connections/get': Record<ServiceId, ConnectionState>;
  'connections/connect': ConnectionState;
  'connections/disconnect': ConnectionState;
  'connections/token': ConnectionState;
  'connections/webhook': ConnectionState;
  'doc/status': { documentId: string; title: string; revisionId: string };
  'settings/get': { settings: Settings; profile?: { role: string } };
  'settings/save': { ok: true; settings: Settings } | { ok: false; errors: FieldError[] };
  'profile/set': { role: string; mayDeclare: boolean; whyNot?: string };
  'incident/get': IncidentView;
  /** what the Slack banner shows, and nothing else (no phone numbers or keys reach a page) */
  'incident/banner': { incident?: { id: string; title: string; declaredAt: string }; links: { docUrl?: string; publicUrl?: string; warRoomUrl?: string } };
  'incident/declare': { ok: true; incidentId: string } | { ok: false; problems: { field: string; message: string }[] };
  /** text: with a stand-in for the public link, which X weighs 23 like any link */
  'tweet/preview': { text: string; weightedLength: number; limit: number; shortened: boolean };
  'incident/escalate': EscalationAttempt & { telLink?: string; slackUrl?: string };
  'outbox/retry': { ok: true };
  'sidebar/get': SidebarView;
  'incident/adopt': { incidentId: string };
  /** doubts: words that may be people, written as they are but held from the public until someone decides */
  'timeline/preview': { redacted: string; terms: RedactedTerm[]; doubts: { term: string; count: number }[] };
  'timeline/add': { key: string };
  'redaction/allow': { ok: true };
  'redaction/term': { key: string };
  /** queued: still on its way through the outbox (offline, retrying); it lands by itself */
  'impact/save': { announced: boolean; nextAnnounceAt?: number; queued?: boolean };
  'live/decide': LiveDecision;
  'incident/resolve': { ok: true } | { ok: false; problems: { field: string; message: string }[] };
  /** doubts: terms that may be people, left as written; whatever holds one waits for a person's answer */
  'redaction/review': { revisionId: string; terms: (RedactedTerm & { context: string })[]; doubts: { term: string; count: number; context: string }[] };
  'redaction/apply': { revisionId: string; queued?: boolean };
  'roster/slack': { members: { name: string; handle: string; email: string; title: string }[] };
  'export/markdown': { markdown: string };
  'export/json': { json: string };
}

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

export interface StepView {
  key: string;
  name: string;
  label: string;
  state: Step['state'];
  error?: string;
  nextAt?: number;
  result?: Record<string, string>;
  /** for a waiting step: the labels of the steps it still waits for */
  waitingFor?: string[];
}

export interface IncidentView {
  /** whyNot: the role may declare, but this browser is not signed in as the person who holds it */
  profile?: { role: string; mayDeclare: boolean; whyNot?: string };
  /** the active incident, or else the one resolved last (its resolve steps and issue link) */
  incident?: Incident;
  steps: StepView[];
  /** for a self-hosted GitLab: the host pattern to ask permission for, if any */
  gitlabPermission?: string;
  /** channels in the order to try them; availability: Slack presence and do-not-disturb, when Slack is connected */
  chain: (EscalationPerson & { channels: EscalationChannel[]; availability?: { presence: 'active' | 'away'; dnd: boolean } })[];
  escalations: EscalationAttempt[];
  declareRoles: string[];
  roles: string[];
}

export type ErrorCode =
  | 'bad_message'
  | 'unknown_message'
  | 'foreign_sender'
  | 'not_connected'
  | 'unauthorized'
  | 'denied'
  | 'not_found'
  | 'rate_limited'
  | 'network'
  | 'invalid'
  | 'internal';

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } };

export interface Message<T extends MessageType = MessageType> {
  type: T;
  payload: RequestOf<T>;
}
