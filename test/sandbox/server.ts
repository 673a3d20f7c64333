import { createServer as createHttpsServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { retryHeaders, type Faults } from './faults';
import { json, type SandboxRequest, type SandboxResponse } from './http';
import { EDITOR_STATE_PREFIX } from './pages/docs-site';
import type { Service } from './service';
import type { State } from './world';

export async function readRequest(req: IncomingMessage, fallbackHost: string): Promise<SandboxRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const url = new URL(req.url ?? '/', 'http://placeholder');
  return {
    method: (req.method ?? 'GET').toUpperCase(),
    host: (req.headers.host ?? fallbackHost).replace(/:\d+$/, '').toLowerCase(),
    path: url.pathname,
    query: url.searchParams,
    headers: req.headers,
    body: Buffer.concat(chunks).toString('utf8'),
  };
}

export function writeResponse(res: ServerResponse, r: SandboxResponse): void {
  res.writeHead(r.status, r.headers ?? {});
  res.end(r.body ?? '');
}

/** The HTTPS side: every mapped host on one port, told apart by the Host header. */
export function createSandboxServer(tls: { key: string; cert: string }, state: State, faults: Faults, router: Map<string, Service[]>): Server {
  return createHttpsServer(tls, (req, res) => {
    void (async () => {
      const request = await readRequest(req, '');
      const answer = await respond(request, faults, router);
      if (answer === 'drop') {
        state.requests.push({ host: request.host, method: request.method, path: request.path, status: 0, at: new Date().toISOString() });
        req.socket.destroy();
        return;
      }
      const response = withCors(request, answer);
      if (!(request.host === 'docs.google.com' && request.path.startsWith(EDITOR_STATE_PREFIX))) {
        state.requests.push({ host: request.host, method: request.method, path: request.path, status: response.status, at: new Date().toISOString() });
      }
      writeResponse(res, response);
    })().catch((e: unknown) => {
      writeResponse(res, json(500, { error: 'sandbox internal error', detail: e instanceof Error ? e.stack : String(e) }));
    });
  });
}

async function respond(req: SandboxRequest, faults: Faults, router: Map<string, Service[]>): Promise<SandboxResponse | 'drop'> {
  const services = router.get(req.host);
  if (!services) {
    return json(404, { error: `sandbox: no fake serves host "${req.host}"`, hosts: [...router.keys()] });
  }
  if (req.method === 'OPTIONS') return { status: 204 };
  const fault = faults.take(req);
  if (fault?.served && fault.delayMs && fault.status === undefined && !fault.drop) {
    // Acted on at once, answered late: a client stopped meanwhile never hears of it. This is a
    // fault of the path between us and the provider (a slow answer), not a provider behaviour:
    // GitLab creates the issue when it takes the POST whether or not the caller waits for the reply.
    let answer: SandboxResponse | undefined;
    for (const s of services) if ((answer = await s.handle(req))) break;
    await new Promise((r) => setTimeout(r, fault.delayMs));
    return answer ?? json(404, { error: `sandbox: nothing at ${req.method} https://${req.host}${req.path}` });
  }
  if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
  if (fault?.served) {
    for (const s of services) if (await s.handle(req)) break;
  }
  if (fault?.drop) return 'drop';
  // A success status without a body reads as "delay, then answer normally": there is no error to invent.
  if (fault?.status !== undefined && !(fault.status < 300 && fault.body === undefined)) {
    const status = fault.status;
    for (const s of services) {
      const r = s.fault?.({ ...req }, { ...fault, status });
      if (r) return r;
    }
    return json(status, fault.body ?? { error: `sandbox fault ${status}` }, retryHeaders(fault));
  }
  for (const s of services) {
    const r = await s.handle(req);
    if (r) return r;
  }
  return json(404, { error: `sandbox: nothing at ${req.method} https://${req.host}${req.path}` });
}

/** Real Google and Slack APIs answer CORS, so a page-context caller behaves here as it would there. */
function withCors(req: SandboxRequest, r: SandboxResponse): SandboxResponse {
  const origin = req.headers.origin;
  if (!origin) return r;
  const requested = req.headers['access-control-request-headers'];
  return {
    ...r,
    headers: {
      ...r.headers,
      'access-control-allow-origin': origin,
      'access-control-allow-credentials': 'true',
      'access-control-expose-headers': '*',
      ...(req.method === 'OPTIONS'
        ? {
            'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
            'access-control-allow-headers': typeof requested === 'string' ? requested : '*',
            'access-control-max-age': '600',
          }
        : {}),
    },
  };
}
