import { isRecord, json, jsonBody, type SandboxRequest, type SandboxResponse } from '../http';
import { randomId } from '../ids';
import type { Service } from '../service';
import { driveDiscovery } from '../spec/discovery';
import { GOOGLE_USERS } from '../tokens';
import { headRevision, permissionIdOf, publishedUrl, type Doc, type Permission, type Revision, type State } from '../world';
import { accessOf, googleCaller, googleError, googleFault, isResponse, reachable, scopesOf, urlNotFound, validateGoogle, type GoogleCaller } from './google';

const DOC_MIME = 'application/vnd.google-apps.document';
const PERMISSION_TYPES = ['user', 'group', 'domain', 'anyone'];
const ROLES = ['owner', 'organizer', 'fileOrganizer', 'writer', 'commenter', 'reader'];
const userJson = (email: string, me: boolean): Record<string, unknown> => ({
  kind: 'drive#user',
  displayName: GOOGLE_USERS.find((u) => u.email === email)?.name ?? email,
  emailAddress: email,
  permissionId: permissionIdOf(email),
  me,
});

const notFound = (fileId: string): SandboxResponse => googleError(404, `File not found: ${fileId}.`, { location: 'fileId', locationType: 'parameter' });
// Reason as Drive names it for a reader or commenter who tries to change a file (GAM-team/GAM's GAPI reason list).
const noWrite = (): SandboxResponse =>
  googleError(403, 'The user does not have sufficient permissions for this file.', { reason: 'insufficientFilePermissions' });

/**
 * Drive v3 on www.googleapis.com: every sandbox doc is a Drive file. Every call is validated
 * against the discovery document (shared specs/google-drive-v3.discovery.json), checks the
 * method's scopes, and sees only files the caller may open: anything else is 404 "File not found"
 * (apis.md B: "A 404 is returned both for an absent file and for one not shared with the caller").
 */
export function driveApi(state: State): Service {
  const d = driveDiscovery();
  const caller = (req: SandboxRequest, methodId: string, body?: unknown): GoogleCaller | SandboxResponse => {
    const c = googleCaller(state, req, scopesOf(d, methodId));
    if (isResponse(c)) return c;
    return validateGoogle(d, methodId, req, body) ?? c;
  };
  return {
    hosts: ['www.googleapis.com'],
    fault: googleFault('drive'),
    handle(req) {
      if (req.path === '/drive/v3/about' && req.method === 'GET') {
        // drive.about.get: "Required: The `fields` parameter must be set" (discovery description).
        const c = caller(req, 'drive.about.get');
        if (isResponse(c)) return c;
        if (!req.query.get('fields'))
          return googleError(400, "The 'fields' parameter is required for this method.", { reason: 'required', location: 'fields', locationType: 'parameter' });
        return respond(req, { kind: 'drive#about', user: userJson(c.user, true) }, []);
      }
      if (req.path === '/drive/v3/files') {
        if (req.method === 'GET') {
          const c = caller(req, 'drive.files.list');
          return isResponse(c) ? c : listFiles(state, req, c);
        }
        if (req.method === 'POST') {
          const body = jsonBody(req) ?? {};
          const c = caller(req, 'drive.files.create', body);
          return isResponse(c) ? c : createFile(state, req, c, body);
        }
        return urlNotFound(req);
      }
      const m = /^\/drive\/v3\/files\/([^/]+)(?:\/(copy|permissions|revisions)(?:\/([^/]+))?)?$/.exec(req.path);
      if (!m) return urlNotFound(req);
      const [, rawId = '', sub, subId] = m;
      const route = `${req.method} ${sub ?? ''}${subId !== undefined ? '/:id' : ''}`;
      const METHOD: Record<string, string> = {
        'GET ': 'drive.files.get',
        'POST copy': 'drive.files.copy',
        'POST permissions': 'drive.permissions.create',
        'GET permissions': 'drive.permissions.list',
        'GET revisions': 'drive.revisions.list',
        'GET revisions/:id': 'drive.revisions.get',
        'PATCH revisions/:id': 'drive.revisions.update',
      };
      const methodId = METHOD[route];
      if (!methodId) return urlNotFound(req);
      const body = req.method === 'GET' ? undefined : (jsonBody(req) ?? (req.body.trim() === '' ? {} : null));
      if (body === null) return googleError(400, 'Invalid JSON payload received.');
      const c = caller(req, methodId, body);
      if (isResponse(c)) return c;
      const fileId = decodeURIComponent(rawId);
      const doc = state.docs.get(fileId);
      const access = doc && reachable(doc, c, 'drive') ? accessOf(doc, c.user) : undefined;
      if (!doc || !access) return notFound(fileId);
      switch (route) {
        case 'GET ':
          return respond(req, fileJson(doc, c), FILE_DEFAULT);
        case 'POST copy':
          return copy(state, doc, req, c, body);
        case 'POST permissions':
          return access === 'write' ? createPermission(doc, req, body) : noWrite();
        case 'GET permissions':
          return access === 'write' ? respond(req, { kind: 'drive#permissionList', permissions: doc.permissions }, fields('kind', 'permissions')) : noWrite();
        case 'GET revisions':
          // Listing revisions takes edit rights (github.com/googleapis/google-api-python-client/issues/1743).
          return access === 'write'
            ? respond(req, { kind: 'drive#revisionList', revisions: doc.revisions.map((r) => revisionJson(doc, r)) }, fields('kind', 'revisions'))
            : noWrite();
        default: {
          if (access !== 'write') return noWrite();
          // "head" is accepted in practice (tidyverse/googledrive R/drive_publish.R); anything else must be a Drive revision id.
          const revisionId = decodeURIComponent(subId ?? '');
          const revision = revisionId === 'head' ? headRevision(doc) : doc.revisions.find((r) => r.id === revisionId);
          if (!revision)
            return googleError(404, `Revision not found: ${revisionId}.`, { reason: 'notFound', location: 'revisionId', locationType: 'parameter' });
          if (req.method === 'PATCH') {
            const error = updateRevision(state, doc, revision, body as Record<string, unknown>);
            if (error) return error;
          }
          return respond(req, revisionJson(doc, revision), REVISION_DEFAULT);
        }
      }
    },
  };
}

