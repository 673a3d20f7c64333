// Only a document's editor page hosts the sidebar: /document/d/<id>/edit (with any query or
// hash, and the /u/<n>/ account prefix Docs adds for a second signed-in account).
const EDITOR_PATH = /^\/document(?:\/u\/\d+)?\/d\/([A-Za-z0-9_-]{5,200})\/edit\/?$/;

export function editorDocumentId(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' || parsed.hostname !== 'docs.google.com') return undefined;
  return EDITOR_PATH.exec(parsed.pathname)?.[1];
}

const PUBLISHED_PATH = /^\/document(?:\/u\/\d+)?\/d\/([A-Za-z0-9_-]{5,200})\/pub\/?$/;

/** The doc of a /document/d/<id>/pub page (the /d/e/2PACX-… form names no doc: compare its URL). */
export function publishedDocumentId(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' || parsed.hostname !== 'docs.google.com') return undefined;
    return PUBLISHED_PATH.exec(parsed.pathname)?.[1];
  } catch {
    return undefined;
  }
}

export function editorUrl(documentId: string): string {
  return `https://docs.google.com/document/d/${documentId}/edit`;
}
