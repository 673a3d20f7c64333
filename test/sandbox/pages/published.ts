import { escapeHtml } from '../http';
import { PARAGRAPH_CSS, paragraphsHtml, type ParagraphView } from './doc-view';

/** The "Publish to the web" view: only the published revision's text, no editor chrome. */
export function publishedHtml(title: string, view: ParagraphView[]): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
  body { margin: 0; font-family: Arial, sans-serif; background: #fff; color: #000; }
  #header { padding: 14px 24px; border-bottom: 1px solid #dadce0; font-size: 18px; }
  #contents { max-width: 720px; margin: 32px auto; padding: 0 24px; }
  #footer { max-width: 720px; margin: 48px auto; padding: 12px 24px; border-top: 1px solid #dadce0; color: #666; font-size: 12px; }
  ${PARAGRAPH_CSS}
</style></head>
<body>
  <div id="header">${escapeHtml(title)}</div>
  <div id="contents">${paragraphsHtml(view)}</div>
  <div id="footer">Published using Google Docs · Report abuse · Learn more · Updated automatically every 5 minutes</div>
</body></html>`;
}

export function googleErrorPage(status: number, message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Error ${status}</title>
<style>body{font-family:Arial,sans-serif;margin:60px auto;max-width:560px;color:#222}</style></head>
<body><p><b>${status}.</b> That’s an error.</p><p>${escapeHtml(message)}</p></body></html>`;
}
