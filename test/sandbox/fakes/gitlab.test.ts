import { describe, expect, it } from 'vitest';
import { jsonOf, useSandbox } from '../sandbox-fixture';

const sandbox = useSandbox({ gitlabSelfHostedHost: 'git.corp.test' });
const PROJECT = encodeURIComponent('gitlab-com/infrastructure');

function gitlab(path: string, init: { method?: string; body?: unknown; host?: string; token?: string } = {}): Promise<Response> {
  return sandbox().fetch(`https://${init.host ?? 'gitlab.com'}/api/v4${path}`, {
    method: init.method ?? 'GET',
    headers: { 'PRIVATE-TOKEN': init.token ?? sandbox().tokens().gitlab, 'content-type': 'application/json' },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
}

describe('GitLab API fake', () => {
  it('creates an issue with 201 on a URL-encoded project path', async () => {
    const res = await gitlab(`/projects/${PROJECT}/issues`, {
      method: 'POST',
      body: { title: 'Outage 2024-05-01', description: 'Timeline…', labels: 'outage,incident' },
    });
    expect(res.status).toBe(201);
    const issue = await jsonOf(res);
    expect(issue).toMatchObject({
      iid: 1,
      project_id: 7764,
      state: 'opened',
      labels: ['outage', 'incident'],
      web_url: 'https://gitlab.com/gitlab-com/infrastructure/-/issues/1',
      references: { short: '#1', relative: '#1', full: 'gitlab-com/infrastructure#1' },
    });
    const second = await jsonOf(await gitlab('/projects/7764/issues', { method: 'POST', body: { title: 'again' } }));
    expect(second['iid']).toBe(2);
    expect(second['id']).not.toBe(issue['id']);
  });

  it('answers an unencoded slash in the project path with 404 Project Not Found', async () => {
    const res = await gitlab('/projects/gitlab-com/infrastructure/issues', { method: 'POST', body: { title: 'x' } });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ message: '404 Project Not Found' });
    expect(sandbox().world().issues).toEqual([]);
  });

  it('searches issues by text and labels, and edits them', async () => {
    await gitlab('/projects/7764/issues', { method: 'POST', body: { title: 'Database outage', labels: 'outage' } });
    await gitlab('/projects/7764/issues', { method: 'POST', body: { title: 'Database upgrade', labels: 'maintenance' } });
    const found = (await (await gitlab('/projects/7764/issues?search=database&labels=outage')).json()) as Array<Record<string, unknown>>;
    expect(found.map((i) => i['title'])).toEqual(['Database outage']);
    const edited = await jsonOf(await gitlab('/projects/7764/issues/1', { method: 'PUT', body: { add_labels: 'blog-post', state_event: 'close' } }));
    expect(edited).toMatchObject({ labels: ['outage', 'blog-post'], state: 'closed' });
  });

  it('adds notes with 201 and runs unescaped quick actions, as GitLab would', async () => {
    await gitlab('/projects/7764/issues', { method: 'POST', body: { title: 'Outage', description: 'Timeline\n/label ~security\nend' } });
    const note = await gitlab('/projects/7764/issues/1/notes', { method: 'POST', body: { body: 'Post-mortem done.\n/close' } });
    expect(note.status).toBe(201);
    expect(await note.json()).toMatchObject({ body: 'Post-mortem done.', noteable_type: 'Issue', noteable_iid: 1 });
    const issue = sandbox().world().issues[0];
    expect(issue).toMatchObject({ state: 'closed', labels: ['security'], description: 'Timeline\nend' });
    expect(issue?.quickActions).toEqual(['/label ~security', '/close']);
  });

  it('rejects missing or bad credentials with 401 and validates the title', async () => {
    const res = await gitlab('/projects/7764/issues', { token: 'glpat-wrong' });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ message: '401 Unauthorized' });
    expect((await gitlab('/projects/7764/issues', { method: 'POST', body: { description: 'no title' } })).status).toBe(400);
    const long = await gitlab('/projects/7764/issues', { method: 'POST', body: { title: 'x'.repeat(256) } });
    expect(await long.json()).toEqual({ message: { title: ['is too long (maximum is 255 characters)'] } });
  });

  it('throttles with 429, Retry-After and RateLimit headers when a fault is armed', async () => {
    sandbox().fault({ host: 'gitlab.com', method: 'POST', path: '/issues', status: 429, retryAfter: 60 });
    const res = await gitlab('/projects/7764/issues', { method: 'POST', body: { title: 'x' } });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('60');
    expect(res.headers.get('ratelimit-remaining')).toBe('0');
    expect(await res.json()).toEqual({ message: 'This endpoint has been requested too many times. Try again later.' });
    expect(sandbox().world().issues).toEqual([]);
  });

  it('keeps the self-hosted instance separate from gitlab.com', async () => {
    await gitlab(`/projects/${PROJECT}/issues`, { method: 'POST', host: 'git.corp.test', body: { title: 'internal' } });
    expect(await (await gitlab('/projects/7764/issues')).json()).toEqual([]);
    expect(sandbox().world().issues[0]?.web_url).toBe('https://git.corp.test/gitlab-com/infrastructure/-/issues/1');
  });

  it('refuses an attribute the GitLab docs do not list for the call, or one of the wrong type', async () => {
    const post = (body: unknown): Promise<Response> =>
      sandbox().fetch('https://gitlab.com/api/v4/projects/7764/issues', {
        method: 'POST',
        headers: { 'private-token': sandbox().tokens().gitlab, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const unknown = await post({ title: 'Outage', desc: 'typo of description' });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toEqual({ error: 'desc is invalid' });
    expect((await post({ title: 'Outage', confidential: 'maybe' })).status).toBe(400);
    expect((await post({ title: 'Outage', labels: 'outage,db', confidential: false })).status).toBe(201);
    const list = await sandbox().fetch('https://gitlab.com/api/v4/projects/7764/issues?search=x&in=description&state=all&per_page=100&colour=red', {
      headers: { 'private-token': sandbox().tokens().gitlab },
    });
    expect(list.status).toBe(400);
  });
});
