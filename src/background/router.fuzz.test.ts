// Bad input, fuzzed: whatever a page, a content script or a settings file sends, the worker answers
// with an envelope (or per-field errors), keeps running, and a handler only ever sees a payload its
// schema accepts. Seeded, so a failure replays.
import * as fc from 'fast-check';
import * as v from 'valibot';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MESSAGES, type MessageType } from '../messages';
import { DEFAULT_SETTINGS, exportSettings, importSettings } from '../core/settings';
import { createRouter, type Handlers } from './router';

const storage = vi.hoisted(() => new Map<string, unknown>());
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local: {
        get: async (key: string) => (storage.has(key) ? { [key]: structuredClone(storage.get(key)) } : {}),
        set: async (items: Record<string, unknown>) => {
          for (const [k, value] of Object.entries(items)) storage.set(k, structuredClone(value));
        },
      },
    },
  },
}));

const { saveSettings } = await import('../features/settings/worker');

const SEED = 20261201;
const TYPES = Object.keys(MESSAGES) as MessageType[];

/** Handlers that record what reached them. */
function recordingRouter() {
  const calls: { type: MessageType; payload: unknown }[] = [];
  const handlers = Object.fromEntries(
    TYPES.map((type) => [type, async (payload: unknown) => (calls.push({ type, payload }), { handled: true })]),
  ) as unknown as Handlers;
  return { calls, route: createRouter(handlers, 'self') };
}

/** Payloads near a schema's shape: its own keys (and a stranger) with any values. */
function nearPayload(type: MessageType): fc.Arbitrary<unknown> {
  const schema = MESSAGES[type].request as unknown as { entries?: Record<string, unknown> };
  const keys = [...Object.keys(schema.entries ?? {}), 'extra', '__proto__'];
  return fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(...keys), fc.anything(), { maxKeys: keys.length }));
}

beforeEach(() => storage.clear());

describe('every message type, fuzzed from its schema', () => {
  it('answers with an envelope, and lets through only payloads the schema accepts', async () => {
    const { calls, route } = recordingRouter();
    const message = fc.constantFrom(...TYPES).chain((type) => fc.record({ type: fc.constant(type), payload: nearPayload(type) }));
    await fc.assert(
      fc.asyncProperty(message, async ({ type, payload }) => {
        calls.length = 0;
        const reply = await route({ type, payload }, { id: 'self' });
        if (reply.ok) {
          expect(calls).toHaveLength(1);
          expect(v.is(MESSAGES[type].request, calls[0]!.payload)).toBe(true);
        } else {
          expect(calls).toHaveLength(0);
          expect(reply.error.code).toBe('bad_message');
          expect(reply.error.message).toContain(`"${type}"`);
        }
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('answers junk that is not a message at all, from anyone, without calling anything', async () => {
    const { calls, route } = recordingRouter();
    await fc.assert(
      fc.asyncProperty(fc.anything(), fc.oneof(fc.constant('self'), fc.string()), async (junk, id) => {
        const reply = await route(junk, { id });
        if (!reply.ok) expect(['unknown_message', 'bad_message', 'foreign_sender']).toContain(reply.error.code);
      }),
      { seed: SEED, numRuns: 2000 },
    );
    // a junk value can only reach a handler by being a valid message of some type
    for (const call of calls) expect(v.is(MESSAGES[call.type].request, call.payload)).toBe(true);
  });
});

describe('malformed settings files', () => {
  const valid = JSON.parse(exportSettings(DEFAULT_SETTINGS)) as { settings: Record<string, unknown> };

  /** A valid file with one field somewhere replaced by anything, or removed, or the text cut. */
  const malformed = fc.oneof(
    fc
      .tuple(fc.constantFrom(...Object.keys(valid.settings)), fc.anything())
      .map(([key, value]) => JSON.stringify({ ...valid, settings: { ...valid.settings, [key]: value } })),
    fc.constantFrom(...Object.keys(valid.settings)).map((key) => {
      const settings = { ...valid.settings };
      delete settings[key];
      return JSON.stringify({ ...valid, settings });
    }),
    fc.nat({ max: exportSettings(DEFAULT_SETTINGS).length - 1 }).map((n) => exportSettings(DEFAULT_SETTINGS).slice(0, n)),
    fc.anything().map((x) => JSON.stringify(x) ?? 'undefined'),
    fc.string(),
  );

  it('gives 10,000 broken files per-field errors, saves none of them, and keeps the saved settings', async () => {
    const saved = { ...DEFAULT_SETTINGS, organisation: { name: 'Kept Org', domain: 'kept.example' } };
    storage.set('settings', saved);
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(malformed, async (text) => {
        const imported = importSettings(text);
        if (imported.ok) return; // a replacement that happens to be valid (e.g. the same value)
        refused += 1;
        expect(imported.errors.length).toBeGreaterThan(0);
        for (const e of imported.errors) expect(typeof e.field === 'string' && e.message.length > 0).toBe(true);
        // and the worker's save refuses the same input without touching what is stored
        const parsed = (() => {
          try {
            return (JSON.parse(text) as { settings?: unknown } | null)?.settings;
          } catch {
            return text;
          }
        })();
        const result = await saveSettings(parsed);
        if (!result.ok) expect(storage.get('settings')).toEqual(saved);
      }),
      { seed: SEED, numRuns: 10_000 },
    );
    expect(refused).toBeGreaterThan(9_000);
  });
});
