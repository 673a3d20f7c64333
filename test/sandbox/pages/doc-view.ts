import { BODY_START, paragraphs, type DocContent } from '../fakes/docs-model';
import { escapeHtml } from '../http';

/** What a page needs to draw a doc: paragraphs with their named style and styled runs. */
export interface ParagraphView {
  style: string;
  runs: Array<{ text: string; bold?: boolean; italic?: boolean; underline?: boolean; link?: string }>;
}

export function docView(content: DocContent): ParagraphView[] {
  return paragraphs(content).map((p) => {
    const runs: ParagraphView['runs'] = [];
    for (let i = p.startIndex; i < p.endIndex - 1; i++) {
      const s = content.textStyles[i - BODY_START] ?? {};
      const link = typeof s['link'] === 'object' && s['link'] !== null ? (s['link'] as { url?: unknown }).url : undefined;
      const run = {
        text: content.text[i - BODY_START] ?? '',
        ...(s['bold'] === true ? { bold: true } : {}),
        ...(s['italic'] === true ? { italic: true } : {}),
        ...(s['underline'] === true ? { underline: true } : {}),
        ...(typeof link === 'string' ? { link } : {}),
      };
      const last = runs.at(-1);
      const { text: _t, ...lastStyle } = last ?? { text: '' };
      const { text: _r, ...runStyle } = run;
      if (last && JSON.stringify(lastStyle) === JSON.stringify(runStyle)) last.text += run.text;
      else runs.push(run);
    }
    return { style: p.style.namedStyleType, runs };
  });
}

export const PARAGRAPH_CSS = `
  .p { margin: 0; min-height: 1.15em; white-space: pre-wrap; font-size: 11pt; line-height: 1.38; }
  .p.TITLE { font-size: 26pt; margin: 0 0 3pt; }
  .p.SUBTITLE { font-size: 15pt; color: #666; margin: 0 0 16pt; }
  .p.HEADING_1 { font-size: 20pt; margin: 20pt 0 6pt; }
  .p.HEADING_2 { font-size: 16pt; margin: 18pt 0 6pt; }
  .p.HEADING_3 { font-size: 14pt; color: #434343; margin: 16pt 0 4pt; }
  .p.HEADING_4, .p.HEADING_5, .p.HEADING_6 { font-size: 12pt; color: #666; margin: 14pt 0 4pt; }
  .p a { color: #1155cc; }
`;

/** Server-side drawing for pages without script (the published view). */
export function paragraphsHtml(view: ParagraphView[]): string {
  return view
    .map((p) => {
      const tag = p.style.startsWith('HEADING_') ? `h${p.style.slice(-1)}` : 'p';
      const runs = p.runs
        .map((r) => {
          let h = escapeHtml(r.text);
          if (r.bold) h = `<b>${h}</b>`;
          if (r.italic) h = `<i>${h}</i>`;
          if (r.underline && !r.link) h = `<u>${h}</u>`;
          return r.link ? `<a href="${escapeHtml(r.link)}">${h}</a>` : h;
        })
        .join('');
      return `<${tag} class="p ${p.style}">${runs}</${tag}>`;
    })
    .join('\n');
}
