import type { ParagraphView } from './doc-view';
import { escapeHtml } from '../http';

/**
 * A page shaped and behaving like the real Google Docs editor, so the extension meets there what
 * it meets on docs.google.com:
 * - The document is drawn on canvases (`.kix-canvas-tile-content` in `.kix-page-paginated`
 *   pages): no text in the DOM, nothing for `getSelection()` or the browser's context menu. Docs
 *   moved to canvas rendering in 2021 and told extension authors to use Workspace add-ons
 *   instead (https://github.com/ken107/read-aloud/issues/213,
 *   https://github.com/srgykuz/google-docs-utils/issues/10); its annotated-canvas hook is for
 *   allow-listed extensions only, so the extension reads the text through the Docs API.
 * - A selection is Docs' own: drawn as `.kix-selection-overlay` boxes, copied by Docs itself
 *   from its hidden `docs-texteventtarget-iframe`, which takes the keys.
 * - The right-click menu is the page's own; Shift+right-click shows the browser's, still
 *   without a selection (https://github.com/birchill/10ten-ja-reader/issues/782 and the threads
 *   above on canvas mode).
 * - The layout: title bar, toolbar, ruler, the page centred in a scrolling area as wide as the
 *   window (`.kix-appview-editor-container` / `.kix-appview-editor`), the side panel strip
 *   `.docs-companion-app-switcher-container` at the right. A fixed panel does not make the page
 *   move; an extension must narrow the container itself (as public Docs sidebars do, setting the
 *   container's width to `calc(100% - Npx)`).
 * It draws the fake's state and polls it about every second through a sandbox-only URL on its own
 * host; it carries no extension logic. `window.__sandboxEditor.wordBox(text)` tells tests where a
 * word is drawn, as a person would see it.
 */
