import type { drive_v3 } from '@googleapis/drive';
import { apiFetch } from './http';

const DRIVE_API = 'https://www.googleapis.com/drive/v3/files';
const json = { 'content-type': 'application/json' };

const GOOGLE_DOC = 'application/vnd.google-apps.document';

/**
 * A new, empty Google Doc created with its app properties in the same call, so a retry can always
 * find it by them. Created through Drive, it is this app's own file, which is what the
 * `drive.file` scope reaches (apis.md, "Google scopes").
 */
export async function createDocFile(name: string, appProperties: Record<string, string>): Promise<drive_v3.Schema$File> {
  const response = await apiFetch('google', `${DRIVE_API}?fields=id,name`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ name, appProperties, mimeType: GOOGLE_DOC }),
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
  // publishedLink is documented for Docs Editors files by the newer reference, absent by the older.
  return revision.publishedLink ?? `https://docs.google.com/document/d/${fileId}/pub`;
}

const PUBLISH = { published: true, publishAuto: true, publishedOutsideDomain: true };

/**
 * Publish a file to the web with automatic republishing, so every later write to it is public
 * without another call. Only the public copy is ever published, and only Incident Desk writes it
 * (README, "Publishing"). Drive turns publishAuto on only for a file that is already published
 * (tidyverse/googledrive PR #47 review), so the answer is read and the call repeated once if needed.
 * `head` is the revision id Drive accepts for "the latest" (apis.md §B): Docs revision ids are not
 * Drive's.
 */
export async function publishToWeb(fileId: string): Promise<drive_v3.Schema$Revision> {
  const patch = async () => {
    const response = await apiFetch(
      'google',
      `${DRIVE_API}/${encodeURIComponent(fileId)}/revisions/head?fields=id,published,publishAuto,publishedOutsideDomain,publishedLink`,
      {
        method: 'PATCH',
        headers: json,
        body: JSON.stringify(PUBLISH),
      },
    );
    return (await response.json()) as drive_v3.Schema$Revision;
  };
  const first = await patch();
  return first.published && first.publishAuto ? first : patch();
}

/** The signed-in Google account's email (drive.about.get, which the drive.file scope allows; `fields` is required). */
export async function googleAccount(): Promise<string | undefined> {
  const response = await apiFetch('google', 'https://www.googleapis.com/drive/v3/about?fields=user(emailAddress)');
  return ((await response.json()) as drive_v3.Schema$About).user?.emailAddress ?? undefined;
}

/**
 * Takes a file off the web: every revision Drive reports as published is unpublished. Used for
 * working docs that versions before the public copy had published themselves. Listing revisions
 * takes edit rights, which Incident Desk has on the files it created. Safe to repeat.
 */
export async function unpublishFromWeb(fileId: string): Promise<number> {
  const base = `${DRIVE_API}/${encodeURIComponent(fileId)}/revisions`;
  const list = await apiFetch('google', `${base}?fields=revisions(id,published)`);
  const published = (((await list.json()) as drive_v3.Schema$RevisionList).revisions ?? []).filter((r) => r.published && r.id);
  for (const revision of published) {
    await apiFetch('google', `${base}/${encodeURIComponent(revision.id!)}?fields=id,published`, {
      method: 'PATCH',
      headers: json,
      body: JSON.stringify({ published: false }),
    });
  }
  return published.length;
}
