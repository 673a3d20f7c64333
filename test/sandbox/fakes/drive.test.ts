import { describe, expect, it } from 'vitest';
import { jsonOf, useSandbox } from '../sandbox-fixture';

const sandbox = useSandbox();
const DRIVE = 'https://www.googleapis.com/drive/v3/files';

function google(): Record<string, string> {
  return { authorization: `Bearer ${sandbox().tokens().google}`, 'content-type': 'application/json' };
}

async function type(id: string, text: string): Promise<string> {
  const res = await sandbox().fetch(`https://docs.googleapis.com/v1/documents/${id}:batchUpdate`, {
    method: 'POST',
    headers: google(),
    body: JSON.stringify({ requests: [{ insertText: { endOfSegmentLocation: {}, text } }] }),
  });
  return String(((await jsonOf(res))['writeControl'] as Record<string, unknown>)['requiredRevisionId']);
}

function publish(id: string, revisionId: string, body: Record<string, unknown>, fields = '*'): Promise<Response> {
  return sandbox().fetch(`${DRIVE}/${id}/revisions/${revisionId}?fields=${fields}`, { method: 'PATCH', headers: google(), body: JSON.stringify(body) });
}

describe('Drive API fake', () => {
  it('says who the caller is (about.get), and only with the fields parameter Drive requires', async () => {
    const me = await sandbox().fetch('https://www.googleapis.com/drive/v3/about?fields=user(emailAddress,displayName)', { headers: google() });
    expect(await me.json()).toEqual({ user: { emailAddress: 'alice@example.com', displayName: 'Alice Archer' } });
    const bob = await sandbox().fetch('https://www.googleapis.com/drive/v3/about?fields=user(emailAddress)', {
      headers: { authorization: `Bearer ${sandbox().googleTokens()['bob@example.com']}` },
    });
    expect(await bob.json()).toEqual({ user: { emailAddress: 'bob@example.com' } });
    expect((await sandbox().fetch('https://www.googleapis.com/drive/v3/about', { headers: google() })).status).toBe(400);
  });

  // Changed: Drive revision ids are decimal and unrelated to Docs revisionIds, and Docs folds
  // writes into the head Drive revision, so publishing a scanned state means publishing head right after the scan.
  it('publishes a Drive revision, so text typed after it stays private; a Docs revisionId is no Drive revision', async () => {
    const { documentId } = sandbox().createDoc({ title: 'Outage', text: 'Database down.' });
    const docsRevision = await type(documentId, ' Redacted.');
    expect((await publish(documentId, docsRevision, { published: true })).status).toBe(404);
    const res = await publish(documentId, 'head', { published: true, publishedOutsideDomain: true });
    expect(res.status).toBe(200);
    const revision = await jsonOf(res);
    expect(revision).toMatchObject({ id: '1', published: true, publishAuto: false });
    expect(String(revision['publishedLink'])).toMatch(/^https:\/\/docs\.google\.com\/document\/d\/e\/2PACX-.+\/pub$/);
    await type(documentId, ' Alice Archer restarted it.');

    const page = await (await sandbox().fetch(`https://docs.google.com/document/d/${documentId}/pub`)).text();
    expect(page).toContain('Database down. Redacted.');
    expect(page).not.toContain('Alice Archer');
    const byKey = await sandbox().fetch(String(revision['publishedLink']));
    expect(await byKey.text()).not.toContain('Alice Archer');
    const doc = sandbox().world().docs[0];
    expect(doc?.publishedRevisionId).toBe('1');
    expect(doc?.driveRevisions.map((r) => r.id)).toEqual(['1', '2']);
    expect(doc?.publishedText).toBe('Database down. Redacted.\n');
    expect(doc?.text).toContain('Alice Archer');
  });

  // Changed: publishAuto takes effect only on a file already published (tidyverse/googledrive PR #47), so it is sent twice.
  it('turns on publishAuto only once the file is published, then the page follows the content', async () => {
    const { documentId } = sandbox().createDoc({ title: 'Outage', text: 'one' });
    const first = await jsonOf(await publish(documentId, 'head', { published: true, publishAuto: true }));
    expect(first).toMatchObject({ published: true, publishAuto: false });
    await type(documentId, ' two');
    expect(sandbox().world().docs[0]?.publishedText).toBe('one\n');
    await publish(documentId, 'head', { published: true, publishAuto: true });
    await type(documentId, ' three');
    expect(sandbox().world().docs[0]?.publishedText).toBe('one two three\n');
    const head = await jsonOf(await sandbox().fetch(`${DRIVE}/${documentId}/revisions/head?fields=published,publishAuto`, { headers: google() }));
    expect(head).toEqual({ published: true, publishAuto: true });
  });

  it('answers 400 on /pub for a doc that is not published, and 404 for an unknown key', async () => {
    const { documentId } = sandbox().createDoc({ title: 'Outage', text: 'secret' });
    expect((await sandbox().fetch(`https://docs.google.com/document/d/${documentId}/pub`)).status).toBe(400);
    expect((await sandbox().fetch('https://docs.google.com/document/d/e/2PACX-nothing/pub')).status).toBe(404);
  });

  it('returns only the default revision fields without a fields parameter', async () => {
    const { documentId, driveRevisionId } = sandbox().createDoc({ title: 'Outage' });
    const res = await sandbox().fetch(`${DRIVE}/${documentId}/revisions/${driveRevisionId}`, { headers: google() });
    expect(Object.keys(await jsonOf(res)).sort()).toEqual(['id', 'kind', 'mimeType', 'modifiedTime']);
    expect((await sandbox().fetch(`${DRIVE}/${documentId}/revisions/nope`, { headers: google() })).status).toBe(404);
  });

  it('grants company-wide edit rights with a domain writer permission', async () => {
    const { documentId } = sandbox().createDoc({ title: 'Outage' });
    const res = await sandbox().fetch(`${DRIVE}/${documentId}/permissions`, {
      method: 'POST',
      headers: google(),
      body: JSON.stringify({ type: 'domain', role: 'writer', domain: 'example.com' }),
    });
    expect(res.status).toBe(200);
    expect(Object.keys(await jsonOf(res)).sort()).toEqual(['id', 'kind', 'role', 'type']);
    expect(sandbox().world().docs[0]?.permissions).toContainEqual(expect.objectContaining({ type: 'domain', role: 'writer', domain: 'example.com' }));
    const bad = await sandbox().fetch(`${DRIVE}/${documentId}/permissions`, {
      method: 'POST',
      headers: google(),
      body: JSON.stringify({ type: 'domain', role: 'boss', domain: 'example.com' }),
    });
    expect(bad.status).toBe(400);
  });

  it('applies the fields selector on files.get and rejects unknown fields', async () => {
    const { documentId } = sandbox().createDoc({ title: 'Outage' });
    const res = await sandbox().fetch(`${DRIVE}/${documentId}?fields=id,name,webViewLink,permissions(type,role)`, { headers: google() });
    expect(await res.json()).toEqual({
      id: documentId,
      name: 'Outage',
      webViewLink: `https://docs.google.com/document/d/${documentId}/edit?usp=drivesdk`,
      permissions: [{ type: 'user', role: 'owner' }],
    });
    const bad = await sandbox().fetch(`${DRIVE}/${documentId}?fields=id,colour`, { headers: google() });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('colour');
  });

  it('copies a template into a new doc with its own id and revisions', async () => {
    const { documentId } = sandbox().createDoc({ title: 'Template', text: 'Timeline\nImpact' });
    const res = await sandbox().fetch(`${DRIVE}/${documentId}/copy`, { method: 'POST', headers: google(), body: JSON.stringify({ name: 'Incident 42' }) });
    const copy = await jsonOf(res);
    expect(copy).toMatchObject({ kind: 'drive#file', name: 'Incident 42', mimeType: 'application/vnd.google-apps.document' });
    expect(copy['id']).not.toBe(documentId);
    expect(
      sandbox()
        .world()
        .docs.find((d) => d.documentId === copy['id'])?.text,
    ).toBe('Timeline\nImpact\n');
  });

  it('creates a doc with appProperties and finds it again with a files.list query', async () => {
    const created = await sandbox().fetch(`${DRIVE}?fields=id,name`, {
      method: 'POST',
      headers: google(),
      body: JSON.stringify({ name: 'Incident 9', mimeType: 'application/vnd.google-apps.document', appProperties: { incidentDesk: "inc-9's" } }),
    });
    const file = await jsonOf(created);
    sandbox().createDoc({ title: 'Unrelated' });
    const q = `appProperties has { key='incidentDesk' and value='inc-9\\'s' } and trashed = false`;
    const found = await jsonOf(await sandbox().fetch(`${DRIVE}?${new URLSearchParams({ q, fields: 'files(id,name)' })}`, { headers: google() }));
    expect(found).toEqual({ files: [{ id: file['id'], name: 'Incident 9' }] });
    expect((await sandbox().fetch(`${DRIVE}?q=${encodeURIComponent('starred = true')}`, { headers: google() })).status).toBe(400);
  });

  it('answers an unknown file with 404 notFound', async () => {
    const res = await sandbox().fetch(`${DRIVE}/nope?fields=id`, { headers: google() });
    expect(res.status).toBe(404);
    expect(JSON.stringify(await res.json())).toContain('File not found: nope.');
  });
});