const fields = (...names: string[]): FieldSel[] => names.map((name) => ({ name }));
const FILE_DEFAULT = fields('kind', 'id', 'name', 'mimeType');
const REVISION_DEFAULT = fields('kind', 'id', 'mimeType', 'modifiedTime');
const PERMISSION_DEFAULT = fields('kind', 'id', 'type', 'role');
const LIST_DEFAULT: FieldSel[] = [...fields('kind', 'incompleteSearch'), { name: 'files', sub: FILE_DEFAULT }];

function fileJson(doc: Doc, c: GoogleCaller): Record<string, unknown> {
  return {
    kind: 'drive#file',
    id: doc.documentId,
    name: doc.title,
    mimeType: DOC_MIME,
    webViewLink: `https://docs.google.com/document/d/${doc.documentId}/edit?usp=drivesdk`,
    createdTime: doc.createdTime,
    modifiedTime: headRevision(doc).modifiedTime,
    parents: doc.parents,
    permissions: doc.permissions,
    // appProperties are private to the app that set them; this sandbox keeps one set per file.
    ...(Object.keys(doc.appProperties).length > 0 ? { appProperties: doc.appProperties } : {}),
    permissionIds: doc.permissions.map((p) => p.id),
    owners: [userJson(doc.owner, doc.owner === c.user)],
    ownedByMe: doc.owner === c.user,
    trashed: false,
    headRevisionId: headRevision(doc).id,
    version: String(doc.version + doc.revisions.length),
  };
}

/** With publishAuto on, the file's later revisions are published too (the UI's "Automatically republish"). */
function revisionPublished(doc: Doc, r: Revision): boolean {
  if (!doc.publish) return false;
  if (doc.publish.revisionId === r.id) return true;
  return doc.publish.auto && Number(r.id) > Number(doc.publish.revisionId);
}

function revisionJson(doc: Doc, r: Revision): Record<string, unknown> {
  const published = revisionPublished(doc, r);
  return {
    kind: 'drive#revision',
    id: r.id,
    mimeType: DOC_MIME,
    modifiedTime: r.modifiedTime,
    keepForever: false,
    published,
    publishAuto: published && (doc.publish?.auto ?? false),
    publishedOutsideDomain: published && (doc.publish?.outsideDomain ?? false),
    ...(published ? { publishedLink: publishedUrl(doc) } : {}),
    lastModifyingUser: userJson(doc.owner, false),
    exportLinks: { 'text/plain': `https://docs.google.com/feeds/download/documents/export/Export?id=${doc.documentId}&revision=${r.id}&exportFormat=txt` },
  };
}

/**
 * Publishing acts on the snapshot of the named revision. publishAuto takes effect only on a file
 * that is already published: tidyverse/googledrive sends the update twice for that reason
 * (github.com/tidyverse/googledrive/pull/47 review: "if we want to autopublish, it must have
 * already been published, so we need to run again"). A Workspace that forbids publishing answers
 * 403 publishOutNotPermitted (the Drive reason for it, as GAM-team/GAM lists it in its GAPI reasons).
 */
