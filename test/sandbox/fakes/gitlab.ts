import { gitlabIssuePage } from '../pages/gitlab-issue';
import { retryHeaders } from '../faults';
import { bearer, header, isRecord, json, jsonBody, params, type SandboxRequest, type SandboxResponse } from '../http';
import type { Service } from '../service';
import type { Issue, Note, State } from '../world';

export interface Project {
  id: number;
  path_with_namespace: string;
}

/** Every GitLab host of the sandbox has these projects; issues are kept per host. */
export const PROJECTS: readonly Project[] = [
  { id: 7764, path_with_namespace: 'gitlab-com/infrastructure' },
  { id: 278964, path_with_namespace: 'gitlab-org/gitlab' },
];

const MAX_TITLE = 255;
const MAX_DESCRIPTION = 1_048_576;
const MAX_NOTE = 1_000_000;
const ISSUE_TYPES = ['issue', 'incident', 'test_case', 'task'];

const message = (status: number, msg: unknown, headers: Record<string, string> = {}): SandboxResponse => json(status, { message: msg }, headers);
const missing = (field: string): SandboxResponse => json(400, { error: `${field} is missing` });
const notFound = (): SandboxResponse => json(404, { error: '404 Not Found' });

/** GitLab REST v4 for gitlab.com and the self-hosted host: projects, issues and notes. */
export function gitlabApi(state: State, hosts: readonly string[]): Service {
  return {
    hosts,
    fault(req, fault) {
      if (!req.path.startsWith('/api/v4/')) return undefined;
      const retry = retryHeaders(fault);
      if (fault.body !== undefined) return json(fault.status, fault.body, retry);
      if (fault.status === 429) {
        const reset = Math.floor(Date.now() / 1000) + (fault.retryAfter ?? 60);
        return message(429, 'This endpoint has been requested too many times. Try again later.', {
          'ratelimit-limit': '300',
          'ratelimit-observed': '301',
          'ratelimit-remaining': '0',
          'ratelimit-reset': String(reset),
          'ratelimit-resettime': new Date(reset * 1000).toUTCString(),
          ...retry,
        });
      }
      return message(fault.status, `${fault.status} ${STATUS_TEXT[fault.status] ?? 'Error'}`, retry);
    },
    handle(req) {
      if (req.method === 'GET' && req.path.includes('/-/issues/')) return gitlabIssuePage(state, req.host, req.path.split('?')[0]!);
      if (!req.path.startsWith('/api/v4/')) return undefined;
      // A token is good only on the host that issued it.
      if (state.tokens.check('gitlab', token(req), req.host) !== 'ok') return message(401, '401 Unauthorized');
      if (req.method === 'GET' && req.path === '/api/v4/user') {
        return json(200, { id: 1, username: 'incident-desk', name: 'Incident Desk', state: 'active', web_url: `https://${req.host}/incident-desk` });
      }
      if (req.method === 'GET' && req.path === '/api/v4/issues')
        return listIssues(
          state,
          req,
          state.issues.filter((i) => i.host === req.host),
        );
      const m = /^\/api\/v4\/projects\/([^/]+)(?:\/(.*))?$/.exec(req.path);
      if (!m?.[1]) return notFound();
      // The id segment is a number or a URL-encoded path; a raw slash splits it and finds nothing, as on GitLab.
      const ref = decodeURIComponent(m[1]);
      const project = PROJECTS.find((p) => String(p.id) === ref || p.path_with_namespace === ref);
      if (!project) return message(404, '404 Project Not Found');
      return projectRoute(state, req, project, m[2] ?? '');
    },
  };
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Unprocessable',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

function token(req: SandboxRequest): string | undefined {
  return header(req, 'private-token') ?? bearer(req) ?? req.query.get('private_token') ?? req.query.get('access_token') ?? undefined;
}

/**
 * GitLab has no spec file among the shared ones; these are the attributes its REST docs list
 * (doc/api/issues.md "New issue", "Edit an issue", "List project issues"; doc/api/notes.md
 * "Create new issue note", "List project issue notes"), with the type each takes.
 */
type Attr = 'string' | 'boolean' | 'integer' | 'labels' | 'integers';
const PAGING: Record<string, Attr> = { page: 'integer', per_page: 'integer' };
const DOCUMENTED: Record<string, Record<string, Attr>> = {
  'POST issues': {
    title: 'string',
    description: 'string',
    labels: 'labels',
    confidential: 'boolean',
    created_at: 'string',
    issue_type: 'string',
    assignee_id: 'integer',
    assignee_ids: 'integers',
    milestone_id: 'integer',
    due_date: 'string',
    iid: 'integer',
    weight: 'integer',
    epic_id: 'integer',
    discussion_to_resolve: 'string',
    merge_request_to_resolve_discussions_of: 'integer',
  },
  'PUT issue': {
    title: 'string',
    description: 'string',
    labels: 'labels',
    add_labels: 'labels',
    remove_labels: 'labels',
    confidential: 'boolean',
    state_event: 'string',
    issue_type: 'string',
    assignee_ids: 'integers',
    milestone_id: 'integer',
    due_date: 'string',
    discussion_locked: 'boolean',
    updated_at: 'string',
    weight: 'integer',
    epic_id: 'integer',
  },
  'GET issues': {
    ...PAGING,
    search: 'string',
    in: 'string',
    state: 'string',
    labels: 'labels',
    milestone: 'string',
    scope: 'string',
    author_id: 'integer',
    assignee_id: 'integer',
    iids: 'integers',
    order_by: 'string',
    sort: 'string',
    created_after: 'string',
    created_before: 'string',
    updated_after: 'string',
    updated_before: 'string',
    confidential: 'boolean',
    issue_type: 'string',
    not: 'string',
    with_labels_details: 'boolean',
  },
  'POST notes': { body: 'string', internal: 'boolean', confidential: 'boolean', created_at: 'string', merge_request_diff_head_sha: 'string' },
  'GET notes': { ...PAGING, sort: 'string', order_by: 'string', activity_filter: 'string' },
  'PUT note': { body: 'string', confidential: 'boolean' },
};
const ENUMS: Record<string, readonly string[]> = {
  state_event: ['close', 'reopen'],
  state: ['opened', 'closed', 'all'],
  in: ['title', 'description', 'title,description'],
  sort: ['asc', 'desc'],
};

/** Grape's 400 for a bad attribute: `{"error":"<name> is invalid"}`; an attribute the docs do not list is refused the same way. */
function checkAttributes(kind: string, a: Record<string, unknown>): SandboxResponse | undefined {
  const allowed = DOCUMENTED[kind];
  if (!allowed) return undefined;
  const bad: string[] = [];
  for (const [k, v] of Object.entries(a)) {
    const type = allowed[k.replace(/\[\]$/, '')];
    const ok =
      type === 'string'
        ? typeof v === 'string'
        : type === 'boolean'
          ? typeof v === 'boolean' || v === 'true' || v === 'false'
          : type === 'integer'
            ? (typeof v === 'number' && Number.isInteger(v)) || (typeof v === 'string' && /^\d+$/.test(v))
            : type === 'labels'
              ? typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string'))
              : type === 'integers'
                ? Array.isArray(v) || typeof v === 'string' || typeof v === 'number'
                : false;
    if (!ok || (ENUMS[k] && typeof v === 'string' && !ENUMS[k].includes(v))) bad.push(k);
  }
  return bad.length > 0 ? json(400, { error: bad.map((k) => `${k} is invalid`).join(', ') }) : undefined;
}

function projectRoute(state: State, req: SandboxRequest, project: Project, rest: string): SandboxResponse {
  const kind =
    rest === 'issues'
      ? `${req.method} issues`
      : /^issues\/\d+$/.test(rest)
        ? `${req.method} issue`
        : /^issues\/\d+\/notes$/.test(rest)
          ? `${req.method} notes`
          : /^issues\/\d+\/notes\/\d+$/.test(rest)
            ? `${req.method} note`
            : '';
  const invalid = checkAttributes(kind, req.method === 'GET' ? Object.fromEntries(req.query) : attrs(req));
  if (invalid) return invalid;
  const here = state.issues.filter((i) => i.host === req.host && i.project_id === project.id);
  if (rest === '' && req.method === 'GET') return json(200, projectJson(req.host, project));
  if (rest === 'issues' && req.method === 'GET') return listIssues(state, req, here);
  if (rest === 'issues' && req.method === 'POST') return createIssue(state, req, project);
  const m = /^issues\/(\d+)(\/notes)?$/.exec(rest);
  if (!m?.[1]) return notFound();
  const issue = here.find((i) => i.iid === Number(m[1]));
  if (!issue) return message(404, '404 Issue Not Found');
  if (!m[2]) {
    if (req.method === 'GET') return json(200, issueJson(state, issue));
    if (req.method === 'PUT') return editIssue(state, req, issue);
    return notFound();
  }
  if (req.method === 'GET') {
    const notes = state.notes.filter((n) => n.host === req.host && n.project_id === project.id && n.issue_iid === issue.iid);
    return json(
      200,
      notes
        .slice()
        .reverse()
        .map((n) => noteJson(n, issue)),
    );
  }
  if (req.method === 'POST') return createNote(state, req, issue);
  return notFound();
}

/** Body attributes arrive as JSON or form fields; both are read the same way. */
function attrs(req: SandboxRequest): Record<string, unknown> {
  const body = jsonBody(req);
  if (isRecord(body)) return { ...Object.fromEntries(req.query), ...body };
  return Object.fromEntries(params(req));
}

function labelList(v: unknown): string[] {
  const list = Array.isArray(v) ? v.map(String) : typeof v === 'string' ? v.split(',') : [];
  return list.map((l) => l.trim()).filter(Boolean);
}

function createIssue(state: State, req: SandboxRequest, project: Project): SandboxResponse {
  const a = attrs(req);
  const title = a['title'];
  if (typeof title !== 'string' || title.trim() === '') return missing('title');
  const description = typeof a['description'] === 'string' ? a['description'] : '';
  const invalid = lengthErrors({ title: [title, MAX_TITLE], description: [description, MAX_DESCRIPTION] });
  if (invalid) return invalid;
  const issueType = typeof a['issue_type'] === 'string' ? a['issue_type'] : 'issue';
  if (!ISSUE_TYPES.includes(issueType)) return json(400, { error: 'issue_type does not have a valid value' });
  const now = new Date().toISOString();
  const iid = Math.max(0, ...state.issues.filter((i) => i.host === req.host && i.project_id === project.id).map((i) => i.iid)) + 1;
  const issue: Issue = {
    host: req.host,
    id: 100_000 + state.next(),
    iid,
    project_id: project.id,
    projectPath: project.path_with_namespace,
    title,
    description: '',
    labels: [...new Set(labelList(a['labels']))],
    state: 'opened',
    confidential: a['confidential'] === true || a['confidential'] === 'true',
    issue_type: issueType,
    quickActions: [],
    created_at: now,
    updated_at: now,
    web_url: `https://${req.host}/${project.path_with_namespace}/-/issues/${iid}`,
  };
  issue.description = runQuickActions(issue, description);
  state.issues.push(issue);
  return json(201, issueJson(state, issue));
}

function editIssue(state: State, req: SandboxRequest, issue: Issue): SandboxResponse {
  const a = attrs(req);
  const invalid = lengthErrors({
    title: [typeof a['title'] === 'string' ? a['title'] : '', MAX_TITLE],
    description: [typeof a['description'] === 'string' ? a['description'] : '', MAX_DESCRIPTION],
  });
  if (invalid) return invalid;
  if (typeof a['title'] === 'string') issue.title = a['title'];
  if (typeof a['description'] === 'string') issue.description = runQuickActions(issue, a['description']);
  if (a['labels'] !== undefined) issue.labels = [...new Set(labelList(a['labels']))];
  if (a['add_labels'] !== undefined) issue.labels = [...new Set([...issue.labels, ...labelList(a['add_labels'])])];
  if (a['remove_labels'] !== undefined) {
    const drop = new Set(labelList(a['remove_labels']));
    issue.labels = issue.labels.filter((l) => !drop.has(l));
  }
  if (a['state_event'] === 'close') issue.state = 'closed';
  if (a['state_event'] === 'reopen') issue.state = 'opened';
  if (a['confidential'] !== undefined) issue.confidential = a['confidential'] === true || a['confidential'] === 'true';
  issue.updated_at = new Date().toISOString();
  return json(200, issueJson(state, issue));
}

function createNote(state: State, req: SandboxRequest, issue: Issue): SandboxResponse {
  const a = attrs(req);
  const body = a['body'];
  if (typeof body !== 'string' || body.trim() === '') return missing('body');
  const invalid = lengthErrors({ note: [body, MAX_NOTE] });
  if (invalid) return invalid;
  const note: Note = {
    host: req.host,
    id: 500_000 + state.next(),
    project_id: issue.project_id,
    issue_iid: issue.iid,
    body: runQuickActions(issue, body),
    internal: a['internal'] === true || a['internal'] === 'true',
    created_at: new Date().toISOString(),
  };
  state.notes.push(note);
  return json(201, noteJson(note, issue));
}

function lengthErrors(fields: Record<string, [string, number]>): SandboxResponse | undefined {
  const errors: Record<string, string[]> = {};
  for (const [name, [value, max]] of Object.entries(fields)) {
    if (value.length > max) errors[name] = [`is too long (maximum is ${max} characters)`];
  }
  return Object.keys(errors).length > 0 ? message(400, errors) : undefined;
}

/**
 * GitLab runs lines that start with a quick action and removes them from the text. The fake does
 * the same for the few that change what an outage issue shows, so unescaped input is visible.
 */
function runQuickActions(issue: Issue, text: string): string {
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^\/(close|reopen|label|unlabel|confidential|title)\b\s*(.*)$/.exec(line);
    if (!m?.[1]) {
      kept.push(line);
      continue;
    }
    const [, action, arg = ''] = m;
    issue.quickActions.push(line);
    const labels = [...arg.matchAll(/~"([^"]+)"|~([^\s~]+)/g)].map((l) => l[1] ?? l[2] ?? '');
    if (action === 'close') issue.state = 'closed';
    if (action === 'reopen') issue.state = 'opened';
    if (action === 'confidential') issue.confidential = true;
    if (action === 'title' && arg.trim() !== '') issue.title = arg.trim();
    if (action === 'label') issue.labels = [...new Set([...issue.labels, ...labels])];
    if (action === 'unlabel') issue.labels = issue.labels.filter((l) => !labels.includes(l));
  }
  return kept.join('\n');
}

