import browser, { type Menus, type Tabs } from 'webextension-polyfill';

export const MENU_REDACT = 'redact-selection';
export const MENU_ADD_TO_TIMELINE = 'add-selection-to-timeline';

export interface PendingSelection {
  text: string;
  pageUrl: string;
  at: string;
}

/** Menus persist across worker restarts; they are (re)created once per install or update. */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_REDACT,
    title: 'Redact selection',
    contexts: ['selection'],
    documentUrlPatterns: ['https://docs.google.com/document/*'],
  });
  browser.contextMenus.create({
    id: MENU_ADD_TO_TIMELINE,
    title: 'Add selection to incident timeline',
    contexts: ['selection'],
  });
}

async function append(key: string, item: PendingSelection): Promise<void> {
  const stored = await browser.storage.local.get(key);
  const list = (stored[key] as PendingSelection[] | undefined) ?? [];
  await browser.storage.local.set({ [key]: [...list, item] });
}

/**
 * What each menu item does with the selection. The selection is kept before anything else so a
 * worker killed mid-way loses nothing; the redaction and timeline features consume these lists.
 */
export async function onMenuClicked(info: Menus.OnClickData, tab?: Tabs.Tab): Promise<void> {
  const text = info.selectionText?.trim();
  if (!text) return;
  const item: PendingSelection = { text, pageUrl: info.pageUrl ?? tab?.url ?? '', at: new Date().toISOString() };
  if (info.menuItemId === MENU_REDACT) await append('redaction.pendingTerms', item);
  else if (info.menuItemId === MENU_ADD_TO_TIMELINE) await append('timeline.pendingSelections', item);
}
