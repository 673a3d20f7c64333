import { cloneContent, newContent, type DocContent } from './fakes/docs-model';
import { randomId } from './ids';
import { createHash } from 'node:crypto';
import { GOOGLE_USERS, TokenStore, type TokenService } from './tokens';

/**
 * One Drive revision of a Google Doc. Its id is a decimal string ("1", "2", …) that has nothing to
 * do with the Docs `revisionId` (shared apis.md, "Docs vs Drive revisions"). Docs merges edits into
 * revisions: the sandbox folds a write into the head revision while that revision is younger than
 * MERGE_WINDOW_MS on the sandbox clock, has taken fewer than MERGE_WRITES writes and is not
 * published; otherwise the write starts a new revision.
 */
export interface Revision {
  id: string;
  title: string;
  content: DocContent;
  modifiedTime: string;
  /** Sandbox-clock ms when the revision began. */
  startedAt: number;
  writes: number;
  /** A published snapshot never changes: later writes start a new revision. */
  sealed: boolean;
}
export const MERGE_WRITES = 5;
export const MERGE_WINDOW_MS = 5 * 60_000;

export interface Permission {
  kind: 'drive#permission';
  id: string;
  type: string;
  role: string;
  domain?: string;
  emailAddress?: string;
  allowFileDiscovery?: boolean;
}

export interface Doc {
  documentId: string;
  title: string;
  content: DocContent;
  /** Docs-side change counter; the per-user Docs revisionId is derived from it. */
  version: number;
  revisions: Revision[];
  permissions: Permission[];
  /** The owning user's email. */
  owner: string;
  /** Who created the file through which OAuth client: what `drive.file` lets that client reach. */
  creator?: { user: string; clientId: string };
  createdTime: string;
  parents: string[];
  /** Private key/value pairs an app stores on the file; files.list can search them, which makes retries findable. */
  appProperties: Record<string, string>;
  /** The Drive revision whose snapshot is public; with `auto` the page follows the current content. */
  publish?: { revisionId: string; auto: boolean; outsideDomain: boolean };
  /** The `2PACX-…` key of the published URL, minted on first publish and kept thereafter, as Docs does. */
  publishKey?: string;
}

export interface Tweet {
  id: string;
  text: string;
  host: string;
  createdAt: string;
}
export interface SlackMessage {
  channel: string;
  channelName: string;
  ts: string;
  text: string;
  user: string;
  via: 'api' | 'webhook';
  threadTs?: string;
  blocks?: unknown;
}
export interface Issue {
  host: string;
  id: number;
  iid: number;
  project_id: number;
  projectPath: string;
  title: string;
  description: string;
  labels: string[];
  state: 'opened' | 'closed';
  confidential: boolean;
  issue_type: string;
  /** Quick actions (`/close`, `/label ~x`…) GitLab executed from the description or a note: text that should have been escaped. */
  quickActions: string[];
  created_at: string;
  updated_at: string;
  web_url: string;
}
export interface Note {
  host: string;
  id: number;
  project_id: number;
  issue_iid: number;
  body: string;
  internal: boolean;
  created_at: string;
}
export interface Meeting {
  id: number;
  uuid: string;
  topic: string;
  type: number;
  join_url: string;
  start_url: string;
  password: string;
  created_at: string;
  start_time?: string;
  duration?: number;
  agenda?: string;
  settings: Record<string, unknown>;
  livestream?: Record<string, unknown>;
  livestreamStatus?: string;
  /** `started` once the host opened start_url: Zoom lists only started meetings as live. */
  status: 'waiting' | 'started';
}
export interface Page {
  dedup_key: string;
  routing_key: string;
  status: 'triggered' | 'acknowledged' | 'resolved';
  summary: string;
  source: string;
  severity: string;
  events: Array<{ event_action: string; at: string }>;
}
export interface Grant {
  service: string;
  clientId: string;
  scope: string;
  redirectUri: string;
  outcome: 'approved' | 'denied' | 'exchanged';
  at: string;
}
export interface LoggedRequest {
  host: string;
  method: string;
  path: string;
  status: number;
  at: string;
}