export function editorHtml(doc: { documentId: string; title: string; revisionId: string; view: ParagraphView[] }, stateUrl: string): string {
  const initial = JSON.stringify({ title: doc.title, revisionId: doc.revisionId, paragraphs: doc.view }).replace(/</g, '\\u003c');
  const menus = ['File', 'Edit', 'View', 'Insert', 'Format', 'Tools', 'Extensions', 'Help'].map((m) => `<span class="menu-button">${m}</span>`).join('');
  const tools = [
    '↶',
    '↷',
    '.',
    '|',
    '100%',
    '|',
    'Normal text ▾',
    '|',
    'Arial ▾',
    '|',
    '− 11 +',
    '|',
    '<b>B</b>',
    '<i>I</i>',
    '<u>U</u>',
    'A',
    '|',
    '.',
    '.',
    '.',
    '|',
    '≡',
    '☰',
    '⋮',
  ]
    .map((t) => (t === '|' ? '<span class="sep"></span>' : t === '.' ? '<span class="tool icon"></span>' : `<span class="tool">${t}</span>`))
    .join('');
  const contextMenu = [
    'Cut',
    'Copy',
    'Paste',
    'Paste without formatting',
    'Delete',
    '-',
    'Comment',
    'Suggest edits',
    'Insert link',
    '-',
    'Format options',
    'Clear formatting',
  ]
    .map((t) =>
      t === '-' ? '<div class="goog-menuseparator" role="separator"></div>' : `<div class="goog-menuitem" role="menuitem" data-command="${t}">${t}</div>`,
    )
    .join('');
  const companion = ['#4285f4', '#fbbc04', '#1a73e8', '#34a853', '|', '+']
    .map((t) =>
      t === '|'
        ? '<span class="sep"></span>'
        : t === '+'
          ? '<span class="companion-add">+</span>'
          : `<span class="companion-app" style="background:${t}"></span>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(doc.title)} - Google Docs</title>
<style>
  * { box-sizing: border-box; }
  html, body { height: 100%; }
  body { margin: 0; overflow: hidden; font-family: Roboto, Arial, sans-serif; background: #f9fbfd; color: #1f1f1f; user-select: none; }
  #docs-chrome { position: absolute; top: 0; left: 0; right: 0; height: 112px; }
  .titlebar { height: 64px; display: flex; align-items: center; gap: 12px; padding: 0 16px; }
  .logo { width: 28px; height: 38px; background: #4285f4; border-radius: 3px; position: relative; flex: none; }
  .logo::after { content: ''; position: absolute; left: 6px; right: 6px; top: 14px; height: 12px;
    background: repeating-linear-gradient(#fff 0 2px, transparent 2px 5px); }
  .docs-title-input { font-size: 18px; padding: 2px 6px; border-radius: 4px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .menus { font-size: 14px; display: flex; gap: 14px; padding: 2px 6px; color: #444; }
  .titlebar-buttons { margin-left: auto; display: flex; align-items: center; gap: 12px; }
  .share { background: #c2e7ff; border-radius: 20px; padding: 10px 22px; font-weight: 500; font-size: 14px; }
  .avatar { width: 32px; height: 32px; border-radius: 50%; background: #7b1fa2; color: #fff; display: grid; place-items: center; font-size: 14px; }
  #docs-toolbar { margin: 0 72px 0 16px; height: 40px; background: #edf2fa; border-radius: 20px; display: flex; align-items: center; gap: 6px; padding: 0 16px; font-size: 14px; color: #444; overflow: hidden; white-space: nowrap; }
  .tool { padding: 4px 6px; border-radius: 4px; }
  .tool.icon { width: 18px; height: 18px; padding: 0; margin: 0 3px; border: 2px solid #444; border-radius: 3px; opacity: .7; }
  .companion-app { width: 22px; height: 22px; border-radius: 6px; }
  .companion-add { font-size: 22px; color: #444; }
  .sep { width: 1px; height: 20px; background: #c7c7c7; margin: 0 4px; flex: none; }
  .kix-appview-editor-container { position: absolute; top: 112px; left: 0; bottom: 0; width: calc(100% - 56px); display: flex; flex-direction: column; }
  #kix-horizontal-ruler-container { height: 24px; flex: none; overflow: hidden; }
  .kix-ruler { width: 816px; height: 22px; margin: 0 auto; background: #fff; border-bottom: 1px solid #dadce0;
    background-image: linear-gradient(to right, #e8eaed 96px, transparent 96px, transparent 720px, #e8eaed 720px),
      repeating-linear-gradient(to right, #80868b 0 1px, transparent 1px 12px); background-size: 100% 100%, 100% 6px; background-repeat: no-repeat, repeat-x; background-position: 0 0, 0 16px; }
  .kix-appview-editor { flex: 1; overflow: auto; cursor: text; }
  .kix-rotatingtilemanager-content { padding: 12px 0 48px; min-width: fit-content; }
  .kix-page-paginated { position: relative; width: 816px; height: 1056px; margin: 0 auto 12px; background: #fff; box-shadow: 0 1px 3px rgba(60,64,67,.15), 0 4px 8px rgba(60,64,67,.1); }
  .kix-canvas-tile-content { position: absolute; inset: 0; width: 816px; height: 1056px; }
  .kix-selection-overlay { position: absolute; background: rgba(26,115,232,.28); pointer-events: none; }
  .docs-companion-app-switcher-container { position: absolute; top: 64px; right: 0; bottom: 0; width: 56px; display: flex; flex-direction: column; align-items: center; gap: 18px; padding-top: 16px; border-left: 1px solid #e3e3e3; background: #f9fbfd; font-size: 18px; }
  .docs-companion-app-switcher-container .sep { width: 20px; height: 1px; margin: 0; }
  .goog-menu { position: fixed; z-index: 1000; min-width: 240px; background: #fff; border-radius: 4px; padding: 6px 0; box-shadow: 0 2px 6px 2px rgba(60,64,67,.15), 0 1px 2px rgba(60,64,67,.3); font-size: 14px; }
  .goog-menu[hidden] { display: none; }
  .goog-menuitem { padding: 6px 24px; cursor: default; }
  .goog-menuitem:hover { background: #f1f3f4; }
  .goog-menuseparator { border-top: 1px solid #dadce0; margin: 6px 0; }
  .docs-texteventtarget-iframe { position: absolute; left: -10000px; top: 0; width: 1px; height: 1px; border: 0; }
</style></head>
<body>
  <div id="docs-chrome">
    <header class="titlebar" id="docs-titlebar-container">
      <div class="logo" aria-hidden="true"></div>
      <div style="min-width:0"><div class="docs-title-input" id="docs-title">${escapeHtml(doc.title)}</div><nav class="menus" id="docs-menubar">${menus}</nav></div>
      <div class="titlebar-buttons"><div class="share">Share</div><div class="avatar">ID</div></div>
    </header>
    <div id="docs-toolbar-wrapper"><div id="docs-toolbar" role="toolbar">${tools}</div></div>
  </div>
  <div class="kix-appview-editor-container" id="docs-editor-container">
    <div id="kix-horizontal-ruler-container"><div id="kix-horizontal-ruler" class="kix-ruler"></div></div>
    <div class="kix-appview-editor" id="docs-editor" role="document" aria-label="Document content" data-document-id="${escapeHtml(doc.documentId)}">
      <div class="kix-rotatingtilemanager-content" id="pages"></div>
    </div>
  </div>
  <div class="docs-companion-app-switcher-container" role="complementary" aria-label="Side panel">${companion}</div>
  <div class="goog-menu docs-contextmenu" role="menu" hidden>${contextMenu}</div>
  <iframe class="docs-texteventtarget-iframe" tabindex="-1" aria-hidden="true" title="Document editing"></iframe>
<script>
${EDITOR_SCRIPT}
start(${initial}, ${JSON.stringify(stateUrl)});
</script>
</body></html>`;
}

// Plain script text (no interpolation): it runs in the page.
const EDITOR_SCRIPT = String.raw`
const PAGE_W = 816, PAGE_H = 1056, MARGIN = 96, CONTENT_W = PAGE_W - 2 * MARGIN;
// Docs' default named styles: size in pt, colour, space before and after in pt.
const STYLES = {
  TITLE: [26, '#000000', 0, 3], SUBTITLE: [15, '#666666', 0, 16],
  HEADING_1: [20, '#000000', 20, 6], HEADING_2: [16, '#000000', 18, 6], HEADING_3: [14, '#434343', 16, 4],
  HEADING_4: [12, '#666666', 14, 4], HEADING_5: [11, '#666666', 12, 4], HEADING_6: [11, '#666666', 12, 4], NORMAL_TEXT: [11, '#000000', 0, 0],
};
const pt = (n) => (n * 96) / 72;
const pagesEl = document.getElementById('pages');
const scroller = document.getElementById('docs-editor');
const menu = document.querySelector('.docs-contextmenu');
const target = document.querySelector('.docs-texteventtarget-iframe');
const measure = document.createElement('canvas').getContext('2d');
let revisionId = '', text = '', lines = [], selection = null, anchor = null;

function fontOf(style, run) {
  return (run.italic ? 'italic ' : '') + (run.bold ? 'bold ' : '') + pt((STYLES[style] || STYLES.NORMAL_TEXT)[0]) + 'px Arial, "Liberation Sans", sans-serif';
}

// Lines of words, wrapped at the page's text width, paginated; each piece knows its offset in the text.
function layout(paragraphs) {
  lines = [];
  text = '';
  let page = 0, y = MARGIN;
  for (const p of paragraphs) {
    const [size, color, before, after] = STYLES[p.style] || STYLES.NORMAL_TEXT;
    const height = pt(size) * 1.38;
    y += pt(before);
    let line = { page, y, height, pieces: [], start: text.length, end: text.length };
    let x = 0;
    const place = () => {
      if (line.y + height > PAGE_H - MARGIN && line.y > MARGIN) { page += 1; line.page = page; line.y = MARGIN; }
      lines.push(line);
      y = line.y + height;
    };
    for (const run of p.runs) {
      for (const word of run.text.split(/(\s+)/)) {
        if (!word) continue;
        measure.font = fontOf(p.style, run);
        const width = measure.measureText(word).width;
        if (x + width > CONTENT_W && x > 0 && !/^\s+$/.test(word)) {
          place();
          line = { page, y, height, pieces: [], start: text.length, end: text.length };
          x = 0;
        }
        line.pieces.push({ text: word, x, width, font: fontOf(p.style, run), color: run.link ? '#1155cc' : color, underline: run.underline || !!run.link, start: text.length });
        text += word;
        line.end = text.length;
        x += width;
      }
    }
    place();
    text += '\n';
    y += pt(after);
  }
  return page + 1;
}

function draw(state) {
  if (state.revisionId === revisionId) return;
  revisionId = state.revisionId;
  document.getElementById('docs-title').textContent = state.title;
  document.title = state.title + ' - Google Docs';
  const pageCount = layout(state.paragraphs);
  selection = null;
  const dpr = window.devicePixelRatio || 1;
  const pages = [];
  for (let i = 0; i < pageCount; i++) {
    const page = document.createElement('div');
    page.className = 'kix-page-paginated';
    const canvas = document.createElement('canvas');
    canvas.className = 'kix-canvas-tile-content';
    canvas.width = PAGE_W * dpr;
    canvas.height = PAGE_H * dpr;
    const ctx = canvas.getContext('2d');
    ctx.scale(dpr, dpr);
    ctx.textBaseline = 'alphabetic';
    for (const line of lines.filter((l) => l.page === i)) {
      for (const piece of line.pieces) {
        ctx.font = piece.font;
        ctx.fillStyle = piece.color;
        const baseline = line.y + line.height * 0.78;
        ctx.fillText(piece.text, MARGIN + piece.x, baseline);
        if (piece.underline) ctx.fillRect(MARGIN + piece.x, baseline + 2, piece.width, 1);
      }
    }
    page.append(canvas);
    pages.push(page);
  }
  pagesEl.replaceChildren(...pages);
}

function xAt(line, offset) {
  for (const piece of line.pieces) {
    if (offset <= piece.start + piece.text.length) {
      measure.font = piece.font;
      return piece.x + measure.measureText(piece.text.slice(0, Math.max(0, offset - piece.start))).width;
    }
  }
  const last = line.pieces[line.pieces.length - 1];
  return last ? last.x + last.width : 0;
}

function offsetAt(clientX, clientY) {
  const pageEls = [...pagesEl.children];
  let best = null;
  pageEls.forEach((el, i) => {
    const r = el.getBoundingClientRect();
    if (clientY < r.top || clientY > r.bottom) return;
    const x = clientX - r.left - MARGIN, y = clientY - r.top;
    const onPage = lines.filter((l) => l.page === i);
    const line = onPage.find((l) => y >= l.y && y < l.y + l.height) || (onPage.length && (y < onPage[0].y ? onPage[0] : onPage[onPage.length - 1]));
    if (!line) return;
    let offset = line.end;
    for (const piece of line.pieces) {
      if (x < piece.x + piece.width) {
        measure.font = piece.font;
        let k = 0;
        while (k < piece.text.length && piece.x + measure.measureText(piece.text.slice(0, k + 1)).width - measure.measureText(piece.text[k]).width / 2 < x) k++;
        offset = piece.start + k;
        break;
      }
    }
    best = offset;
  });
  return best;
}

function showSelection() {
  document.querySelectorAll('.kix-selection-overlay').forEach((el) => el.remove());
  if (!selection || selection[0] === selection[1]) return;
  const [from, to] = selection;
  const pageEls = pagesEl.children;
  for (const line of lines) {
    if (line.end <= from || line.start >= to) continue;
    const box = document.createElement('div');
    box.className = 'kix-selection-overlay';
    const left = xAt(line, Math.max(from, line.start)), right = xAt(line, Math.min(to, line.end));
    Object.assign(box.style, { left: MARGIN + left + 'px', top: line.y + 'px', width: Math.max(2, right - left) + 'px', height: line.height + 'px' });
    pageEls[line.page].append(box);
  }
}

function selectedText() {
  return selection ? text.slice(selection[0], selection[1]) : '';
}

// Docs takes keys and clipboard events in a hidden editable frame; the selection never reaches the page's DOM.
target.srcdoc = '<!doctype html><html><body contenteditable="true" spellcheck="false"></body></html>';
target.addEventListener('load', () => {
  const d = target.contentDocument;
  d.addEventListener('copy', (e) => {
    e.clipboardData.setData('text/plain', selectedText());
    e.preventDefault();
  });
  // The sandbox's editor shows the fake's state; edits come through the Docs API.
  d.addEventListener('beforeinput', (e) => e.preventDefault());
});
function focusDocument() {
  target.contentWindow.focus();
  target.contentDocument && target.contentDocument.body.focus();
}

scroller.addEventListener('mousedown', (e) => {
  if (e.button !== 0) return;
  hideMenu();
  const at = offsetAt(e.clientX, e.clientY);
  anchor = at;
  selection = at === null ? null : [at, at];
  showSelection();
  e.preventDefault();
  focusDocument();
});
scroller.addEventListener('mousemove', (e) => {
  if (anchor === null || !(e.buttons & 1)) return;
  const at = offsetAt(e.clientX, e.clientY);
  if (at !== null) selection = [Math.min(anchor, at), Math.max(anchor, at)];
  showSelection();
});
addEventListener('mouseup', () => (anchor = null));
scroller.addEventListener('dblclick', (e) => {
  const at = offsetAt(e.clientX, e.clientY);
  if (at === null) return;
  let from = at, to = at;
  while (from > 0 && /[\w'-]/.test(text[from - 1])) from--;
  while (to < text.length && /[\w'-]/.test(text[to])) to++;
  selection = [from, to];
  showSelection();
  focusDocument();
});

function hideMenu() { menu.hidden = true; }
// The page's own menu; Shift+right-click lets the browser's show (and it sees no selection).
document.addEventListener('contextmenu', (e) => {
  if (e.shiftKey || !e.target.closest('.kix-appview-editor')) return;
  e.preventDefault();
  menu.hidden = false;
  Object.assign(menu.style, { left: Math.min(e.clientX, innerWidth - menu.offsetWidth - 8) + 'px', top: Math.min(e.clientY, innerHeight - menu.offsetHeight - 8) + 'px' });
});
menu.addEventListener('mousedown', (e) => e.preventDefault());
menu.addEventListener('click', (e) => {
  const item = e.target.closest('[data-command]');
  if (item && item.dataset.command === 'Copy') { focusDocument(); target.contentDocument.execCommand('copy'); }
  hideMenu();
});
document.addEventListener('mousedown', (e) => { if (!e.target.closest('.docs-contextmenu')) hideMenu(); });
document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hideMenu(); });

window.__sandboxEditor = {
  wordBox(word) {
    const at = text.indexOf(word);
    if (at < 0) return null;
    const line = lines.find((l) => at >= l.start && at < l.end);
    const r = pagesEl.children[line.page].getBoundingClientRect();
    const left = xAt(line, at), right = xAt(line, at + word.length);
    return { x: r.left + MARGIN + left, y: r.top + line.y, width: right - left, height: line.height };
  },
};

function start(initial, stateUrl) {
  draw(initial);
  setInterval(async () => {
    try {
      const res = await fetch(stateUrl, { cache: 'no-store' });
      if (res.ok) draw(await res.json());
    } catch {}
  }, 1000);
}
`;
