import type { ParagraphView } from './doc-view';
import { PARAGRAPH_CSS } from './doc-view';
import { escapeHtml } from '../http';

/** Width kept free on the right of the editor: the extension's sidebar is injected there. */
export const SIDEBAR_ROOM_PX = 360;

/**
 * A page shaped like the Google Docs editor. It draws the fake's state and polls it about every
 * second through a sandbox-only URL on its own host; it carries no extension logic.
 */
export function editorHtml(doc: { documentId: string; title: string; revisionId: string; view: ParagraphView[] }, stateUrl: string): string {
  const initial = JSON.stringify({ title: doc.title, revisionId: doc.revisionId, paragraphs: doc.view }).replace(/</g, '\\u003c');
  const menus = ['File', 'Edit', 'View', 'Insert', 'Format', 'Tools', 'Extensions', 'Help'].map((m) => `<span>${m}</span>`).join('');
  const tools = ['↶', '↷', '🖶', '|', '100%', '|', 'Normal text ▾', '|', 'Arial ▾', '|', '− 11 +', '|', '<b>B</b>', '<i>I</i>', '<u>U</u>', 'A', '|', '🔗', '💬', '🖼', '|', '≡', '☰', '⋮']
    .map((t) => (t === '|' ? '<span class="sep"></span>' : `<span class="tool">${t}</span>`))
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(doc.title)} - Google Docs</title>
<style>
  * { box-sizing: border-box; }
  body { margin: 0; font-family: Roboto, Arial, sans-serif; background: #f9fbfd; color: #1f1f1f; }
  .titlebar { height: 64px; display: flex; align-items: center; gap: 12px; padding: 0 16px; background: #f9fbfd; }
  .logo { width: 28px; height: 38px; background: #4285f4; border-radius: 3px; position: relative; }
  .logo::after { content: ''; position: absolute; left: 6px; right: 6px; top: 14px; height: 12px;
    background: repeating-linear-gradient(#fff 0 2px, transparent 2px 5px); }
  .title { font-size: 18px; padding: 2px 6px; border-radius: 4px; }
  .menus { font-size: 14px; display: flex; gap: 14px; padding: 2px 6px; color: #444; }
  .share { margin-left: auto; background: #c2e7ff; border-radius: 20px; padding: 10px 22px; font-weight: 500; font-size: 14px; }
  .avatar { width: 32px; height: 32px; border-radius: 50%; background: #7b1fa2; color: #fff; display: grid; place-items: center; font-size: 14px; }
  .toolbar { margin: 0 ${SIDEBAR_ROOM_PX}px 0 16px; height: 40px; background: #edf2fa; border-radius: 20px; display: flex; align-items: center; gap: 6px; padding: 0 16px; font-size: 14px; color: #444; }
  .tool { padding: 4px 6px; border-radius: 4px; }
  .sep { width: 1px; height: 20px; background: #c7c7c7; margin: 0 4px; }
  .canvas { position: fixed; top: 112px; left: 0; right: ${SIDEBAR_ROOM_PX}px; bottom: 0; overflow: auto; padding: 16px 0 48px; }
  .page { width: 816px; min-height: 1056px; margin: 0 auto; background: #fff; padding: 96px; box-shadow: 0 1px 3px rgba(60,64,67,.15), 0 4px 8px rgba(60,64,67,.1); }
  ${PARAGRAPH_CSS}
</style></head>
<body>
  <header class="titlebar">
    <div class="logo" aria-hidden="true"></div>
    <div><div class="title" id="docs-title">${escapeHtml(doc.title)}</div><nav class="menus">${menus}</nav></div>
    <div class="share">Share</div><div class="avatar">ID</div>
  </header>
  <div class="toolbar" role="toolbar">${tools}</div>
  <main class="canvas" id="docs-editor-container"><div class="page" id="docs-page" data-document-id="${escapeHtml(doc.documentId)}"></div></main>
<script>
  const page = document.getElementById('docs-page');
  let revisionId = '';
  function draw(state) {
    if (state.revisionId === revisionId) return;
    revisionId = state.revisionId;
    document.getElementById('docs-title').textContent = state.title;
    document.title = state.title + ' - Google Docs';
    page.replaceChildren(...state.paragraphs.map((p) => {
      const el = document.createElement(p.style.startsWith('HEADING_') ? 'h' + p.style.slice(-1) : 'p');
      el.className = 'p ' + p.style;
      for (const r of p.runs) {
        const span = document.createElement(r.link ? 'a' : 'span');
        if (r.link) span.href = r.link;
        span.textContent = r.text;
        if (r.bold) span.style.fontWeight = 'bold';
        if (r.italic) span.style.fontStyle = 'italic';
        if (r.underline) span.style.textDecoration = 'underline';
        el.append(span);
      }
      return el;
    }));
  }
  draw(${initial});
  setInterval(async () => {
    try {
      const res = await fetch(${JSON.stringify(stateUrl)}, { cache: 'no-store' });
      if (res.ok) draw(await res.json());
    } catch {}
  }, 1000);
</script>
</body></html>`;
}
