import { empty, type MessageDecl } from '../../protocol/define';

export const workerStatusMessages = {
  /** Is the worker up, and since when: reveals nothing, so any of our scripts may ask. */
  ping: { request: empty, from: ['sidebar', 'slack', 'any-page'] },
} as const satisfies Record<string, MessageDecl>;

export interface WorkerStatusResponses {
  ping: { version: string; workerStartedAt: string; messagesHandled: number };
}
