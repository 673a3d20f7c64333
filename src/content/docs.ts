// Eagerly injected into every docs.google.com document page, so it stays tiny: it decides
// whether this is a document editor, frames the sidebar (an extension page) into it, and makes
// room for it. No messaging library, no preact, no NLP here.
//
// The sidebar is an extension-origin frame inside a closed shadow root: the page's scripts can
// neither read it (the pseudonym map, the war-room link) nor click its buttons, and every
// message that acts on the doc comes from the extension's own page, bound by the worker to the
// doc of the tab it is framed in.
import { editorDocumentId } from '../core/doc-url';
import shellCss from './docs-shell.css?inline';
import {
  FOCUS_COMPOSER_MESSAGE,
  REDACT_FIELD_MESSAGE,
  SIDEBAR_MAX_WIDTH,
  SIDEBAR_MIN_WIDTH,
  SIDEBAR_PAGE,
  TOAST_MESSAGE,
  type FrameToHost,
  type HostToFrame,
} from '../protocol/tab';
import { showToast, toastRoot } from './toast';

const DEFAULT_WIDTH = 320;
const HANDLE_WIDTH = 40;
/** white space kept on each side of the page when deciding whether the sidebar fits beside it */
const PAGE_MARGIN = 24;
/** the Docs page at 100% (8.5 in at 96 dpi), when no page is drawn yet */
const LETTER_PAGE_PX = 816;

interface Shell {
  host: HTMLElement;
  frame: HTMLIFrameElement;
  room: HTMLStyleElement;
  documentId: string;
  width: number;
  /** what the person chose; undefined: open when it fits beside the page, a handle when not */
  collapsed?: boolean;
  /** whether it fitted when they chose: a window resized past that point lets the fit decide again */
  choseWhenFits?: boolean;
  shown?: { collapsed: boolean; room: string };
}

let shell: Shell | undefined;

// The frame's origin is the extension's own, not the per-session alias `use_dynamic_url` gives its
// URL on Chrome (where getURL returns that alias). Firefox has no such alias (crxjs drops the key),
// and its origin is moz-extension://<per-install uuid>, not the add-on id: getURL names it there.
const FRAME_ORIGIN = import.meta.env.MODE === 'firefox' ? chrome.runtime.getURL('').replace(/\/$/, '') : `chrome-extension://${chrome.runtime.id}`;

function mount(documentId: string) {
  const host = document.createElement('incident-desk-sidebar');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = shellCss;
  const frame = document.createElement('iframe');
  frame.className = 'frame';
  frame.title = 'Incident Desk';
  // The frame reads its doc id from here to ask sooner; the worker still binds it to this tab's doc.
  frame.src = `${chrome.runtime.getURL(SIDEBAR_PAGE)}?doc=${encodeURIComponent(documentId)}`;
  root.append(style, frame);
  const room = document.createElement('style');
  document.documentElement.append(host);
  (document.head ?? document.documentElement).append(room);
  shell = { host, frame, room, documentId, width: DEFAULT_WIDTH };
  frame.addEventListener('load', () => shell?.frame === frame && tell({ incidentDesk: 'layout', collapsed: place().collapsed }));
  place();
}

function tell(message: HostToFrame) {
  shell?.frame.contentWindow?.postMessage(message, FRAME_ORIGIN);
}

/**
 * Docs keeps the page centred in a scrolling area as wide as the window, so a fixed panel would
 * cover the text: narrow that area by the sidebar's width, as public Docs extensions do
 * (`.kix-appview-editor-container` width `calc(100% - Npx)`), and dock beside Docs' own side
 * panel strip. When the page no longer fits beside the sidebar, show only its handle.
 */
function place(): { collapsed: boolean } {
  if (!shell) return { collapsed: true };
  const editor = document.querySelector('.kix-appview-editor-container');
  const companion = document.querySelector('.docs-companion-app-switcher-container');
  const companionWidth = companion?.getClientRects().length ? companion.getBoundingClientRect().width : 0;
  const page = document.querySelector('.kix-page-paginated')?.getBoundingClientRect().width || LETTER_PAGE_PX;
  const fits = innerWidth - companionWidth - shell.width >= page + 2 * PAGE_MARGIN;
  if (shell.collapsed !== undefined && shell.choseWhenFits === undefined) shell.choseWhenFits = fits;
  if (shell.choseWhenFits !== undefined && shell.choseWhenFits !== fits) shell.collapsed = shell.choseWhenFits = undefined;
  const collapsed = shell.collapsed ?? !fits;
  const width = collapsed ? HANDLE_WIDTH : shell.width;
  const top = editor ? Math.max(0, editor.getBoundingClientRect().top) : 0;
  Object.assign(shell.frame.style, { top: `${top}px`, height: `calc(100vh - ${top}px)`, right: `${companionWidth}px`, width: `${width}px` });
  const room = `.kix-appview-editor-container{width:calc(100% - ${companionWidth + width}px)!important}`;
  if (shell.shown?.room !== room) {
    shell.room.textContent = room;
    // Docs lays its canvas tiles out again on resize.
    dispatchEvent(new Event('resize'));
  }
  if (shell.shown && shell.shown.collapsed !== collapsed) tell({ incidentDesk: 'layout', collapsed });
  shell.shown = { collapsed, room };
  return { collapsed };
}

function choose(collapsed: boolean) {
  if (!shell) return;
  shell.collapsed = collapsed;
  shell.choseWhenFits = undefined;
}

function sync() {
  const documentId = editorDocumentId(location.href);
  if (shell && shell.documentId === documentId) return;
  shell?.host.remove();
  shell?.room.remove();
  if (shell) dispatchEvent(new Event('resize'));
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
addEventListener('resize', () => void place());

addEventListener('message', (event: MessageEvent<FrameToHost>) => {
  // Only the sidebar's own window, never the page posing as it.
  if (!shell || event.source !== shell.frame.contentWindow || typeof event.data !== 'object' || !event.data) return;
  if (event.data.incidentDesk === 'layout') {
    choose(event.data.collapsed);
    if (event.data.width !== undefined) shell.width = Math.min(SIDEBAR_MAX_WIDTH, Math.max(SIDEBAR_MIN_WIDTH, Math.round(event.data.width)));
    place();
  } else if (event.data.incidentDesk === 'leave') {
    // Back to typing in the doc: Docs takes its keys through its own text-event frame.
    shell.frame.blur();
    document.querySelector<HTMLIFrameElement>('.docs-texteventtarget-iframe')?.contentWindow?.focus();
  }
});

// The keyboard shortcuts reach the worker, which forwards them to this tab.
chrome.runtime.onMessage.addListener((message: { type?: string; text?: string }) => {
  if ((message?.type === FOCUS_COMPOSER_MESSAGE || message?.type === REDACT_FIELD_MESSAGE) && shell) {
    choose(false);
    place();
    // Focus moves into the frame from here: a frame may not take it from the page by itself.
    shell.frame.focus();
    tell({ incidentDesk: 'focus', field: message.type === REDACT_FIELD_MESSAGE ? 'redact' : 'composer' });
  }
  // Also on the published page, which has no sidebar: "Redact selection" reports there.
  if (message?.type === TOAST_MESSAGE && message.text) showToast(toastRoot(), message.text);
  return false;
});
