import type { Envelope, ErrorCode, MessageType, RequestOf, ResponseMap } from '../../messages';

export class WorkerError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Ask the background worker; its error envelope becomes a WorkerError with a readable message.
 * MV3's own promise-returning `chrome.runtime` is used here rather than the polyfill: this runs in
 * the sidebar, where every chunk less makes the doc's sidebar usable sooner.
 */
export async function send<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseMap[T]> {
  const reply = (await chrome.runtime.sendMessage({ type, payload })) as Envelope<ResponseMap[T]> | undefined;
  if (!reply) throw new WorkerError('internal', 'The Incident Desk background worker did not answer. Reload the extension.');
  if (!reply.ok) throw new WorkerError(reply.error.code, reply.error.message);
  return reply.data;
}
