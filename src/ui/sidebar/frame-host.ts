// The sidebar page talks to the content script that frames it by postMessage, for layout and
// focus only (the page sees these messages too). A message counts only from the parent window
// at the Docs origin.
import { DOCS_ORIGIN, type FrameToHost, type HostToFrame } from '../../protocol/tab';

export function toHost(message: FrameToHost): void {
  if (parent !== window) parent.postMessage(message, DOCS_ORIGIN);
}

export function onHost(listener: (message: HostToFrame) => void): () => void {
  const handler = (event: MessageEvent) => {
    if (event.source === parent && event.origin === DOCS_ORIGIN && typeof event.data === 'object' && event.data) listener(event.data as HostToFrame);
  };
  addEventListener('message', handler);
  return () => removeEventListener('message', handler);
}

/** Focus the field when the host asks for it (a keyboard shortcut pressed in the doc). */
export function onFocusRequest(field: 'composer' | 'redact', focus: () => void): () => void {
  return onHost((m) => m.incidentDesk === 'focus' && m.field === field && focus());
}

/** Esc leaves the sidebar for the doc. */
export function leaveOnEscape(e: KeyboardEvent): void {
  if (e.key !== 'Escape') return;
  (document.activeElement as HTMLElement | null)?.blur();
  toHost({ incidentDesk: 'leave' });
}
