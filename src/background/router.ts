import * as v from 'valibot';
import { MESSAGES, type Envelope, type MessageType, type RequestOf, type ResponseMap } from '../messages';
import { AppError } from '../core/errors';

export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

/** The worker's answers to one feature's messages (`M`: the feature's declarations). */
export type HandlersFor<M> = {
  [T in keyof M & MessageType]: (payload: RequestOf<T>, sender: Sender) => Promise<ResponseMap[T]>;
};
/** Every message's answer: the features' handlers put together. */
export type Handlers = HandlersFor<typeof MESSAGES>;

function isMessageType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(MESSAGES, type);
}

function describeIssues(issues: v.BaseIssue<unknown>[]): string {
  return issues
    .map((issue) => {
      const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/**
 * Builds the worker's one entry point for messages. It never throws: whatever arrives, the
 * caller gets an envelope, so a malformed message cannot take the worker down.
 */
export type SenderPolicy = (type: MessageType, payload: unknown, sender: Sender) => Promise<string | undefined>;

export function createRouter(handlers: Handlers, extensionId: string, policy?: SenderPolicy) {
  return async function route(message: unknown, sender: Sender): Promise<Envelope<unknown>> {
    if (sender.id !== extensionId) {
      return { ok: false, error: { code: 'foreign_sender', message: 'Messages from other extensions are not accepted.' } };
    }
    const type = (message as { type?: unknown } | null)?.type;
    if (!isMessageType(type)) {
      return {
        ok: false,
        error: { code: 'unknown_message', message: `Unknown message type ${JSON.stringify(type ?? null)}.` },
      };
    }
    const parsed = v.safeParse(MESSAGES[type].request, (message as { payload?: unknown }).payload ?? {});
    if (!parsed.success) {
      return { ok: false, error: { code: 'bad_message', message: `Bad "${type}" message: ${describeIssues(parsed.issues)}.` } };
    }
    try {
      const refused = await policy?.(type, parsed.output, sender);
      if (refused) return { ok: false, error: { code: 'denied', message: refused } };
      const handler = handlers[type] as (payload: unknown, sender: Sender) => Promise<unknown>;
      return { ok: true, data: await handler(parsed.output, sender) };
    } catch (err) {
      if (err instanceof AppError) return { ok: false, error: { code: err.code, message: err.message } };
      console.error(`Incident Desk: "${type}" failed`, err);
      return { ok: false, error: { code: 'internal', message: `Something went wrong in "${type}": ${String((err as Error)?.message ?? err)}` } };
    }
  };
}