/** The JSON snapshot handed to tests and drawn on the outside-world page. */
export interface World {
  docs: Array<{
    documentId: string;
    title: string;
    text: string;
    /** The owner's Docs revisionId (opaque, per user). */
    revisionId: string;
    owner: string;
    creator?: { user: string; clientId: string };
    driveRevisions: Array<{ id: string; text: string; modifiedTime: string; published: boolean }>;
    /** Drive revision id of the published snapshot. */
    publishedRevisionId?: string;
    /** What the published page shows now: the current text with publishAuto, else the published snapshot. */
    publishedText?: string;
    publishedUrl?: string;
    publishAuto?: boolean;
    permissions: Permission[];
    namedRanges: Array<{ name: string; namedRangeId: string; ranges: Array<{ startIndex: number; endIndex: number }> }>;
    revisionCount: number;
  }>;
  tweets: Tweet[];
  slack: SlackMessage[];
  issues: Issue[];
  notes: Note[];
  meetings: Meeting[];
  pages: Page[];
  grants: Grant[];
  requests: LoggedRequest[];
}

export class State {
  docs = new Map<string, Doc>();
  tweets: Tweet[] = [];
  slack: SlackMessage[] = [];
  /** Slack members' presence and do-not-disturb (POST /slack/presence); the rest are active, DND off. */
  slackPresence = new Map<string, { presence: 'active' | 'away'; dnd: boolean }>();
  issues: Issue[] = [];
  notes: Note[] = [];
  meetings: Meeting[] = [];
  pages: Page[] = [];
  grants: Grant[] = [];
  requests: LoggedRequest[] = [];
  /** The sandbox clock: real time plus what tests advanced it by (POST /clock), so expiry needs no waiting. */
  clockOffsetMs = 0;
  readonly now = (): number => Date.now() + this.clockOffsetMs;
  tokens = new TokenStore(() => this.now());
  /** Authorization codes waiting for their token exchange, with what the exchange must prove. */
  oauthCodes = new Map<
    string,
    { service: TokenService; clientId: string; redirectUri: string; challenge?: string; scope: string; user?: string; host?: string; offline: boolean }
  >();
  /** The Google user signed in to the browser (POST /google/signin); login_hint picks another. */
  googleSignedIn = 'alice@example.com';
  /** Google consents given, as "user client" → scopes, so prompt=none can answer without a screen. */
  googleConsents = new Map<string, Set<string>>();
  /** Workspace admin settings (POST /workspace). */
  workspace = { allowPublishing: true };
  /** Salt of the opaque Docs revision ids, new per reset so ids never carry over. */
  readonly revisionSalt = randomId(12);
  /** X's per-user posting window, reported in the x-rate-limit-* headers. */
  xRate = { windowStart: Math.floor(Date.now() / 1000), used: 0 };
  private seq = 0;

  /** Back to an empty world: no docs, no traffic, fresh tokens (revoked test tokens work again). */
  reset(): void {
    const fresh = new State();
    // `now` is bound to the instance it was made on; keep ours so the token store's clock stays this one.
    const { now: _now, ...rest } = fresh;
    Object.assign(this, rest, { tokens: new TokenStore(() => this.now()) });
  }

  /** Monotonic counter for numeric ids (issues, notes, tweets) that must never repeat within a run. */
  next(): number {
    return ++this.seq;
  }

  /** `content` lets files.copy start a doc from another doc's body instead of plain text. */
  createDoc(opts: { title: string; text?: string; id?: string; owner?: string; creator?: { user: string; clientId: string } }, content?: DocContent): Doc {
    if (opts.id !== undefined && this.docs.has(opts.id)) throw new Error(`A doc with id ${opts.id} already exists`);
    const owner = opts.owner ?? opts.creator?.user ?? 'alice@example.com';
    const doc: Doc = {
      documentId: opts.id ?? `1${randomId(43)}`,
      title: opts.title,
      content: content ? cloneContent(content) : newContent(opts.text ?? ''),
      version: 0,
      revisions: [],
      permissions: [{ kind: 'drive#permission', id: permissionIdOf(owner), type: 'user', role: 'owner', emailAddress: owner }],
      owner,
      ...(opts.creator ? { creator: opts.creator } : {}),
      createdTime: new Date(this.now()).toISOString(),
      parents: ['0AsandboxRoot'],
      appProperties: {},
    };
    this.newRevision(doc);
    this.docs.set(doc.documentId, doc);
    return doc;
  }