function updateRevision(state: State, doc: Doc, revision: Revision, body: Record<string, unknown>): SandboxResponse | undefined {
  const current = doc.publish && revisionPublished(doc, revision) ? doc.publish : undefined;
  if (body['published'] === false) {
    if (current) delete doc.publish;
    return undefined;
  }
  if (body['published'] !== true && !current) return undefined;
  if (!state.workspace.allowPublishing) {
    return googleError(403, 'The user does not have permission to publish this file.', { reason: 'publishOutNotPermitted' });
  }
  const alreadyPublished = doc.publish !== undefined;
  doc.publish = {
    revisionId: revision.id,
    auto: alreadyPublished ? ((body['publishAuto'] as boolean | undefined) ?? current?.auto ?? false) : false,
    outsideDomain: (body['publishedOutsideDomain'] as boolean | undefined) ?? current?.outsideDomain ?? false,
  };
  // The published snapshot stays as it is: later writes start a new Drive revision.
  revision.sealed = true;
  doc.publishKey ??= randomId(80);
  return undefined;
}

function copy(state: State, source: Doc, req: SandboxRequest, c: GoogleCaller, body: unknown): SandboxResponse {
  if (!isRecord(body)) return googleError(400, 'Invalid JSON payload received.');
  const name = typeof body['name'] === 'string' ? body['name'] : `Copy of ${source.title}`;
  const doc = state.createDoc({ title: name, creator: { user: c.user, clientId: c.clientId } }, source.content);
  doc.appProperties = { ...source.appProperties, ...stringRecord(body['appProperties']) };
  if (Array.isArray(body['parents'])) doc.parents = body['parents'].filter((p): p is string => typeof p === 'string');
  return respond(req, fileJson(doc, c), FILE_DEFAULT);
}

/** files.create for the one kind of file the sandbox holds: a Google Doc, created empty. */
function createFile(state: State, req: SandboxRequest, c: GoogleCaller, body: unknown): SandboxResponse {
  if (!isRecord(body)) return googleError(400, 'Invalid JSON payload received.');
  if (body['mimeType'] !== DOC_MIME) return googleError(400, `The sandbox creates only Google Docs (mimeType ${DOC_MIME}).`, { reason: 'invalid' });
  const doc = state.createDoc({
    title: typeof body['name'] === 'string' ? body['name'] : 'Untitled document',
    creator: { user: c.user, clientId: c.clientId },
  });
  doc.appProperties = stringRecord(body['appProperties']);
  if (Array.isArray(body['parents'])) doc.parents = body['parents'].filter((p): p is string => typeof p === 'string');
  return respond(req, fileJson(doc, c), FILE_DEFAULT);
}

function stringRecord(v: unknown): Record<string, string> {
  return isRecord(v) ? Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string')) : {};
}

