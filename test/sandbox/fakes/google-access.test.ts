import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { jsonOf, useSandbox } from '../sandbox-fixture';

const sandbox = useSandbox();
const DRIVE = 'https://www.googleapis.com/drive/v3/files';
const DOCS = 'https://docs.googleapis.com/v1/documents';
const CLIENT = 'incident-desk.apps.googleusercontent.com';
const FILE_SCOPES = 'https://www.googleapis.com/auth/documents https://www.googleapis.com/auth/drive.file';
const h = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });

describe('Google users, scopes and access', () => {
  it('drive.file reaches through Drive only the files this user made with this client; Docs with documents reaches the rest', async () => {
    const template = sandbox().createDoc({ title: 'Template', text: 'Timeline' });
    const { access } = sandbox().issueToken('google', { scope: FILE_SCOPES, user: 'alice@example.com' });
    expect((await sandbox().fetch(`${DRIVE}/${template.documentId}/copy`, { method: 'POST', headers: h(access), body: '{}' })).status).toBe(404);
    expect((await sandbox().fetch(`${DOCS}/${template.documentId}`, { headers: h(access) })).status).toBe(200);
    const made = await jsonOf(
      await sandbox().fetch(DRIVE, {
        method: 'POST',
        headers: h(access),
        body: JSON.stringify({ name: 'Incident', mimeType: 'application/vnd.google-apps.document' }),
      }),
    );
    expect((await sandbox().fetch(`${DRIVE}/${String(made['id'])}?fields=id`, { headers: h(access) })).status).toBe(200);
    expect(
      sandbox()
        .world()
        .docs.find((d) => d.documentId === made['id'])?.creator,
    ).toEqual({ user: 'alice@example.com', clientId: CLIENT });
    // Another client of the same user does not reach it either.
    const other = sandbox().issueToken('google', { scope: FILE_SCOPES, user: 'alice@example.com', clientId: 'someone-else.apps.googleusercontent.com' });
    expect((await sandbox().fetch(`${DRIVE}/${String(made['id'])}?fields=id`, { headers: h(other.access) })).status).toBe(404);
    const listed = await jsonOf(await sandbox().fetch(`${DRIVE}?fields=files(id)`, { headers: h(access) }));
    expect(listed['files']).toEqual([{ id: made['id'] }]);
  });

  it('lets a colleague reach a doc only once it is shared with them or their domain', async () => {
    const { documentId } = sandbox().createDoc({ title: 'Alice only', text: 'secret' });
    const bob = sandbox().googleTokens()['bob@example.com'] ?? '';
    const driveGet = await sandbox().fetch(`${DRIVE}/${documentId}?fields=id`, { headers: h(bob) });
    expect(driveGet.status).toBe(404);
    expect(JSON.stringify(await driveGet.json())).toContain(`File not found: ${documentId}.`);
    const docsGet = await sandbox().fetch(`${DOCS}/${documentId}`, { headers: h(bob) });
    expect(docsGet.status).toBe(403);
    expect(((await docsGet.json()) as { error: { status: string } }).error.status).toBe('PERMISSION_DENIED');
    sandbox().share(documentId, { type: 'domain', role: 'reader', domain: 'example.com' });
    const read = await jsonOf(await sandbox().fetch(`${DOCS}/${documentId}`, { headers: h(bob) }));
    // A reader gets no revisionId (populated only with edit access) and cannot write.
    expect(read['revisionId']).toBeUndefined();
    const write = await sandbox().fetch(`${DOCS}/${documentId}:batchUpdate`, {
      method: 'POST',
      headers: h(bob),
      body: JSON.stringify({ requests: [{ insertText: { location: { index: 1 }, text: 'x' } }] }),
    });
    expect(write.status).toBe(403);
  });

  it('gives each user a different opaque Docs revisionId for the same state, unrelated to the numeric Drive ids', async () => {
    const { documentId, revisionId, driveRevisionId } = sandbox().createDoc({ title: 'Shared', text: 'x' });
    sandbox().share(documentId, { type: 'user', role: 'writer', emailAddress: 'bob@example.com' });
    const bob = sandbox().googleTokens()['bob@example.com'] ?? '';
    const bobs = await jsonOf(await sandbox().fetch(`${DOCS}/${documentId}`, { headers: h(bob) }));
    expect(bobs['revisionId']).not.toBe(revisionId);
    expect(driveRevisionId).toBe('1');
    // Alice's revision id is no good as Bob's requiredRevisionId.
    const stale = await sandbox().fetch(`${DOCS}/${documentId}:batchUpdate`, {
      method: 'POST',
      headers: h(bob),
      body: JSON.stringify({ requests: [{ insertText: { location: { index: 1 }, text: 'b' } }], writeControl: { requiredRevisionId: revisionId } }),
    });
    expect(stale.status).toBe(400);
  });

  it('merges Docs writes into Drive revisions: a new one after MERGE_WRITES writes or five minutes', async () => {
    const { documentId } = sandbox().createDoc({ title: 'Busy', text: '' });
    const type = (t: string): Promise<Response> =>
      sandbox().fetch(`${DOCS}/${documentId}:batchUpdate`, {
        method: 'POST',
        headers: h(sandbox().tokens().google),
        body: JSON.stringify({ requests: [{ insertText: { endOfSegmentLocation: {}, text: t } }] }),
      });
    for (let i = 0; i < 4; i++) await type(String(i));
    expect(
      sandbox()
        .world()
        .docs[0]?.driveRevisions.map((r) => r.id),
    ).toEqual(['1']);
    await type('4');
    expect(
      sandbox()
        .world()
        .docs[0]?.driveRevisions.map((r) => r.id),
    ).toEqual(['1', '2']);
    sandbox().advanceClock(5 * 60_000);
    await type('5');
    const list = await jsonOf(await sandbox().fetch(`${DRIVE}/${documentId}/revisions?fields=revisions(id)`, { headers: h(sandbox().tokens().google) }));
    expect(list['revisions']).toEqual([{ id: '1' }, { id: '2' }, { id: '3' }]);
    expect((await sandbox().fetch(`${DRIVE}/${documentId}/revisions/4`, { headers: h(sandbox().tokens().google) })).status).toBe(404);
  });

  it('answers publishing with 403 publishOutNotPermitted when the Workspace forbids it', async () => {
    const { documentId } = sandbox().createDoc({ title: 'Outage', text: 'x' });
    sandbox().setWorkspace({ allowPublishing: false });
    const res = await sandbox().fetch(`${DRIVE}/${documentId}/revisions/head`, {
      method: 'PATCH',
      headers: h(sandbox().tokens().google),
      body: JSON.stringify({ published: true }),
    });
    expect(res.status).toBe(403);
    expect(JSON.stringify(await res.json())).toContain('publishOutNotPermitted');
    expect(sandbox().world().docs[0]?.publishedRevisionId).toBeUndefined();
  });

  it('refuses unknown body fields and query parameters with Google’s 400 INVALID_ARGUMENT', async () => {
    const { documentId } = sandbox().createDoc({ title: 'Outage', text: 'x' });
    const g = h(sandbox().tokens().google);
    const body = await sandbox().fetch(`${DOCS}/${documentId}:batchUpdate`, {
      method: 'POST',
      headers: g,
      body: JSON.stringify({ requests: [{ insertText: { location: { index: 1 }, txt: 'x' } }] }),
    });
    expect(body.status).toBe(400);
    const err = ((await body.json()) as { error: { status: string; message: string } }).error;
    expect(err.status).toBe('INVALID_ARGUMENT');
    expect(err.message).toBe(`Invalid JSON payload received. Unknown name "txt" at 'requests[0].insert_text': Cannot find field.`);
    expect((await sandbox().fetch(`${DOCS}/${documentId}?includeTabsContent=yes`, { headers: g })).status).toBe(400);
    expect((await sandbox().fetch(`${DRIVE}/${documentId}?fields=id&suportsAllDrives=true`, { headers: g })).status).toBe(400);
    expect(
      (await sandbox().fetch(`${DRIVE}/${documentId}/revisions/head`, { method: 'PATCH', headers: g, body: JSON.stringify({ published: 'yes' }) })).status,
    ).toBe(400);
  });

  it('fails to start with a clear message when the spec files are missing', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/sandbox/cli.ts'], {
      cwd: process.cwd(),
      env: { ...process.env, SANDBOX_SPECS_DIR: '/nonexistent/specs' },
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain('/nonexistent/specs/google-docs-v1.discovery.json is missing');
  }, 20_000);
});
