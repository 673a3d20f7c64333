import { isRecord, json, jsonBody, type SandboxResponse } from '../http';
import type { Service } from '../service';
import { docsDiscovery } from '../spec/discovery';
import type { Doc, State } from '../world';
import {
  cloneContent,
  createNamedRange,
  deleteContentRange,
  FIRST_TAB_ID,
  insertionIndex,
  insertText,
  InvalidRequest,
  replaceAllText,
  replaceNamedRangeContent,
  updateParagraphStyle,
  updateTextStyle,
  type DocContent,
} from './docs-model';
import { documentJson } from './docs-json';
import { accessOf, googleCaller, googleError, googleFault, isResponse, reachable, scopesOf, urlNotFound, validateGoogle, type GoogleCaller } from './google';

/**
 * Google Docs API v1: documents.create, get and batchUpdate over the shared doc store. Requests
 * are validated against specs/google-docs-v1.discovery.json. A doc that exists but is not shared
 * with the caller is 403 PERMISSION_DENIED "The caller does not have permission" (the answer the
 * Docs/Sheets family gives, e.g. github.com/gglukmann/use-google-sheets/issues/37); an absent one 404.
 */
export function docsApi(state: State): Service {
  const d = docsDiscovery();
  return {
    hosts: ['docs.googleapis.com'],
    fault: googleFault('docs'),
    handle(req) {
      const m = /^\/v1\/documents(?:\/([^/:]+)(:batchUpdate)?)?$/.exec(req.path);
      if (!m) return urlNotFound(req);
      const [, rawId, batch] = m;
      const methodId = rawId === undefined ? 'docs.documents.create' : batch ? 'docs.documents.batchUpdate' : 'docs.documents.get';
      const wanted = rawId === undefined || batch ? 'POST' : 'GET';
      if (req.method !== wanted) return urlNotFound(req);
      const body = req.method === 'POST' ? jsonBody(req) : undefined;
      if (req.method === 'POST' && !isRecord(body)) return googleError(400, 'Invalid JSON payload received.');
      const c = googleCaller(state, req, scopesOf(d, methodId));
      if (isResponse(c)) return c;
      const invalid = validateGoogle(d, methodId, req, body);
      if (invalid) return invalid;
      if (rawId === undefined) {
        const title = isRecord(body) && typeof body['title'] === 'string' ? body['title'] : 'Untitled document';
        const doc = state.createDoc({ title, creator: { user: c.user, clientId: c.clientId } });
        return json(200, documentJson(doc, state.docsRevisionId(doc, c.user), false));
      }
      const doc = state.docs.get(decodeURIComponent(rawId));
      if (!doc) return googleError(404, 'Requested entity was not found.');
      const access = reachable(doc, c, 'docs') ? accessOf(doc, c.user) : undefined;
      if (!access || (batch && access !== 'write')) return googleError(403, 'The caller does not have permission');
      if (batch) return batchUpdate(state, doc, c, body as Record<string, unknown>);
      // revisionId "is populated only if the caller has edit access" (apis.md A).
      return json(200, documentJson(doc, access === 'write' ? state.docsRevisionId(doc, c.user) : undefined, req.query.get('includeTabsContent') === 'true'));
    },
  };
}