/** The clauses of the Drive query language a client needs to find its own files again. */
const CLAUSE =
  /^\s*(?:appProperties\s+has\s+\{\s*key\s*=\s*'((?:[^'\\]|\\.)*)'\s+and\s+value\s*=\s*'((?:[^'\\]|\\.)*)'\s*\}|trashed\s*=\s*(true|false)|name\s*(=|contains)\s*'((?:[^'\\]|\\.)*)'|mimeType\s*=\s*'((?:[^'\\]|\\.)*)')\s*(?:and\b|$)/i;

function parseQuery(q: string): Array<(d: Doc) => boolean> | undefined {
  const tests: Array<(d: Doc) => boolean> = [];
  const unescapeBackslashes = (s: string): string => s.replace(/\\(.)/g, '$1');
  let rest = q.trim();
  while (rest !== '') {
    const m = CLAUSE.exec(rest);
    if (!m) return undefined;
    const [whole, key, value, trashed, nameOp, name, mime] = m;
    if (key !== undefined && value !== undefined) tests.push((d) => d.appProperties[unescapeBackslashes(key)] === unescapeBackslashes(value));
    else if (trashed !== undefined) tests.push(() => trashed.toLowerCase() === 'false');
    else if (nameOp !== undefined && name !== undefined)
      tests.push((d) => (nameOp === '=' ? d.title === unescapeBackslashes(name) : d.title.includes(unescapeBackslashes(name))));
    else if (mime !== undefined) tests.push(() => unescapeBackslashes(mime) === DOC_MIME);
    rest = rest.slice(whole.length).trim();
  }
  return tests;
}

function listFiles(state: State, req: SandboxRequest, c: GoogleCaller): SandboxResponse {
  const tests = parseQuery(req.query.get('q') ?? '');
  if (!tests) return googleError(400, 'Invalid Value', { reason: 'invalid', location: 'q', locationType: 'parameter' });
  const files = [...state.docs.values()]
    .filter((d) => reachable(d, c, 'drive') && accessOf(d, c.user) !== undefined)
    .filter((d) => tests.every((t) => t(d)))
    .map((d) => fileJson(d, c));
  return respond(req, { kind: 'drive#fileList', incompleteSearch: false, files }, LIST_DEFAULT);
}

function createPermission(doc: Doc, req: SandboxRequest, body: unknown): SandboxResponse {
  if (!isRecord(body)) return googleError(400, 'Invalid JSON payload received.');
  const { type, role, domain, emailAddress, allowFileDiscovery } = body;
  const where = { location: 'permission', locationType: 'other' };
  if (typeof type !== 'string')
    return googleError(400, 'The permission type field is required.', { reason: 'required', ...where, location: 'permission.type' });
  if (!PERMISSION_TYPES.includes(type))
    return googleError(400, 'The provided permission type is invalid.', { reason: 'invalid', ...where, location: 'permission.type' });
  if (typeof role !== 'string')
    return googleError(400, 'The permission role field is required.', { reason: 'required', ...where, location: 'permission.role' });
  if (!ROLES.includes(role)) return googleError(400, 'The provided permission role is invalid.', { reason: 'invalid', ...where, location: 'permission.role' });
  if (type === 'domain' && typeof domain !== 'string')
    return googleError(400, 'The domain field is required for permissions of type domain.', { reason: 'required', ...where });
  if ((type === 'user' || type === 'group') && typeof emailAddress !== 'string') {
    return googleError(400, 'The emailAddress field is required for permissions of type user or group.', { reason: 'required', ...where });
  }
  if ((type === 'domain' || type === 'anyone') && req.query.get('sendNotificationEmail') === 'true') {
    return googleError(400, "sendNotificationEmail is only applicable for permissions of type 'user' or 'group'.", { reason: 'invalidSharingRequest' });
  }
  // Drive keeps one permission per grantee: granting again changes the role in place.
  const same = doc.permissions.find((p) => p.type === type && p.domain === domain && p.emailAddress === emailAddress);
  const permission: Permission = same ?? {
    kind: 'drive#permission',
    id: type === 'anyone' ? 'anyoneWithLink' : String(10_000_000_000 + Math.floor(Math.random() * 89_999_999_999)),
    type,
    role,
    ...(typeof domain === 'string' ? { domain } : {}),
    ...(typeof emailAddress === 'string' ? { emailAddress } : {}),
  };
  permission.role = role;
  if (typeof allowFileDiscovery === 'boolean' && (type === 'domain' || type === 'anyone')) permission.allowFileDiscovery = allowFileDiscovery;
  if (!same) doc.permissions.push(permission);
  return respond(req, { ...permission }, PERMISSION_DEFAULT);
}

/** Applies the `fields` selector (`a,b(c,d)` or `*`); an unknown field is a 400, as on Drive. */
function respond(req: SandboxRequest, resource: Record<string, unknown>, defaults: FieldSel[]): SandboxResponse {
  const selector = req.query.get('fields');
  if (selector === null || selector === '') return json(200, select(resource, defaults));
  if (selector.trim() === '*') return json(200, resource);
  const parsed = parseFields(selector);
  const unknown = parsed?.find((f) => !(f.name in resource) && !KNOWN_ABSENT.has(f.name));
  if (!parsed || unknown) {
    const message = `Invalid field selection ${unknown?.name ?? selector}`;
    return googleError(400, message, { reason: 'invalidParameter', location: 'fields', locationType: 'parameter' });
  }
  return json(200, select(resource, parsed));
}

/** Fields Drive knows but leaves out when they have no value, so asking for them is no error. */
const KNOWN_ABSENT = new Set(['publishedLink', 'description', 'starred', 'size', 'appProperties', 'nextPageToken']);

interface FieldSel {
  name: string;
  sub?: FieldSel[];
}

function parseFields(s: string): FieldSel[] | undefined {
  const out: FieldSel[] = [];
  let depth = 0;
  let start = 0;
  const parts: string[] = [];
  for (let i = 0; i <= s.length; i++) {
    const ch = s[i];
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (depth < 0) return undefined;
    if ((ch === ',' && depth === 0) || i === s.length) {
      parts.push(s.slice(start, i).trim());
      start = i + 1;
    }
  }
  if (depth !== 0) return undefined;
  for (const part of parts) {
    const m = /^([A-Za-z_][\w]*)(?:\((.*)\))?$/.exec(part);
    if (!m?.[1]) return undefined;
    const sub = m[2] !== undefined ? parseFields(m[2]) : undefined;
    if (m[2] !== undefined && !sub) return undefined;
    out.push(sub ? { name: m[1], sub } : { name: m[1] });
  }
  return out;
}

function select(resource: Record<string, unknown>, fields: FieldSel[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = resource[f.name];
    if (v === undefined) continue;
    const sub = f.sub;
    out[f.name] = sub && Array.isArray(v) ? v.map((item: unknown) => (isRecord(item) ? select(item, sub) : item)) : sub && isRecord(v) ? select(v, sub) : v;
  }
  return out;
}
