import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PortInUseError, startSandbox } from './index';
import { jsonOf, useSandbox } from './sandbox-fixture';

const sandbox = useSandbox();

async function control(path: string, body?: unknown): Promise<Response> {
  return fetch(
    `${sandbox().controlUrl}${path}`,
    body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
  );
}

describe('sandbox server', () => {
  it('maps every host the extension talks to, including the self-hosted GitLab', () => {
    expect(sandbox().hosts).toEqual(
      expect.arrayContaining([
        'docs.google.com',
        'docs.googleapis.com',
        'www.googleapis.com',
        'accounts.google.com',
        'oauth2.googleapis.com',
        'slack.com',
        'hooks.slack.com',
        'app.slack.com',
        'api.x.com',
        'api.twitter.com',
        'x.com',
        'gitlab.com',
        'gitlab.example.test',
        'zoom.us',
        'api.zoom.us',
        'events.pagerduty.com',
      ]),
    );
  });

  it('answers an unknown host or path with a clear 404 JSON', async () => {
    const res = await fetch(`https://127.0.0.1:${sandbox().port}/`).catch(() => undefined);
    expect(res).toBeUndefined(); // plain fetch refuses the self-signed certificate: nothing is trusted by accident
    const path = await sandbox().fetch('https://docs.googleapis.com/v2/nothing');
    expect(path.status).toBe(404);
    const pd = await jsonOf(await sandbox().fetch('https://events.pagerduty.com/v1/nothing'));
    expect(JSON.stringify(pd)).toContain('/v1/nothing');
    await expect(sandbox().fetch('https://example.com/')).rejects.toThrow(/not one of the sandbox's hosts/);
  });

  it('draws an editor-shaped page that polls its own host for the doc', async () => {
    const { documentId } = sandbox().createDoc({ title: 'Incident 7: database', text: 'Timeline\n09:12 UTC errors' });
    const res = await sandbox().fetch(`https://docs.google.com/document/d/${documentId}/edit`);
    const page = await res.text();
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(page).toContain('<title>Incident 7: database - Google Docs</title>');
    // Drawn on a canvas from the model the page carries, as Docs does: no text in the markup itself.
    expect(page).toContain('09:12 UTC errors');
    expect(page.replace(/<script>[\s\S]*?<\/script>/g, '')).not.toContain('09:12 UTC errors');
    expect(page).toContain('class="kix-appview-editor-container"');
    expect(page).toContain("canvas.className = 'kix-canvas-tile-content'");
    const poll = /"(\/__sandbox\/doc\/[^"]+)"/.exec(page)?.[1] ?? '';
    const state = await jsonOf(await sandbox().fetch(`https://docs.google.com${poll}`));
    expect(state['revisionId']).toBe(sandbox().world().docs[0]?.revisionId);
    // The poll is the page's own plumbing, not traffic from the code under test.
    expect(
      sandbox()
        .world()
        .requests.map((r) => r.path),
    ).toEqual([`/document/d/${documentId}/edit`]);
    expect((await sandbox().fetch('https://docs.google.com/document/d/nope/edit')).status).toBe(404);
  });

  it('logs every request so tests can assert there were no duplicates', async () => {
    await sandbox().fetch('https://events.pagerduty.com/v2/enqueue', { method: 'POST', body: '{}' });
    expect(sandbox().world().requests).toEqual([expect.objectContaining({ host: 'events.pagerduty.com', method: 'POST', path: '/v2/enqueue', status: 400 })]);
  });

  it('applies a fault only count times, matching by host, method and regex path', async () => {
    sandbox().fault({ host: 'slack.com', method: 'POST', path: '/chat\\.post/', status: 500, count: 2 });
    const post = (): Promise<Response> =>
      sandbox().fetch('https://slack.com/api/chat.postMessage', {
        method: 'POST',
        headers: { authorization: `Bearer ${sandbox().tokens().slack}` },
        body: new URLSearchParams({ channel: 'marketing', text: 'x' }),
      });
    expect((await sandbox().fetch('https://slack.com/api/chat.postMessage', { headers: { authorization: `Bearer ${sandbox().tokens().slack}` } })).status).toBe(
      200,
    );
    expect([(await post()).status, (await post()).status, (await post()).status]).toEqual([500, 500, 200]);
  });

  it('delays requests by delayMs, then serves them normally when no error status is given', async () => {
    sandbox().fault({ path: '/v2/enqueue', delayMs: 150 });
    sandbox().fault({ path: '/v2/enqueue', status: 200, delayMs: 150 });
    for (const expected of [400, 400]) {
      const t0 = Date.now();
      const res = await sandbox().fetch('https://events.pagerduty.com/v2/enqueue', { method: 'POST', body: '{}' });
      expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
      expect(res.status).toBe(expected);
    }
    sandbox().fault({ path: '/v2/enqueue', status: 200, body: { status: 'success' } });
    expect(await (await sandbox().fetch('https://events.pagerduty.com/v2/enqueue', { method: 'POST', body: '{}' })).json()).toEqual({ status: 'success' });
  });

  it('cuts the connection for a drop fault, as a lost network does, then serves normally', async () => {
    sandbox().fault({ path: '/v2/enqueue', drop: true });
    await expect(sandbox().fetch('https://events.pagerduty.com/v2/enqueue', { method: 'POST', body: '{}' })).rejects.toThrow();
    expect((await sandbox().fetch('https://events.pagerduty.com/v2/enqueue', { method: 'POST', body: '{}' })).status).toBe(400);
    expect(
      sandbox()
        .world()
        .requests.filter((r) => r.path === '/v2/enqueue')
        .map((r) => r.status),
    ).toEqual([0, 400]);
  });

  it('can carry a request out and still answer with an error, as a lost response', async () => {
    sandbox().fault({ host: 'api.x.com', path: '/2/tweets', served: true, status: 503 });
    const res = await sandbox().fetch('https://api.x.com/2/tweets', {
      method: 'POST',
      headers: { authorization: `Bearer ${sandbox().tokens().x}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'served but unheard' }),
    });
    expect(res.status).toBe(503);
    expect(
      sandbox()
        .world()
        .tweets.map((t) => t.text),
    ).toEqual(['served but unheard']);
  });

  it('refuses a malformed fault with a readable error', () => {
    expect(() => sandbox().fault({ path: '', status: 500 })).toThrow(/path/);
    expect(() => sandbox().fault({ path: '/x', status: 42 })).toThrow(/status/);
  });
});

describe('control interface', () => {
  it('creates docs, hands out and revokes tokens, arms faults and resets', async () => {
    const created = await jsonOf(await control('/docs', { title: 'From control', text: 'hello' }));
    expect(created['editUrl']).toBe(`https://docs.google.com/document/d/${String(created['documentId'])}/edit`);
    const tokens = (await jsonOf(await control('/tokens', {}))) as Record<string, string>;
    expect(Object.keys(tokens).sort()).toEqual(['gitlab', 'google', 'googleUsers', 'pagerduty', 'slack', 'x', 'zoom']);
    expect((await control('/faults', { path: '/v1/documents', status: 503 })).status).toBe(201);
    const docs = `https://docs.googleapis.com/v1/documents/${String(created['documentId'])}`;
    expect((await sandbox().fetch(docs, { headers: { authorization: `Bearer ${tokens['google'] ?? ''}` } })).status).toBe(503);
    expect((await control('/tokens/revoke', { service: 'google' })).status).toBe(200);
    expect((await sandbox().fetch(docs, { headers: { authorization: `Bearer ${tokens['google'] ?? ''}` } })).status).toBe(401);
    const world = await jsonOf(await control('/world'));
    expect((world['docs'] as unknown[]).length).toBe(1);
    expect((world['requests'] as Array<{ status: number }>).map((r) => r.status)).toEqual([503, 401]);
    await control('/reset', {});
    expect(sandbox().world().docs).toEqual([]);
    expect((await control('/faults', { status: 500 })).status).toBe(400);
  });

  it('draws the outside world as a page', async () => {
    const { documentId } = sandbox().createDoc({ title: 'Visible doc', text: 'text <b>escaped</b>' });
    const page = await (await control('/')).text();
    expect(page).toContain('What the outside world saw');
    expect(page).toContain(documentId);
    expect(page).toContain('text &#60;b&#62;escaped&#60;/b&#62;');
  });

  it('cannot be reached through the mapped hosts', async () => {
    const res = await sandbox().fetch('https://docs.google.com/world');
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('"docs"');
  });
});

describe('ports', () => {
  it('fails with a clear PortInUseError when the port is taken', async () => {
    const err = await startSandbox({ port: sandbox().port }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PortInUseError);
    expect(String((err as Error).message)).toMatch(new RegExp(`port ${sandbox().port} on 127.0.0.1 is already in use`));
    const control = await startSandbox({ controlPort: sandbox().controlPort }).catch((e: unknown) => e);
    expect(control).toBeInstanceOf(PortInUseError);
  });

  it('makes `npm run sandbox` print one line and exit 1 when the port is taken', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/sandbox/cli.ts', '--port', String(sandbox().port)], { cwd: process.cwd() });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      `sandbox: sandbox HTTPS port ${sandbox().port} on 127.0.0.1 is already in use; pick another port or stop whatever holds it`,
    ]);
  }, 20_000);
});
