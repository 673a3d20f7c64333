// Told when it matters: a step that failed for good, a doubtful name waiting for a person, a
// sign-in to renew. A browser notification says what and opens the place to fix it; the toolbar
// badge counts what waits.
import browser from 'webextension-polyfill';
import type { Step } from '../core/outbox';
import { editorUrl } from '../core/doc-url';
import { REVIEW_WAIT } from './scan';
import { load } from './store';
import { workingDocOf } from '../core/incident-docs';
import { t } from './i18n';

const PREFIX = 'step:';

function kindOf(error: string): 'review' | 'reconnect' | 'failed' {
  if (error.startsWith(REVIEW_WAIT)) return 'review';
  return /reconnect|connect \w+ first/i.test(error) ? 'reconnect' : 'failed';
}

const TITLES = { review: () => t('notify_review'), reconnect: () => t('notify_reconnect'), failed: () => t('notify_failed') } as const;

export async function notifyFailed(step: Step, label: string): Promise<void> {
  const error = step.error ?? 'failed';
  const options = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: t('notify_title', TITLES[kindOf(error)]()),
    message: `${label}: ${error}`.slice(0, 400),
    priority: 2,
  };
  try {
    await browser.notifications.create(`${PREFIX}${step.key}`, {
      ...options,
      buttons: [{ title: kindOf(error) === 'reconnect' ? t('notify_openConnections') : t('notify_openDoc') }],
    } as never);
  } catch {
    // Firefox has no notification buttons: the notification itself is the button there.
    await browser.notifications.create(`${PREFIX}${step.key}`, options).catch(() => undefined);
  }
  await updateBadge();
}

/** Opens where the fix is: the connections for a sign-in, else the incident doc (review panel, Retry). */
export async function onNotificationClicked(id: string): Promise<void> {
  if (!id.startsWith(PREFIX)) return;
  const key = id.slice(PREFIX.length);
  const outbox = await load('outbox');
  const step = outbox.find((s) => s.key === key);
  await browser.notifications.clear(id);
  if (step && kindOf(step.error ?? '') === 'reconnect') {
    await browser.runtime.openOptionsPage();
    return;
  }
  const documentId = step ? workingDocOf(outbox, step.incidentId) : undefined;
  if (documentId) await browser.tabs.create({ url: editorUrl(documentId) });
  else await browser.runtime.openOptionsPage();
}

/** The badge: how many steps of the active incident wait for a person, or "!" while it is active. */
export async function updateBadge(): Promise<void> {
  const [activeId, outbox] = await Promise.all([load('activeIncidentId'), load('outbox')]);
  const waiting = outbox.filter((s) => s.state === 'failed' && (s.incidentId === activeId || s.incidentId === 'escalation')).length;
  await browser.action.setBadgeText({ text: waiting ? String(waiting) : activeId ? '!' : '' });
  if (waiting || activeId) await browser.action.setBadgeBackgroundColor({ color: '#c2261d' });
}
