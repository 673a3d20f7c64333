// Eagerly injected into every docs.google.com document page, so it stays tiny: it only decides
// whether this is a document editor, mounts an empty shell in a Shadow DOM root, and loads the
// sidebar UI without blocking the page. No messaging library, no preact, no NLP here.
import { editorDocumentId } from '../core/doc-url';
import shellCss from './docs-shell.css?inline';
import { FOCUS_COMPOSER_EVENT, FOCUS_COMPOSER_MESSAGE, TOAST_MESSAGE } from './events';
import { showToast } from './toast';

const HOST_TAG = 'incident-desk-sidebar';

export interface SidebarShell {
  root: ShadowRoot;
  panel: HTMLElement;
  documentId: string;
  /** the worker's first, quick answer about this doc, asked for while the UI was loading */
  firstView: Promise<unknown>;
}

let shell: (SidebarShell & { host: HTMLElement }) | undefined;
let sidebarLoad: Promise<{ mountSidebar(shell: SidebarShell): void }> | undefined;

function mount(documentId: string) {
  const host = document.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = shellCss;
  const panel = document.createElement('aside');
  panel.className = 'panel';
  panel.setAttribute('aria-label', 'Incident Desk');
  panel.innerHTML = '<p class="loading">Incident Desk is loading…</p>';
  root.append(style, panel);
  document.documentElement.append(host);
  // Asked now, while the UI loads: the answer (and the worker's wake-up) overlap the import.
  const firstView = chrome.runtime.sendMessage({ type: 'sidebar/get', payload: { documentId, quick: true } }).catch(() => undefined);
  shell = { host, root, panel, documentId, firstView };
  const loaded = shell;
  // Fetched asynchronously: a dynamic import does not hold up the page's load event.
  sidebarLoad ??= import('../ui/sidebar/mount');
  void sidebarLoad.then((m) => shell === loaded && m.mountSidebar(loaded));
}

function sync() {
  const documentId = editorDocumentId(location.href);
  if (shell && shell.documentId === documentId) return;
  shell?.host.remove();
  shell = undefined;
  if (documentId) mount(documentId);
}

sync();
// Docs moves between documents without reloading the page; follow it.
// pushState moves fire no navigate event, but they do change the current entry.
const nav = (window as { navigation?: EventTarget }).navigation;
if (nav) {
  nav.addEventListener('navigatesuccess', sync);
  nav.addEventListener('currententrychange', sync);
} else setInterval(sync, 1000);

// The keyboard shortcut reaches the worker, which forwards it to this tab.
chrome.runtime.onMessage.addListener((message: { type?: string; text?: string }) => {
  if (message?.type === FOCUS_COMPOSER_MESSAGE && shell) document.dispatchEvent(new CustomEvent(FOCUS_COMPOSER_EVENT));
  if (message?.type === TOAST_MESSAGE && shell && message.text) showToast(shell.root, message.text);
  return false;
});
