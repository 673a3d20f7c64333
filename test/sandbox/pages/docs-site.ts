import { html, json, type SandboxResponse } from '../http';
import type { Service } from '../service';
import { publishedContent, type State } from '../world';
import { docView } from './doc-view';
import { editorHtml } from './editor';
import { googleErrorPage, publishedHtml } from './published';

/** Sandbox-only URL the editor page polls; it is not logged as outside-world traffic. */
export const EDITOR_STATE_PREFIX = '/__sandbox/doc/';

/** docs.google.com: the editor page and the published views. */
export function docsSite(state: State): Service {
  const notFound = (): SandboxResponse => html(404, googleErrorPage(404, 'The requested URL was not found on this server.'));
  return {
    hosts: ['docs.google.com'],
    fault(_req, fault) {
      return html(fault.status, googleErrorPage(fault.status, typeof fault.body === 'string' ? fault.body : 'Injected fault.'));
    },
    handle(req) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return notFound();
      if (req.path.startsWith(EDITOR_STATE_PREFIX)) {
        const doc = state.docs.get(decodeURIComponent(req.path.slice(EDITOR_STATE_PREFIX.length)));
        if (!doc) return json(404, { error: 'no such doc' });
        return json(
          200,
          { title: doc.title, revisionId: state.docsRevisionId(doc, doc.owner), paragraphs: docView(doc.content) },
          { 'cache-control': 'no-store' },
        );
      }
      const byKey = /^\/document\/d\/e\/2PACX-([^/]+)\/pub$/.exec(req.path);
      if (byKey?.[1]) {
        // With publishAuto the page follows the file's content; without it, the published revision's snapshot.
        const doc = [...state.docs.values()].find((d) => d.publishKey === byKey[1] && d.publish);
        const shown = doc && publishedContent(doc);
        return shown ? html(200, publishedHtml(shown.title, docView(shown.content))) : notFound();
      }
      const m = /^\/document\/d\/([^/]+)\/(edit|pub)$/.exec(req.path);
      if (!m?.[1]) return notFound();
      const doc = state.docs.get(decodeURIComponent(m[1]));
      if (!doc) return html(404, googleErrorPage(404, 'Sorry, the file you have requested does not exist.'));
      if (m[2] === 'pub') {
        const shown = publishedContent(doc);
        // Google answers 400 for a doc that exists but is not published to the web.
        return shown ? html(200, publishedHtml(shown.title, docView(shown.content))) : html(400, googleErrorPage(400, 'This document is not published.'));
      }
      return html(
        200,
        editorHtml(
          { documentId: doc.documentId, title: doc.title, revisionId: state.docsRevisionId(doc, doc.owner), view: docView(doc.content) },
          EDITOR_STATE_PREFIX + encodeURIComponent(doc.documentId),
        ),
      );
    },
  };
}
