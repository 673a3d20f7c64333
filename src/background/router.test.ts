import { describe, expect, it } from 'vitest';
import { createRouter, type Handlers } from './router';
import { AppError } from '../core/errors';

// Only the handlers these tests route to; the router looks handlers up by message type.
const handlers = {
  ping: async () => ({ version: '1', workerStartedAt: '2026-01-01T00:00:00.000Z', messagesHandled: 1 }),
  'connections/get': async () => {
    throw new Error('storage exploded');
  },
  'connections/connect': async ({ service }: { service: string }) => {
    throw new AppError('denied', `${service} said no`);
  },
  'connections/disconnect': async () => ({ connected: false }),
  'doc/status': async ({ documentId }: { documentId: string }) => ({ documentId, title: 'T', revisionId: 'r1' }),
} as Partial<Handlers> as Handlers;
const route = createRouter(handlers, 'self');
const me = { id: 'self' };

describe('message router', () => {
  it('answers a valid message with the handler result', async () => {
    expect(await route({ type: 'doc/status', payload: { documentId: 'abcdef123' } }, me)).toEqual({
      ok: true,
      data: { documentId: 'abcdef123', title: 'T', revisionId: 'r1' },
    });
  });

  it('rejects messages from another extension before looking at them', async () => {
    const reply = await route({ type: 'ping', payload: {} }, { id: 'someone-else' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'foreign_sender' } });
  });

  it.each([null, 'ping', 42, {}, { type: 'nope' }, { type: 'toString' }])('rejects unknown message %j', async (msg) => {
    expect(await route(msg, me)).toMatchObject({ ok: false, error: { code: 'unknown_message' } });
  });

  it('names the bad field of a malformed payload', async () => {
    const reply = await route({ type: 'doc/status', payload: { documentId: '../../etc' } }, me);
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad_message' } });
    expect(!reply.ok && reply.error.message).toContain('documentId');
  });

  it('rejects extra fields instead of passing them on', async () => {
    const reply = await route({ type: 'connections/connect', payload: { service: 'x', token: 'steal' } }, me);
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad_message' } });
  });

  it('passes an AppError through with its code and turns other errors into a readable internal error', async () => {
    expect(await route({ type: 'connections/connect', payload: { service: 'x' } }, me)).toEqual({
      ok: false,
      error: { code: 'denied', message: 'x said no' },
    });
    const reply = await route({ type: 'connections/get', payload: {} }, me);
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(!reply.ok && reply.error.message).toContain('storage exploded');
  });
});
