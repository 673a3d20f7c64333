import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { editorDocumentId, publishedDocumentId } from '../../core/doc-url';
import { withoutAuthor } from '../slack/slack-selection';
import { wholeWord } from '../../core/whole-word';
import { newStep } from '../../core/outbox';
import { AppError } from '../../core/errors';
import { enqueue, type Executor } from '../../background/outbox';
import { addIncidentTerms, load } from '../../background/store';
import { addEntry } from '../timeline/worker';
import { documentOf } from '../../background/incident-docs';
import { incidentOfDoc } from '../../core/incident-docs';
import { republish } from '../../background/public-copy';
import { resumeAfterReview } from '../redaction-review/worker';
import { SELECTION_CONTEXT_MESSAGE, TOAST_MESSAGE } from '../../protocol/tab';
import type { HandlersFor } from '../../background/router';
import type { redactSelectionMessages } from './messages';

export const MENU_REDACT = 'redact-selection';
export const MENU_ADD_TO_TIMELINE = 'add-selection-to-timeline';

/** Menus persist across worker restarts; they are (re)created once per install or update. */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  // Everywhere a selection really exists: the published doc, the sidebar's own page, Slack, any
  // page. Not in the Docs editor, which draws on a canvas and has its own menu (there the
  // "redact-copied" shortcut opens the sidebar's redact field instead).
  browser.contextMenus.create({
    id: MENU_REDACT,
    title: 'Redact selection',
    contexts: ['selection'],
  });
  browser.contextMenus.create({
    id: MENU_ADD_TO_TIMELINE,
    title: 'Add selection to incident timeline',
    contexts: ['selection'],
  });
}

async function toast(tabId: number | undefined, text: string): Promise<void> {
  if (tabId === undefined) return;
  await browser.tabs.sendMessage(tabId, { type: TOAST_MESSAGE, text }).catch(() => undefined);
}

/** In Slack, the content script knows the right-clicked message's time and author. */
async function selectionContext(tabId: number | undefined): Promise<{ at?: string; author?: string }> {
  if (tabId === undefined) return {};
  const reply = (await browser.tabs.sendMessage(tabId, { type: SELECTION_CONTEXT_MESSAGE }).catch(() => undefined)) as
    | { at?: string; author?: string }
    | undefined;
  return reply && typeof reply === 'object' ? reply : {};
}

/** The incident the click is about: the one whose doc (or public copy) this is, else the active one. */
async function incidentFor(pageUrl: string): Promise<string | undefined> {
  const documentId = editorDocumentId(pageUrl) ?? publishedDocumentId(pageUrl);
  const outbox = await load('outbox');
  const own =
    (documentId && incidentOfDoc(outbox, documentId)) ||
    outbox.find((s) => s.name === 'publish' && s.result?.publicUrl && samePage(s.result.publicUrl, pageUrl))?.incidentId;
  return own || load('activeIncidentId');
}

function samePage(a: string, b: string): boolean {
  try {
    const [x, y] = [new URL(a), new URL(b)];
    return x.origin === y.origin && x.pathname === y.pathname;
  } catch {
    return false;
  }
}

/**
 * What each menu item does with the selection. The work goes through the outbox, so it is kept
 * before anything else and survives the worker being stopped half-way.
 */
export async function onMenuClicked(info: Menus.OnClickData, tab?: Tabs.Tab): Promise<void> {
  const text = info.selectionText?.trim().replace(/\s+/g, ' ');
  if (!text) return;
  const pageUrl = info.pageUrl ?? tab?.url ?? '';
  const incidentId = await incidentFor(pageUrl);
  if (!incidentId) {
    await toast(tab?.id, 'No major incident is active: declare one from the Incident Desk toolbar button first.');
    return;
  }
  if (info.menuItemId === MENU_REDACT) {
    await queueRedactTerm(incidentId, text, tab?.id);
  } else if (info.menuItemId === MENU_ADD_TO_TIMELINE) {
    const context = await selectionContext(tab?.id);
    await addEntry(incidentId, { at: context.at ?? new Date().toISOString(), kind: 'fact', text: withoutAuthor(text, context.author) });
    await toast(tab?.id, 'Added to the incident timeline (redacted before it is written).');
  }
}

/** The term joins the incident's redaction terms, and an outbox step replaces it in the doc; the toast goes to `tabId`. */
export async function queueRedactTerm(incidentId: string, term: string, tabId: number | undefined): Promise<string> {
  await addIncidentTerms('incidentDeny', incidentId, [term]);
  const step = newStep(incidentId, 'redactTerm', ['doc'], Date.now(), { id: crypto.randomUUID(), data: { term, tabId: String(tabId ?? '') } });
  await enqueue([step]);
  return step.key;
}

/** "Redact selection": the term is replaced everywhere in the incident doc by its pseudonym. */
export const redactTermExecutor: Executor = async ({ step }) => {
  const { term, tabId } = step.payload as { term: string; tabId: string };
  const documentId = await documentOf(step.incidentId);
  // The term is on the incident's deny list (queueRedactTerm): redacted alone, it is its pseudonym,
  // chosen in the same pass, and written in the same batch, as the rest of the doc's names.
  const { replies, texts } = await republish(step.incidentId, documentId, {
    texts: [term],
    plan: (_read, [replacement]) => {
      if (!replacement || replacement === term) throw new AppError('internal', `Could not choose a pseudonym for "${term}".`);
      return [{ replaceAllText: { containsText: { text: wholeWord(term), matchCase: true, searchByRegex: true }, replaceText: replacement } }];
    },
  });
  const replacement = texts[0]!;
  const changed = replies[0]?.replaceAllText?.occurrencesChanged ?? 0;
  // A doubtful name a person just redacted is decided: what waited on it goes on.
  await resumeAfterReview(step.incidentId);
  await toast(tabId ? Number(tabId) : undefined, `Redacted everywhere in the doc: ${changed} occurrence${changed === 1 ? '' : 's'} changed.`);
  return { term, replacement, changed: String(changed) };
};

export const redactSelectionHandlers: HandlersFor<typeof redactSelectionMessages> = {
  'redaction/term': async ({ incidentId, term }, sender) => ({ key: await queueRedactTerm(incidentId, term.replace(/\s+/g, ' '), sender.tab?.id) }),
};
export const redactSelectionExecutors = { redactTerm: redactTermExecutor };
