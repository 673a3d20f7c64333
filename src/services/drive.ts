import type { drive_v3 } from '@googleapis/drive';
import { apiFetch } from './http';

const DRIVE_API = 'https://www.googleapis.com/drive/v3/files';
const json = { 'content-type': 'application/json' };

const GOOGLE_DOC = 'application/vnd.google-apps.document';

/**
 * A new Google Doc, or a copy of the team's template, created with its app properties in the same
 * call, so a retry can always find it by them.
 */
export async function createDocFile(name: string, appProperties: Record<string, string>, templateId?: string): Promise<drive_v3.Schema$File> {
  const url = templateId ? `${DRIVE_API}/${encodeURIComponent(templateId)}/copy?fields=id,name` : `${DRIVE_API}?fields=id,name`;
  const response = await apiFetch('google', url, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ name, appProperties, ...(templateId ? {} : { mimeType: GOOGLE_DOC }) }),
  });
  return (await response.json()) as drive_v3.Schema$File;
}

/** Files carrying our idempotency key, so a retried step finds what an earlier attempt created. */
export async function findByAppProperty(key: string, value: string): Promise<drive_v3.Schema$File[]> {
  const q = `appProperties has { key='${key}' and value='${value.replace(/['\\]/g, '\\$&')}' } and trashed = false`;
  const response = await apiFetch('google', `${DRIVE_API}?${new URLSearchParams({ q, fields: 'files(id,name)' })}`);
  return ((await response.json()) as drive_v3.Schema$FileList).files ?? [];
}

export async function listPermissions(fileId: string): Promise<drive_v3.Schema$Permission[]> {
  const response = await apiFetch('google', `${DRIVE_API}/${encodeURIComponent(fileId)}/permissions?fields=permissions(id,type,role,domain)`);
  return ((await response.json()) as drive_v3.Schema$PermissionList).permissions ?? [];
}

/** Edit rights for everyone in the Workspace domain ("give edit rights to the whole company"). */
export async function shareWithDomain(fileId: string, domain: string): Promise<drive_v3.Schema$Permission> {
  const existing = (await listPermissions(fileId)).find((p) => p.type === 'domain' && p.domain === domain && p.role === 'writer');
  if (existing) return existing;
  const response = await apiFetch('google', `${DRIVE_API}/${encodeURIComponent(fileId)}/permissions`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ type: 'domain', role: 'writer', domain, allowFileDiscovery: false }),
  });
  return (await response.json()) as drive_v3.Schema$Permission;
}

export function publicUrl(fileId: string, revision: drive_v3.Schema$Revision): string {
  return revision.publishedLink ?? `https://docs.google.com/document/d/${fileId}/pub`;
}

/**
 * Publish exactly one revision to the web, with automatic republishing off: only a revision the
 * redaction scan has seen is ever public, and a later edit stays private until it is scanned.
 */
export async function publishRevision(fileId: string, revisionId: string): Promise<drive_v3.Schema$Revision> {
  const response = await apiFetch('google', `${DRIVE_API}/${encodeURIComponent(fileId)}/revisions/${encodeURIComponent(revisionId)}?fields=*`, {
    method: 'PATCH',
    headers: json,
    body: JSON.stringify({ published: true, publishAuto: false, publishedOutsideDomain: true }),
  });
  return (await response.json()) as drive_v3.Schema$Revision;
}

/** The doc's latest revision with its publishing state, or undefined if Drive will not say. */
export async function publishedHead(fileId: string): Promise<drive_v3.Schema$Revision | undefined> {
  const response = await apiFetch('google', `${DRIVE_API}/${encodeURIComponent(fileId)}/revisions/head?fields=*`).catch(() => undefined);
  return response ? ((await response.json()) as drive_v3.Schema$Revision) : undefined;
}
