import { cloneContent, newContent, type DocContent } from './fakes/docs-model';
import { randomId } from './ids';
import { TokenStore, type TokenService } from './tokens';

/** One stored revision: Drive keeps the text of every revision so any of them can be published. */
export interface Revision {
  revisionId: string;
  title: string;
  content: DocContent;
  modifiedTime: string;
}

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
  revisions: Revision[];
  permissions: Permission[];
  createdTime: string;
  parents: string[];
  /** Private key/value pairs an app stores on the file; files.list can search them, which makes retries findable. */
  appProperties: Record<string, string>;
  /** The revision whose snapshot is public; with `auto` it follows every new revision. */
  publish?: { revisionId: string; auto: boolean; outsideDomain: boolean };
  /** The `2PACX-…` key of the published URL, minted on first publish and kept thereafter, as Docs does. */
  publishKey?: string;
}

export interface Tweet { id: string; text: string; host: string; createdAt: string }
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
export interface LoggedRequest { host: string; method: string; path: string; status: number; at: string }

/** The JSON snapshot handed to tests and drawn on the outside-world page. */
export interface World {
  docs: Array<{
    documentId: string;
    title: string;
    text: string;
    revisionId: string;
    publishedRevisionId?: string;
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
  issues: Issue[] = [];
  notes: Note[] = [];
  meetings: Meeting[] = [];
  pages: Page[] = [];
  grants: Grant[] = [];
  requests: LoggedRequest[] = [];
  tokens = new TokenStore();
  /** Authorization codes waiting for their token exchange, with what the exchange must prove. */
  oauthCodes = new Map<string, { service: TokenService; clientId: string; redirectUri: string; challenge: string; scope: string }>();
  /** X's per-user posting window, reported in the x-rate-limit-* headers. */
  xRate = { windowStart: Math.floor(Date.now() / 1000), used: 0 };
  private seq = 0;

  /** Back to an empty world: no docs, no traffic, fresh tokens (revoked test tokens work again). */
  reset(): void {
    Object.assign(this, new State());
  }

  /** Monotonic counter for numeric ids (issues, notes, tweets) that must never repeat within a run. */
  next(): number {
    return ++this.seq;
  }

  /** `content` lets files.copy start a doc from another doc's body instead of plain text. */
  createDoc(opts: { title: string; text?: string; id?: string }, content?: DocContent): Doc {
    if (opts.id !== undefined && this.docs.has(opts.id)) throw new Error(`A doc with id ${opts.id} already exists`);
    const now = new Date().toISOString();
    const doc: Doc = {
      documentId: opts.id ?? `1${randomId(43)}`,
      title: opts.title,
      content: content ? cloneContent(content) : newContent(opts.text ?? ''),
      revisions: [],
      permissions: [{ kind: 'drive#permission', id: '00sandboxowner', type: 'user', role: 'owner', emailAddress: 'incident-desk@example.com' }],
      createdTime: now,
      parents: ['0AsandboxRoot'],
      appProperties: {},
    };
    this.commit(doc);
    this.docs.set(doc.documentId, doc);
    return doc;
  }

  /** Records the doc's current content as a new revision; an auto-published doc republishes it. */
  commit(doc: Doc): Revision {
    const revision: Revision = {
      revisionId: `ALBJ4L${randomId(26)}`,
      title: doc.title,
      content: cloneContent(doc.content),
      modifiedTime: new Date().toISOString(),
    };
    doc.revisions.push(revision);
    if (doc.publish?.auto) doc.publish.revisionId = revision.revisionId;
    return revision;
  }

  snapshot(): World {
    return structuredClone({
      docs: [...this.docs.values()].map((d) => {
        const head = headRevision(d);
        const published = publishedRevision(d);
        return {
          documentId: d.documentId,
          title: d.title,
          text: d.content.text,
          revisionId: head.revisionId,
          ...(published
            ? {
                publishedRevisionId: published.revisionId,
                publishedText: published.content.text,
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
  return id === undefined ? undefined : doc.revisions.find((r) => r.revisionId === id);
}

export function publishedUrl(doc: Doc): string | undefined {
  return doc.publishKey ? `https://docs.google.com/document/d/e/2PACX-${doc.publishKey}/pub` : undefined;
}
