// Injected into the Slack web app: a slim banner while an incident is active, and the message
// context (time, author) for "Add selection to incident timeline".
import { SELECTION_CONTEXT_MESSAGE, TOAST_MESSAGE } from '../protocol/tab';
import css from './slack-banner.css?inline';
import { showToast } from './toast';

interface Banner {
  incident?: { id: string; title: string; declaredAt: string };
  links: { docUrl?: string; publicUrl?: string; warRoomUrl?: string };
}

let lastContext: { at?: string; author?: string } = {};

// Slack draws each message with its sender and a timestamp; remember the one right-clicked.
document.addEventListener('contextmenu', (event) => {
  const message = (event.target as Element | null)?.closest('[data-qa="message_container"], .c-message_kit__message');
  const time = message?.querySelector('time[datetime], [data-ts]');
  const ts = time?.getAttribute('data-ts');
  const at = time?.getAttribute('datetime') ?? (ts ? new Date(Number(ts) * 1000).toISOString() : undefined);
  const author = message?.querySelector('[data-qa="message_sender_name"], .c-message__sender')?.textContent?.trim();
  lastContext = { ...(at && !Number.isNaN(Date.parse(at)) ? { at: new Date(at).toISOString() } : {}), ...(author ? { author } : {}) };
});

const host = document.createElement('incident-desk-banner');
const root = host.attachShadow({ mode: 'open' });
const style = document.createElement('style');
style.textContent = css;
root.append(style);
document.documentElement.append(host);

chrome.runtime.onMessage.addListener((message: { type?: string; text?: string }, _sender, reply) => {
  if (message?.type === SELECTION_CONTEXT_MESSAGE) reply(lastContext);
  if (message?.type === TOAST_MESSAGE && message.text) showToast(root, message.text);
  return false;
});

function since(iso: string): string {
  const minutes = Math.max(0, Math.round((Date.now() - Date.parse(iso)) / 60_000));
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

function link(href: string | undefined, label: string): HTMLAnchorElement | undefined {
  if (!href) return undefined;
  return Object.assign(document.createElement('a'), { href, textContent: label, target: '_blank', rel: 'noreferrer' });
}

async function showBanner() {
  const reply = (await chrome.runtime.sendMessage({ type: 'incident/banner', payload: {} }).catch(() => undefined)) as
    | { ok: boolean; data: Banner }
    | undefined;
  root.querySelector('.banner')?.remove();
  const incident = reply?.ok ? reply.data.incident : undefined;
  if (!incident || sessionStorage.getItem('incident-desk-dismissed') === incident.id) return;
  const { links: urls } = reply!.data;
  const banner = document.createElement('div');
  banner.className = 'banner';
  banner.setAttribute('role', 'region');
  banner.setAttribute('aria-label', 'Active major incident');
  const title = document.createElement('strong');
  title.textContent = `Major incident: ${incident.title}`;
  const age = document.createElement('span');
  age.className = 'age';
  age.textContent = `declared ${since(incident.declaredAt)} ago`;
  const close = Object.assign(document.createElement('button'), { textContent: '×', title: 'Dismiss' });
  close.setAttribute('aria-label', 'Dismiss the incident banner');
  close.addEventListener('click', () => {
    sessionStorage.setItem('incident-desk-dismissed', incident.id);
    banner.remove();
  });
  const links = [link(urls.docUrl, 'Incident doc'), link(urls.publicUrl, 'Public copy'), link(urls.warRoomUrl, 'War room')];
  banner.append(title, age, ...links.filter((l): l is HTMLAnchorElement => Boolean(l)), close);
  root.append(banner);
}

void showBanner();
// Storage events do not reach content scripts (tokens live there): look again now and then.
setInterval(() => void showBanner(), 60_000);
