import { describe, expect, it } from 'vitest';
import { jsonOf, useSandbox } from '../sandbox-fixture';

const sandbox = useSandbox();

describe('Zoom API fake', () => {
  it('creates a meeting for me with join and start URLs', async () => {
    const res = await sandbox().fetch('https://api.zoom.us/v2/users/me/meetings', {
      method: 'POST',
      headers: { authorization: `Bearer ${sandbox().tokens().zoom}`, 'content-type': 'application/json' },
      body: JSON.stringify({ topic: 'War room: database outage', type: 1 }),
    });
    expect(res.status).toBe(201);
    const meeting = await jsonOf(res);
    expect(meeting).toMatchObject({ topic: 'War room: database outage', type: 1 });
    expect(String(meeting['join_url'])).toMatch(/^https:\/\/zoom\.us\/j\/\d+\?pwd=/);
    expect(String(meeting['start_url'])).toMatch(/^https:\/\/zoom\.us\/s\/\d+/);
    expect(sandbox().world().meetings).toHaveLength(1);
    const join = await sandbox().fetch(String(meeting['join_url']));
    expect(await join.text()).toContain('War room: database outage');
  });

  it('lists a meeting as live only once the host opened start_url', async () => {
    const auth = { authorization: `Bearer ${sandbox().tokens().zoom}` };
    const meeting = await jsonOf(
      await sandbox().fetch('https://api.zoom.us/v2/users/me/meetings', {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ topic: 'War room', type: 1 }),
      }),
    );
    const live = async (): Promise<unknown[]> =>
      (await jsonOf(await sandbox().fetch('https://api.zoom.us/v2/users/me/meetings?type=live', { headers: auth })))['meetings'] as unknown[];
    expect(await live()).toEqual([]);
    const upcoming = await jsonOf(await sandbox().fetch('https://api.zoom.us/v2/users/me/meetings?type=upcoming', { headers: auth }));
    expect(upcoming['total_records']).toBe(1);
    await sandbox().fetch(String(meeting['start_url']));
    expect(await live()).toEqual([expect.objectContaining({ id: meeting['id'], topic: 'War room' })]);
  });

  it('rejects a bad token with code 124', async () => {
    const res = await sandbox().fetch('https://api.zoom.us/v2/users/me/meetings', { method: 'POST', headers: { authorization: 'Bearer nope' }, body: '{}' });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ code: 124, message: 'Invalid access token.' });
  });
});

describe('PagerDuty Events API fake', () => {
  const enqueue = (event: Record<string, unknown>): Promise<Response> =>
    sandbox().fetch('https://events.pagerduty.com/v2/enqueue', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ routing_key: sandbox().tokens().pagerduty, ...event }),
    });
  const trigger = { event_action: 'trigger', payload: { summary: 'Major incident declared', source: 'incident-desk', severity: 'critical' } };

  it('folds triggers with an open dedup_key into one alert, and opens a new one after resolve', async () => {
    const first = await enqueue({ ...trigger, dedup_key: 'inc-1' });
    expect(first.status).toBe(202);
    expect(await first.json()).toEqual({ status: 'success', message: 'Event processed', dedup_key: 'inc-1' });
    await enqueue({ ...trigger, dedup_key: 'inc-1' });
    expect(sandbox().world().pages).toHaveLength(1);
    await enqueue({ event_action: 'resolve', dedup_key: 'inc-1' });
    await enqueue({ ...trigger, dedup_key: 'inc-1' });
    expect(
      sandbox()
        .world()
        .pages.map((p) => p.status),
    ).toEqual(['resolved', 'triggered']);
  });

  it('generates a dedup_key when none is given and rejects an invalid event with 400', async () => {
    const body = await jsonOf(await enqueue(trigger));
    expect(String(body['dedup_key'])).toHaveLength(32);
    const bad = await enqueue({ event_action: 'trigger', payload: { summary: 'x' } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ status: 'invalid event', message: 'Event object is invalid' });
  });
});