  /** A Docs write changed the doc: fold it into the head Drive revision or start a new one (see Revision). */
  commit(doc: Doc): Revision {
    doc.version++;
    const head = doc.revisions.at(-1);
    const now = this.now();
    if (head && !head.sealed && head.writes < MERGE_WRITES && now - head.startedAt < MERGE_WINDOW_MS) {
      head.content = cloneContent(doc.content);
      head.title = doc.title;
      head.modifiedTime = new Date(now).toISOString();
      head.writes++;
      return head;
    }
    return this.newRevision(doc);
  }

  private newRevision(doc: Doc): Revision {
    const now = this.now();
    const revision: Revision = {
      id: String(doc.revisions.length + 1),
      title: doc.title,
      content: cloneContent(doc.content),
      modifiedTime: new Date(now).toISOString(),
      startedAt: now,
      writes: 1,
      sealed: false,
    };
    doc.revisions.push(revision);
    return revision;
  }

  /** The Docs revisionId `user` sees for the doc as it is now (or at an earlier version). */
  docsRevisionId(doc: Doc, user: string, version = doc.version): string {
    return `ALBJ4L${createHash('sha256').update(`${this.revisionSalt}|${doc.documentId}|${version}|${user}`).digest('base64url').slice(0, 60)}`;
  }

  snapshot(): World {
    return structuredClone({
      docs: [...this.docs.values()].map((d) => {
        const published = publishedRevision(d);
        return {
          documentId: d.documentId,
          title: d.title,
          text: d.content.text,
          revisionId: this.docsRevisionId(d, d.owner),
          owner: d.owner,
          ...(d.creator ? { creator: d.creator } : {}),
          driveRevisions: d.revisions.map((r) => ({ id: r.id, text: r.content.text, modifiedTime: r.modifiedTime, published: r.id === d.publish?.revisionId })),
          ...(published
            ? {
                publishedRevisionId: published.id,
                publishedText: publishedContent(d)?.text ?? '',
                publishedUrl: publishedUrl(d),
                publishAuto: d.publish?.auto ?? false,
              }
            : {}),
          permissions: d.permissions,
          namedRanges: d.content.namedRanges,
          revisionCount: d.revisions.length,
        };
      }),
      tweets: this.tweets,
      slack: this.slack,
      issues: this.issues,
      notes: this.notes,
      meetings: this.meetings,
      pages: this.pages,
      grants: this.grants,
      requests: this.requests,
    });
  }
}

export function headRevision(doc: Doc): Revision {
  const head = doc.revisions.at(-1);
  if (!head) throw new Error(`doc ${doc.documentId} has no revision`);
  return head;
}

export function publishedRevision(doc: Doc): Revision | undefined {
  const id = doc.publish?.revisionId;
  return id === undefined ? undefined : doc.revisions.find((r) => r.id === id);
}

/** What the published page shows: the file's current content with publishAuto on, the published snapshot without. */
export function publishedContent(doc: Doc): { title: string; content: DocContent; text: string } | undefined {
  const revision = publishedRevision(doc);
  if (!revision || !doc.publish) return undefined;
  return doc.publish.auto
    ? { title: doc.title, content: doc.content, text: doc.content.text }
    : { title: revision.title, content: revision.content, text: revision.content.text };
}

export function permissionIdOf(email: string): string {
  return GOOGLE_USERS.find((u) => u.email === email)?.permissionId ?? createHash('sha256').update(email).digest('hex').replace(/\D/g, '').slice(0, 20);
}

export function publishedUrl(doc: Doc): string | undefined {
  return doc.publishKey ? `https://docs.google.com/document/d/e/2PACX-${doc.publishKey}/pub` : undefined;
}
