import { createServer, type Server } from 'node:http';
import type { Faults, Fault } from './faults';
import { isRecord, json, jsonBody, html, type SandboxResponse } from './http';
import { outsideWorldHtml } from './pages/outside-world';
import { readRequest, writeResponse } from './server';
import { TEST_PAGERDUTY_ROUTING_KEY, TEST_TOKENS } from './tokens';
import { headRevision, type State } from './world';

/**
 * The control side, plain HTTP on its own loopback port: none of the mapped hosts reach it, so
 * the code under test cannot read or steer the world it is being judged by.
 */
export function createControlServer(state: State, faults: Faults, info: () => { port: number; hosts: readonly string[] }): Server {
  return createServer((req, res) => {
    void (async () => {
      const r = await readRequest(req, '127.0.0.1');
      writeResponse(res, route(state, faults, info, r.method, r.path, jsonBody(r)));
    })().catch((e: unknown) => writeResponse(res, json(500, { error: e instanceof Error ? e.message : String(e) })));
  });
}

function route(state: State, faults: Faults, info: () => { port: number; hosts: readonly string[] }, method: string, path: string, body: unknown): SandboxResponse {
  switch (`${method} ${path}`) {
    case 'GET /':
      return html(200, outsideWorldHtml(state.snapshot(), info()));
    case 'GET /world':
      return json(200, state.snapshot());
    case 'POST /faults':
      if (!isRecord(body)) return json(400, { error: 'POST /faults takes a Fault JSON object' });
      try {
        faults.add(body as unknown as Fault);
      } catch (e) {
        return json(400, { error: e instanceof Error ? e.message : String(e) });
      }
      return json(201, { ok: true });
    case 'POST /reset':
      state.reset();
      faults.clear();
      return json(200, { ok: true });
    case 'POST /docs': {
      if (!isRecord(body) || typeof body['title'] !== 'string') return json(400, { error: 'POST /docs takes {"title": string, "text"?: string, "id"?: string}' });
      const text = typeof body['text'] === 'string' ? body['text'] : undefined;
      const id = typeof body['id'] === 'string' ? body['id'] : undefined;
      try {
        const doc = state.createDoc({ title: body['title'], ...(text !== undefined ? { text } : {}), ...(id !== undefined ? { id } : {}) });
        return json(201, { documentId: doc.documentId, revisionId: headRevision(doc).revisionId, editUrl: `https://docs.google.com/document/d/${doc.documentId}/edit` });
      } catch (e) {
        return json(409, { error: e instanceof Error ? e.message : String(e) });
      }
    }
    case 'POST /tokens':
      return json(200, { ...TEST_TOKENS, pagerduty: TEST_PAGERDUTY_ROUTING_KEY });
    case 'POST /tokens/revoke': {
      const target = isRecord(body) ? (body['token'] ?? body['service']) : undefined;
      if (typeof target !== 'string') return json(400, { error: 'POST /tokens/revoke takes {"token": string} or {"service": "google"|"slack"|"x"|"gitlab"|"zoom"}' });
      state.tokens.revoke(target);
      return json(200, { ok: true });
    }
    default:
      return json(404, { error: `control: no route ${method} ${path}`, routes: ['GET /', 'GET /world', 'POST /faults', 'POST /reset', 'POST /docs', 'POST /tokens', 'POST /tokens/revoke'] });
  }
}
