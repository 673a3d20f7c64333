// The worker's own health, for the pages' status line: when this worker started and how much it
// has answered (a worker restarted by the browser starts again from zero).
import browser from 'webextension-polyfill';
import type { HandlersFor } from '../../background/router';
import type { workerStatusMessages } from './messages';

const workerStartedAt = new Date().toISOString();
let messagesHandled = 0;

/** Called for every message the worker takes. */
export const countMessage = (): void => {
  messagesHandled += 1;
};

export const workerStatusHandlers: HandlersFor<typeof workerStatusMessages> = {
  ping: async () => ({ version: browser.runtime.getManifest().version, workerStartedAt, messagesHandled }),
};