function batchUpdate(state: State, doc: Doc, c: GoogleCaller, body: Record<string, unknown>): SandboxResponse {
  const requests = body['requests'];
  if (!Array.isArray(requests) || requests.length === 0) return googleError(400, 'Must specify at least one request.');
  const writeControl = isRecord(body['writeControl']) ? body['writeControl'] : {};
  // The Docs revisionId is per user: another user's id for the same state is not this caller's.
  const head = state.docsRevisionId(doc, c.user);
  const required = writeControl['requiredRevisionId'];
  const target = writeControl['targetRevisionId'];
  if (required !== undefined && target !== undefined) {
    return googleError(400, 'Only one of requiredRevisionId and targetRevisionId may be set.');
  }
  // The real message is undocumented and clients must not match on it; only the 400 matters.
  if (required !== undefined && required !== head) {
    return googleError(400, `The document was modified after revision ${String(required)}; re-read it and retry.`);
  }
  // Collaborators never edit the sandbox's docs, so applying on top of head is the server's whole merge.
  const versions = Array.from({ length: doc.version + 1 }, (_v, i) => state.docsRevisionId(doc, c.user, i));
  if (target !== undefined && !versions.includes(String(target))) {
    return googleError(400, `The target revision ${String(target)} is invalid or too far behind.`);
  }
  // Work on a copy: one invalid request anywhere leaves the doc untouched.
  const work = cloneContent(doc.content);
  const replies: object[] = [];
  for (const [i, request] of requests.entries()) {
    const kind = isRecord(request) ? Object.keys(request)[0] : undefined;
    try {
      if (!isRecord(request) || kind === undefined || Object.keys(request).length !== 1) {
        throw new InvalidRequest('Each request must set exactly one kind of request.');
      }
      replies.push(apply(work, kind, request[kind]));
    } catch (e) {
      if (!(e instanceof InvalidRequest)) throw e;
      return googleError(400, `Invalid requests[${i}]${kind ? `.${kind}` : ''}: ${e.message}`);
    }
  }
  if (JSON.stringify(work) !== JSON.stringify(doc.content)) {
    doc.content = work;
    state.commit(doc);
  }
  return json(200, { documentId: doc.documentId, replies, writeControl: { requiredRevisionId: state.docsRevisionId(doc, c.user) } });
}

function apply(c: DocContent, kind: string, raw: unknown): object {
  if (!isRecord(raw)) throw new InvalidRequest(`${kind} must be an object.`);
  switch (kind) {
    case 'insertText': {
      const text = raw['text'];
      if (typeof text !== 'string' || text === '') throw new InvalidRequest('Insert text requests must specify text to insert.');
      insertText(c, insertionIndex(c, raw['location'], raw['endOfSegmentLocation']), text);
      return {};
    }
    case 'replaceAllText': {
      const contains = raw['containsText'];
      if (!isRecord(contains) || typeof contains['text'] !== 'string') throw new InvalidRequest('containsText.text is required.');
      const replaceText = raw['replaceText'] ?? '';
      if (typeof replaceText !== 'string') throw new InvalidRequest('replaceText must be a string.');
      checkTabsCriteria(raw['tabsCriteria']);
      const n = replaceAllText(c, contains['text'], replaceText, contains['matchCase'] === true, contains['searchByRegex'] === true);
      // Like the real API's JSON, a zero count is left out rather than sent as 0.
      return { replaceAllText: n > 0 ? { occurrencesChanged: n } : {} };
    }
    case 'deleteContentRange':
      deleteContentRange(c, raw['range']);
      return {};
    case 'createNamedRange':
      return { createNamedRange: { namedRangeId: createNamedRange(c, raw['name'], raw['range']) } };
    case 'replaceNamedRangeContent': {
      const id = raw['namedRangeId'];
      const name = raw['namedRangeName'];
      if ((id === undefined) === (name === undefined)) throw new InvalidRequest('Exactly one of namedRangeId or namedRangeName must be set.');
      if ((id !== undefined && typeof id !== 'string') || (name !== undefined && typeof name !== 'string')) {
        throw new InvalidRequest('namedRangeId and namedRangeName must be strings.');
      }
      const text = raw['text'] ?? '';
      if (typeof text !== 'string') throw new InvalidRequest('text must be a string.');
      checkTabsCriteria(raw['tabsCriteria']);
      replaceNamedRangeContent(c, id !== undefined ? { id } : { name: name as string }, text);
      return {};
    }
    case 'updateTextStyle':
      updateTextStyle(c, raw['range'], raw['textStyle'], raw['fields']);
      return {};
    case 'updateParagraphStyle':
      updateParagraphStyle(c, raw['range'], raw['paragraphStyle'], raw['fields']);
      return {};
    default:
      throw new InvalidRequest(`${kind} is not a request the sandbox implements.`);
  }
}

function checkTabsCriteria(criteria: unknown): void {
  if (criteria === undefined) return;
  const ids = isRecord(criteria) ? criteria['tabIds'] : undefined;
  if (!Array.isArray(ids) || ids.some((id) => id !== FIRST_TAB_ID)) throw new InvalidRequest('tabsCriteria.tabIds must name existing tabs.');
}
