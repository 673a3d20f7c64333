// The sidebar page, framed by the Docs content script into the incident doc. Being an extension
// page, the doc's own scripts cannot read or drive it.
import { render } from 'preact';
import { Sidebar } from './sidebar';
import '../shared/theme.css';
import './sidebar.css';

const documentId = new URLSearchParams(location.search).get('doc') ?? '';
// Asked before preact renders: the answer (and the worker's wake-up) overlap the first render.
const firstView = chrome.runtime.sendMessage({ type: 'sidebar/get', payload: { documentId, quick: true } }).catch(() => undefined);
const app = document.getElementById('app')!;
app.textContent = '';
render(<Sidebar documentId={documentId} firstView={firstView} />, app);
