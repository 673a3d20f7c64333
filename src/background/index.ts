// The worker: the features' handlers and outbox executors put together, and the browser's events
// wired to them. Each feature declares its messages (features/*/messages.ts) and answers them
// (features/*/worker.ts); nothing here knows what a message means.
import browser, { type Runtime } from 'webextension-polyfill';
import { createRouter, type Handlers } from './router';
import { refusal } from './sender-policy';
import { onAlarm, onStepFailed, registerExecutors, resume } from './outbox';
import { notifyFailed, onNotificationClicked } from './notify';
import { load } from './store';
import { documentOfIncident } from './incident-docs';
import { onPublicSyncAlarm, publicSyncExecutor, startPublicSync } from './public-copy';
import { FOCUS_COMPOSER_MESSAGE, REDACT_FIELD_MESSAGE } from '../protocol/tab';
import { connectionHandlers } from '../features/connections/worker';
import { declareExecutors, declareHandlers, showActiveBadge, STEP_LABELS } from '../features/declare/worker';
import { escalateExecutors, escalateHandlers } from '../features/escalate/worker';
import { impactExecutors, impactHandlers } from '../features/impact/worker';
import { incidentDocHandlers } from '../features/incident-doc/worker';
import { createMenus, onMenuClicked, redactSelectionExecutors, redactSelectionHandlers } from '../features/redact-selection/worker';
import { reviewExecutors, reviewHandlers } from '../features/redaction-review/worker';
import { resolveExecutors, resolveHandlers } from '../features/resolve/worker';
import { settingsHandlers } from '../features/settings/worker';
import { onWorkspaceRosterAlarm } from '../features/slack/roster.worker';
import { slackHandlers } from '../features/slack/worker';
import { timelineExecutors, timelineHandlers } from '../features/timeline/worker';
import { warRoomHandlers } from '../features/war-room/worker';
import { countMessage, workerStatusHandlers } from '../features/worker-status/worker';
import { unpublishWorkingDocExecutor } from './unpublish-working-doc';
import { migrateOnUpdate } from '../storage/versioned-store';
import { UNPUBLISH_STEP } from '../storage/legacy-public-copy';

const handlers: Handlers = {
  ...workerStatusHandlers,
  ...connectionHandlers,
  ...settingsHandlers,
  ...declareHandlers,
  ...escalateHandlers,
  ...slackHandlers,
  ...incidentDocHandlers,
  ...timelineHandlers,
  ...reviewHandlers,
  ...redactSelectionHandlers,
  ...impactHandlers,
  ...warRoomHandlers,
  ...resolveHandlers,
};

const route = createRouter(handlers, browser.runtime.id, (type, payload, sender) =>
  refusal(type, payload, sender, browser.runtime.getURL(''), documentOfIncident),
);
registerExecutors({
  ...declareExecutors,
  ...resolveExecutors,
  ...timelineExecutors,
  ...redactSelectionExecutors,
  ...impactExecutors,
  ...reviewExecutors,
  ...escalateExecutors,
  publicSync: publicSyncExecutor,
  [UNPUBLISH_STEP]: unpublishWorkingDocExecutor,
});

// Listeners are registered synchronously at the top level: the worker is restarted for each
// event, and Chrome only delivers events to listeners that exist when the script first runs.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // The offscreen redaction document's traffic is between it and this worker's own requests.
  if ((message as { target?: unknown } | null)?.target !== undefined) return undefined;
  countMessage();
  return route(message, sender);
});
browser.runtime.onInstalled.addListener((details) => {
  void createMenus();
  // An update migrates the stored state now; reads also wait for it (storage/versioned-store.ts).
  if (details.reason === 'update') void migrateOnUpdate();
});
onStepFailed((step) => notifyFailed(step, STEP_LABELS[step.name] ?? step.name));
browser.notifications.onClicked.addListener((id) => void onNotificationClicked(id));
browser.notifications.onButtonClicked?.addListener((id) => void onNotificationClicked(id));
browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab));
browser.alarms.onAlarm.addListener((alarm) => {
  onAlarm(alarm.name);
  void onPublicSyncAlarm(alarm.name);
  void onWorkspaceRosterAlarm(alarm.name);
});
browser.runtime.onStartup.addListener(() => {
  void load('activeIncidentId').then((id) => showActiveBadge(Boolean(id)));
  // Alarms may not survive a browser restart; the sync alarm clears itself when nothing needs it.
  void startPublicSync();
});

// Tokens are in the vault (services/tokens.ts), out of every content script's reach whatever
// happens here. storage.local still holds the pseudonym maps, which name people: close it to
// content scripts where the browser can (Chrome); Firefox has no such call (MDN, storage.StorageArea:
// no setAccessLevel), and its build leaves the call out rather than name an API it lacks.
if (import.meta.env.MODE !== 'firefox') {
  chrome.storage.local.setAccessLevel?.({ accessLevel: chrome.storage.AccessLevel.TRUSTED_CONTEXTS })?.catch((err: unknown) => {
    console.error('Incident Desk: could not close storage.local to content scripts', err);
  });
}

// Every start of the worker resumes the outbox: a step cut off by the last worker's death runs again.
void resume();

// The shortcuts go to the doc's content script (top frame), which moves focus into the sidebar frame.
const COMMANDS: Record<string, string> = { 'focus-timeline': FOCUS_COMPOSER_MESSAGE, 'redact-copied': REDACT_FIELD_MESSAGE };
async function onCommand(command: string): Promise<void> {
  const type = COMMANDS[command];
  if (!type) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type }, { frameId: 0 }).catch(() => undefined);
}
browser.commands.onCommand.addListener((command) => void onCommand(command));

// Firefox's test driver cannot deliver a menu click (Chromium's e2e dispatches the event itself):
// only a build made with VITE_E2E_HOOKS=1, the Firefox suite's, carries the handler as a global.
// Vite replaces the condition at build time, so the released builds do not contain it.
if (import.meta.env.VITE_E2E_HOOKS === '1') (globalThis as { incidentDesk?: unknown }).incidentDesk = { onMenuClicked };
