// The migrations from what earlier versions stored. today.json is chrome.storage.local as the
// last unversioned build left it (test/tools/capture-storage-fixture.ts): an active incident
// whose tweet and Slack posts were still retrying. The older fixture is the shape of the version
// that published the working doc itself (git history of src/background/declare-steps.ts before
// the public copy: publish result { publicUrl, revisionId }), with a resolved incident and a
// colleague's joined incident of that version beside the active one.
import { describe, expect, it } from 'vitest';
import { runnable, type Step } from '../core/outbox';
import { migrate, MigrationError, STORAGE_VERSION } from './migrations';
import { UNPUBLISH_STEP } from './legacy-public-copy';
import today from './fixtures/unversioned-active-incident.json';
import older from './fixtures/unversioned-working-doc-published.json';

const NOW = Date.parse('2026-12-03T00:00:00Z');
const clone = <T>(value: T): T => structuredClone(value);
const upgraded = (state: Record<string, unknown>) => ({ ...state, ...migrate(state, NOW) });
const stepsOf = (state: Record<string, unknown>, incidentId: string) =>
  Object.fromEntries((state['outbox'] as Step[]).filter((s) => s.incidentId === incidentId).map((s) => [s.name, s]));

describe("today's unversioned shape", () => {
  it('gets version 1 and nothing else changes, so the pending tweet and posts still go out', () => {
    const state = clone(today);
    expect(migrate(state, NOW)).toEqual({ schemaVersion: STORAGE_VERSION });
    const after = upgraded(state);
    expect(after['outbox']).toEqual(today.outbox);
    const pending = runnable(after['outbox'] as Step[], NOW).map((s) => s.name);
    expect(pending).toEqual(['tweet', 'marketing', 'devrel']);
  });

  it('is migrated once: a current store, or one a newer version wrote, is left alone', () => {
    expect(migrate(upgraded(clone(today)), NOW)).toBeUndefined();
    expect(migrate({ ...clone(today), schemaVersion: STORAGE_VERSION + 1 }, NOW)).toBeUndefined();
  });

  it('stamps a fresh install too', () => {
    expect(migrate({}, NOW)).toEqual({ schemaVersion: STORAGE_VERSION });
  });

  it('refuses a state it cannot read, writing nothing', () => {
    const broken = clone(today) as Record<string, unknown>;
    (broken['outbox'] as Record<string, unknown>[])[0]!['state'] = 'half-done';
    expect(() => migrate(broken, NOW)).toThrow(MigrationError);
    expect(() => migrate(broken, NOW)).toThrow(/outbox/);
  });
});

describe('the older design, where the working doc itself was published', () => {
  const active = older.activeIncidentId;
  const resolved = 'inc-20261101-0900-abcd';
  const joined = 'inc-20261202-0430-join';

  it('queues the public copy for the active incident declared here, then takes the working doc off the web', () => {
    const steps = stepsOf(upgraded(clone(older)), active);
    expect(steps['publish']).toEqual({
      key: `${active}:publish`,
      incidentId: active,
      name: 'publish',
      after: ['scan'],
      state: 'waiting',
      attempts: 0,
      updatedAt: NOW,
    });
    expect(steps[UNPUBLISH_STEP]).toMatchObject({
      after: ['publish'],
      state: 'waiting',
      payload: { formerPublicUrl: stepsOf(older, active)['publish']!.result!['publicUrl'] },
    });
  });

  it('posts nothing twice: the tweet and the marketing call stay done; the devrel notice waits for the public copy', () => {
    const before = stepsOf(older, active);
    const after = upgraded(clone(older));
    const steps = stepsOf(after, active);
    expect(steps['tweet']).toEqual(before['tweet']);
    expect(steps['marketing']).toEqual(before['marketing']);
    expect(steps['devrel']).toEqual(before['devrel']);
    const next = runnable(after['outbox'] as Step[], NOW)
      .filter((s) => s.incidentId === active)
      .map((s) => s.name);
    expect(next).toEqual(['publish']);
  });

  it("leaves a resolved incident and a colleague's joined incident as they were", () => {
    const after = upgraded(clone(older));
    expect(stepsOf(after, resolved)).toEqual(stepsOf(older, resolved));
    expect(stepsOf(after, joined)).toEqual(stepsOf(older, joined));
  });

  it('fills the settings fields added since (the self-hosted GitLab application id)', () => {
    const changes = migrate(clone(older), NOW)!;
    expect((changes['settings'] as { gitlab: Record<string, unknown> }).gitlab).toEqual({ ...older.settings.gitlab, oauthClientId: '' });
    expect(migrate(clone(today), NOW)).not.toHaveProperty('settings');
  });

  it('is idempotent: migrating the result again changes nothing', () => {
    const once = upgraded(clone(older));
    expect(migrate({ ...once, schemaVersion: undefined }, NOW)).toEqual({ schemaVersion: STORAGE_VERSION });
  });
});
