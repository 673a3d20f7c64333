import browser, { type Runtime } from 'webextension-polyfill';
import { AppError } from './errors';
import { createRouter, type Handlers } from './router';
import { connectionStates, connectService, disconnectService, useAccessToken, useWebhook } from './connections';
import { createMenus, onMenuClicked, queueRedactTerm, redactTermExecutor } from './context-menus';
import { declareExecutors } from './declare-steps';
import { declare, escalate, escalateExecutor, incidentBanner, incidentView, showActiveBadge, STEP_LABELS } from './incidents';
import { refusal } from './sender-policy';
import { onAlarm, onStepFailed, registerExecutors, resume, retryStep } from './outbox';
import { notifyFailed, onNotificationClicked } from './notify';
import { getSettings, saveSettings, setProfile } from './settings';
import { load } from './store';
import { sidebarView } from './sidebar-view';
import { adoptDoc } from './adopt';
import { onWorkspaceRosterAlarm } from './workspace-roster';
import { onPublicSyncAlarm, publicSyncExecutor, startPublicSync } from './public-copy';
import { redactForIncident } from './scan';
import { addEntry, entryExecutor } from './timeline';
import { decideLive, impactExecutor, saveImpact } from './impact';
import { resolveExecutors, resolveIncident } from './resolve';
import { exportJson, exportMarkdown } from './export';
import { applyRedaction, markNotAPerson, rescanExecutor, reviewRedaction } from './redaction-review';
import { previewTweet } from './tweet-preview';
import { getDocument } from '../services/docs';
import { listMembers } from '../services/slack';
import { FOCUS_COMPOSER_MESSAGE, REDACT_FIELD_MESSAGE } from '../content/events';

const workerStartedAt = new Date().toISOString();
let messagesHandled = 0;

const handlers: Handlers = {
  ping: async () => ({ version: browser.runtime.getManifest().version, workerStartedAt, messagesHandled }),
  'connections/get': connectionStates,
  'connections/connect': ({ service }) => connectService(service),
  'connections/disconnect': ({ service }) => disconnectService(service),
  'connections/token': ({ token }) => useAccessToken(token),
  'connections/webhook': ({ url }) => useWebhook(url),
  'doc/status': async ({ documentId }) => {
    const doc = await getDocument(documentId);
    if (!doc.revisionId) throw new AppError('denied', 'You can read this document but not edit it; ask its owner for edit rights.');
    return { documentId, title: doc.title ?? '', revisionId: doc.revisionId };
  },
  'settings/get': getSettings,
  'settings/save': ({ settings }) => saveSettings(settings),
  'profile/set': ({ role }) => setProfile(role),
  'incident/get': incidentView,
  'incident/banner': incidentBanner,
  'incident/declare': declare,
  'incident/escalate': escalate,
  'tweet/preview': ({ title }) => previewTweet(title),
  'outbox/retry': async ({ key }) => {
    await retryStep(key);
    return { ok: true };
  },
  'sidebar/get': ({ documentId, quick }) => sidebarView(documentId, quick ?? false),
  'incident/adopt': ({ documentId }) => adoptDoc(documentId),
  'timeline/preview': async ({ incidentId, text }) => {
    const result = await redactForIncident(incidentId, [text], false);
    return { redacted: result.texts[0]!, terms: result.terms, doubts: result.doubts };
  },
  'timeline/add': async ({ incidentId, ...entry }) => ({ key: await addEntry(incidentId, entry) }),
  'redaction/allow': ({ incidentId, term }) => markNotAPerson(incidentId, term),
  'redaction/term': async ({ incidentId, term }, sender) => ({ key: await queueRedactTerm(incidentId, term.replace(/\s+/g, ' '), sender.tab?.id) }),
  'impact/save': ({ incidentId, impact, announce }) => saveImpact(incidentId, impact, announce),
  'live/decide': ({ incidentId, live, reason }) => decideLive(incidentId, { live, reason }),
  'incident/resolve': ({ incidentId, ...resolution }) => resolveIncident(incidentId, resolution),
  'redaction/review': ({ incidentId }) => reviewRedaction(incidentId),
  'redaction/apply': ({ incidentId, keep, add }) => applyRedaction(incidentId, keep, add),
  'roster/slack': async () => ({ members: await listMembers() }),
  'export/markdown': async ({ incidentId }) => ({ markdown: await exportMarkdown(incidentId) }),
  'export/json': async ({ incidentId }) => ({ json: await exportJson(incidentId) }),
};

const documentOfIncident = async (incidentId: string) =>
  (await load('outbox')).find((s) => s.incidentId === incidentId && s.name === 'doc')?.result?.documentId;
const route = createRouter(handlers, browser.runtime.id, (type, payload, sender) => refusal(type, payload, sender, browser.runtime.getURL(''), documentOfIncident));
registerExecutors({ ...declareExecutors, ...resolveExecutors, entry: entryExecutor, redactTerm: redactTermExecutor, publicSync: publicSyncExecutor, impact: impactExecutor, rescan: rescanExecutor, escalate: escalateExecutor });

// Listeners are registered synchronously at the top level: the worker is restarted for each
// event, and Chrome only delivers events to listeners that exist when the script first runs.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // The offscreen redaction document's traffic is between it and this worker's own requests.
  if ((message as { target?: unknown } | null)?.target !== undefined) return undefined;
  messagesHandled += 1;
  return route(message, sender);
});
browser.runtime.onInstalled.addListener(() => void createMenus());
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

