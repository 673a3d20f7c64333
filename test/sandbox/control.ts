import { createServer, type Server } from 'node:http';
import type { Faults, Fault } from './faults';
import { isRecord, json, jsonBody, html, type SandboxResponse } from './http';
import { outsideWorldHtml } from './pages/outside-world';
import { readRequest, writeResponse } from './server';
import { OAUTH_CLIENTS } from './clients';
import { issueToken, share } from './helpers';
import { GOOGLE_TEST_TOKENS, GOOGLE_USERS, TEST_PAGERDUTY_ROUTING_KEY, TEST_TOKENS, type TokenService } from './tokens';
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

function route(
  state: State,
  faults: Faults,
  info: () => { port: number; hosts: readonly string[] },
  method: string,
  path: string,
  body: unknown,
): SandboxResponse {
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
      if (!isRecord(body) || typeof body['title'] !== 'string')
        return json(400, { error: 'POST /docs takes {"title": string, "text"?: string, "id"?: string}' });
      const text = typeof body['text'] === 'string' ? body['text'] : undefined;
      const id = typeof body['id'] === 'string' ? body['id'] : undefined;
      const owner = typeof body['owner'] === 'string' ? body['owner'] : undefined;
      try {
        const doc = state.createDoc({
          title: body['title'],
          ...(text !== undefined ? { text } : {}),
          ...(id !== undefined ? { id } : {}),
          ...(owner !== undefined ? { owner } : {}),
        });
        return json(201, {
          documentId: doc.documentId,
          revisionId: state.docsRevisionId(doc, doc.owner),
          driveRevisionId: headRevision(doc).id,
          editUrl: `https://docs.google.com/document/d/${doc.documentId}/edit`,
        });
      } catch (e) {
        return json(409, { error: e instanceof Error ? e.message : String(e) });
      }
    }
    case 'POST /docs/share': {
      if (!isRecord(body) || typeof body['documentId'] !== 'string' || typeof body['type'] !== 'string' || typeof body['role'] !== 'string') {
        return json(400, { error: 'POST /docs/share takes {"documentId", "type": "user"|"domain"|"anyone", "role", "emailAddress"?, "domain"?}' });
      }
      try {
        share(state, body['documentId'], body as { type: string; role: string; emailAddress?: string; domain?: string });
      } catch (e) {
        return json(404, { error: e instanceof Error ? e.message : String(e) });
      }
      return json(200, { ok: true });
    }
    case 'POST /tokens':
      return json(200, { ...TEST_TOKENS, pagerduty: TEST_PAGERDUTY_ROUTING_KEY, googleUsers: GOOGLE_TEST_TOKENS });
    case 'POST /tokens/issue': {
      if (!isRecord(body) || typeof body['service'] !== 'string' || !(body['service'] in TEST_TOKENS) || typeof body['scope'] !== 'string') {
        return json(400, { error: 'POST /tokens/issue takes {"service", "scope", "user"?, "clientId"?, "host"?, "withRefresh"?}' });
      }
      return json(201, issueToken(state, body['service'] as TokenService, body as { scope: string }));
    }
    case 'GET /clock':
      return json(200, { now: state.now(), offsetMs: state.clockOffsetMs });
    case 'POST /clock': {
      const advance = isRecord(body) ? body['advanceMs'] : undefined;
      if (typeof advance !== 'number' || !Number.isFinite(advance) || advance < 0) return json(400, { error: 'POST /clock takes {"advanceMs": number >= 0}' });
      state.clockOffsetMs += advance;
      return json(200, { now: state.now(), offsetMs: state.clockOffsetMs });
    }
    case 'POST /google/signin': {
      const email = isRecord(body) ? body['email'] : undefined;
      if (typeof email !== 'string' || !GOOGLE_USERS.some((u) => u.email === email))
        return json(400, { error: `POST /google/signin takes {"email"} of one of ${GOOGLE_USERS.map((u) => u.email).join(', ')}` });
      state.googleSignedIn = email;
      return json(200, { ok: true });
    }
    case 'POST /workspace': {
      if (!isRecord(body) || typeof body['allowPublishing'] !== 'boolean') return json(400, { error: 'POST /workspace takes {"allowPublishing": boolean}' });
      state.workspace.allowPublishing = body['allowPublishing'];
      return json(200, { ...state.workspace });
    }
    case 'GET /clients':
      return json(200, OAUTH_CLIENTS);
    case 'POST /tokens/revoke': {
      const target = isRecord(body) ? (body['token'] ?? body['service']) : undefined;
      if (typeof target !== 'string')
        return json(400, { error: 'POST /tokens/revoke takes {"token": string} or {"service": "google"|"slack"|"x"|"gitlab"|"zoom"}' });
      state.tokens.revoke(target);
      return json(200, { ok: true });
    }
    default:
      return json(404, {
        error: `control: no route ${method} ${path}`,
        routes: [
          'GET /',
          'GET /world',
          'POST /faults',
          'POST /reset',
          'POST /docs',
          'POST /docs/share',
          'POST /tokens',
          'POST /tokens/issue',
          'POST /tokens/revoke',
          'GET /clock',
          'POST /clock',
          'POST /google/signin',
          'POST /workspace',
          'GET /clients',
        ],
      });
  }
}
