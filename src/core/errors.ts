/** What went wrong, as the worker tells its pages (src/messages.ts carries it in every envelope). */
export type ErrorCode =
  | 'bad_message'
  | 'unknown_message'
  | 'foreign_sender'
  | 'not_connected'
  | 'unauthorized'
  | 'denied'
  | 'not_found'
  | 'rate_limited'
  | 'network'
  /** a part of the extension itself did not answer in time (the offscreen document): worth another try */
  | 'unavailable'
  | 'invalid'
  | 'internal';

/** An error the user can act on; its message is shown as it is. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly retryAfterSeconds?: number,
    /** HTTP status, when a service answered with one */
    readonly status?: number,
  ) {
    super(message);
  }

  /** Worth trying again later without the person doing anything: throttling, network, server trouble. */
  get retryable(): boolean {
    return this.code === 'rate_limited' || this.code === 'network' || this.code === 'unavailable' || (this.status !== undefined && this.status >= 500);
  }
}
