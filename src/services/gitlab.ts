// GitLab REST v4: the issues and notes of one project, on gitlab.com or a self-hosted instance.
import browser from 'webextension-polyfill';
import { AppError } from '../core/errors';
import { hostPermissionPattern, joinLabels, projectApiUrl } from './gitlab-request';
import { apiFetch } from './http';

export interface GitLabIssue {
  id: number;
  iid: number;
  title: string;
  description: string | null;
  labels: string[];
  web_url: string;
}

export interface GitLabNote {
  id: number;
  body: string;
  system: boolean;
}

const json = { 'content-type': 'application/json' };
// Notes come 20 a page by default; an outage issue gathers comments, so ask for the most.
const PER_PAGE = 100;
const MAX_PAGES = 50;

/**
 * A self-hosted host is not in the manifest: the popup asks for it from a click (permissions can
 * only be requested from a user gesture), and the worker refuses to call it before that.
 */
async function ensureGranted(instanceUrl: string): Promise<void> {
  const pattern = hostPermissionPattern(instanceUrl);
  if (pattern && !(await browser.permissions.contains({ origins: [pattern] }))) {
    throw new AppError('denied', `Grant Incident Desk access to ${new URL(instanceUrl).host} in the popup, so it can reach your GitLab, then retry.`);
  }
}

async function projectUrl(instanceUrl: string, projectPath: string): Promise<string> {
  await ensureGranted(instanceUrl);
  return projectApiUrl(instanceUrl, projectPath);
}

/** Who the token belongs to: a cheap check that a pasted token works. */
export async function currentUser(instanceUrl: string): Promise<{ username: string }> {
  await ensureGranted(instanceUrl);
  const response = await apiFetch('gitlab', `${instanceUrl.replace(/\/+$/, '')}/api/v4/user`);
  return (await response.json()) as { username: string };
}

async function send<T>(url: string, method: 'POST' | 'PUT', body: Record<string, unknown>): Promise<T> {
  const response = await apiFetch('gitlab', url, { method, headers: json, body: JSON.stringify(body) });
  return (await response.json()) as T;
}

/** The project's issue whose description holds the marker, open or closed. */
export async function findIssueByMarker(instanceUrl: string, projectPath: string, marker: string): Promise<GitLabIssue | undefined> {
  const query = new URLSearchParams({ search: marker, in: 'description', state: 'all', per_page: String(PER_PAGE) });
  const response = await apiFetch('gitlab', `${await projectUrl(instanceUrl, projectPath)}/issues?${query}`);
  const issues = (await response.json()) as GitLabIssue[];
  // The search matches the marker's words anywhere; only the exact marker identifies the issue.
  return issues.find((i) => (i.description ?? '').includes(marker));
}

export async function createIssue(
  instanceUrl: string,
  projectPath: string,
  issue: { title: string; description: string; labels: string[] },
): Promise<GitLabIssue> {
  const labels = joinLabels(issue.labels);
  return send<GitLabIssue>(`${await projectUrl(instanceUrl, projectPath)}/issues`, 'POST', {
    title: issue.title,
    description: issue.description,
    labels,
  });
}

/** Labels are only ever added: people may have labelled the issue since, and those stay. */
export async function updateIssue(
  instanceUrl: string,
  projectPath: string,
  iid: number,
  change: { title?: string; description?: string; addLabels?: string[] },
): Promise<GitLabIssue> {
  const body = {
    ...(change.title !== undefined ? { title: change.title } : {}),
    ...(change.description !== undefined ? { description: change.description } : {}),
    ...(change.addLabels?.length ? { add_labels: joinLabels(change.addLabels) } : {}),
  };
  return send<GitLabIssue>(`${await projectUrl(instanceUrl, projectPath)}/issues/${iid}`, 'PUT', body);
}

/** People's notes, without GitLab's own system notes ("added label …"). */
export async function listNotes(instanceUrl: string, projectPath: string, iid: number): Promise<GitLabNote[]> {
  const base = `${await projectUrl(instanceUrl, projectPath)}/issues/${iid}/notes`;
  const notes: GitLabNote[] = [];
  let page = '1';
  for (let i = 0; i < MAX_PAGES && page; i++) {
    const response = await apiFetch('gitlab', `${base}?${new URLSearchParams({ per_page: String(PER_PAGE), page })}`);
    notes.push(...((await response.json()) as GitLabNote[]));
    page = response.headers.get('x-next-page') ?? '';
  }
  return notes.filter((n) => !n.system);
}

export async function addNote(instanceUrl: string, projectPath: string, iid: number, body: string): Promise<GitLabNote> {
  return send<GitLabNote>(`${await projectUrl(instanceUrl, projectPath)}/issues/${iid}/notes`, 'POST', { body });
}

export async function updateNote(instanceUrl: string, projectPath: string, iid: number, noteId: number, body: string): Promise<GitLabNote> {
  return send<GitLabNote>(`${await projectUrl(instanceUrl, projectPath)}/issues/${iid}/notes/${noteId}`, 'PUT', { body });
}