function listIssues(state: State, req: SandboxRequest, issues: Issue[]): SandboxResponse {
  const q = req.query;
  const search = q.get('search')?.toLowerCase();
  const labels = labelList(q.get('labels') ?? '');
  const wanted = q.get('state') ?? 'all';
  const matching = issues
    .filter((i) => !search || i.title.toLowerCase().includes(search) || i.description.toLowerCase().includes(search))
    .filter((i) => labels.every((l) => i.labels.includes(l)))
    .filter((i) => wanted === 'all' || i.state === wanted)
    .sort((a, b) => b.id - a.id);
  const perPage = Math.min(Math.max(Number(q.get('per_page') ?? 20) || 20, 1), 100);
  const page = Math.max(Number(q.get('page') ?? 1) || 1, 1);
  const totalPages = Math.max(Math.ceil(matching.length / perPage), 1);
  return json(
    200,
    matching.slice((page - 1) * perPage, page * perPage).map((i) => issueJson(state, i)),
    {
      'x-total': String(matching.length),
      'x-total-pages': String(totalPages),
      'x-per-page': String(perPage),
      'x-page': String(page),
      'x-next-page': page < totalPages ? String(page + 1) : '',
    },
  );
}

function projectJson(host: string, p: Project): object {
  const parts = p.path_with_namespace.split('/');
  const name = parts.pop() ?? p.path_with_namespace;
  return {
    id: p.id,
    name,
    path: name,
    path_with_namespace: p.path_with_namespace,
    name_with_namespace: p.path_with_namespace.replace(/\//g, ' / '),
    namespace: { full_path: parts.join('/') },
    web_url: `https://${host}/${p.path_with_namespace}`,
    default_branch: 'main',
    issues_enabled: true,
  };
}

function issueJson(state: State, issue: Issue): object {
  const notesCount = state.notes.filter((n) => n.host === issue.host && n.project_id === issue.project_id && n.issue_iid === issue.iid).length;
  const api = `https://${issue.host}/api/v4/projects/${issue.project_id}`;
  return {
    id: issue.id,
    iid: issue.iid,
    project_id: issue.project_id,
    title: issue.title,
    description: issue.description,
    state: issue.state,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_at: null,
    labels: issue.labels,
    milestone: null,
    assignees: [],
    assignee: null,
    author: AUTHOR(issue.host),
    type: issue.issue_type === 'incident' ? 'INCIDENT' : 'ISSUE',
    issue_type: issue.issue_type,
    user_notes_count: notesCount,
    confidential: issue.confidential,
    severity: 'UNKNOWN',
    web_url: issue.web_url,
    references: { short: `#${issue.iid}`, relative: `#${issue.iid}`, full: `${issue.projectPath}#${issue.iid}` },
    _links: {
      self: `${api}/issues/${issue.iid}`,
      notes: `${api}/issues/${issue.iid}/notes`,
      award_emoji: `${api}/issues/${issue.iid}/award_emoji`,
      project: api,
    },
  };
}

const AUTHOR = (host: string): object => ({
  id: 1,
  username: 'incident-desk',
  name: 'Incident Desk',
  state: 'active',
  web_url: `https://${host}/incident-desk`,
});

function noteJson(n: Note, issue: Issue): object {
  return {
    id: n.id,
    type: null,
    body: n.body,
    author: AUTHOR(n.host),
    created_at: n.created_at,
    updated_at: n.created_at,
    system: false,
    noteable_id: issue.id,
    noteable_type: 'Issue',
    noteable_iid: issue.iid,
    project_id: issue.project_id,
    internal: n.internal,
    confidential: n.internal,
    resolvable: false,
  };
}
