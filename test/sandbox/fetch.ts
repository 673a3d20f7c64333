import { request as httpsRequest } from 'node:https';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const NULL_BODY = new Set([101, 204, 205, 304]);

/**
 * A fetch for Node tests that reaches the sandbox the way the browser's host mapping does:
 * the connection goes to 127.0.0.1:port while the URL, Host header and TLS server name stay the
 * real service's, and the certificate is checked against the sandbox's own.
 * Other https hosts fail like an unmapped host in the browser; the loopback control URL passes through.
 */
export function sandboxFetch(port: number, hosts: readonly string[], ca: string): typeof fetch {
  const mapped = new Set(hosts);
  const go = async (input: string | URL | Request, init?: RequestInit, hops = 0): Promise<Response> => {
    const req = new Request(input, init);
    const url = new URL(req.url);
    if (url.protocol === 'http:' && url.hostname === '127.0.0.1') return fetch(req);
    if (url.protocol !== 'https:' || !mapped.has(url.hostname)) {
      throw new TypeError(`fetch failed: ${url.host} is not one of the sandbox's hosts`);
    }
    const res = await send(port, ca, req, url);
    const location = res.headers.get('location');
    if (!REDIRECTS.has(res.status) || location === null || req.redirect === 'manual') return res;
    if (req.redirect === 'error') throw new TypeError(`fetch failed: redirect to ${location}`);
    if (hops >= 20) throw new TypeError('fetch failed: too many redirects');
    // As fetch does: 303, and 301/302 after a POST, continue as a GET without a body.
    const asGet = res.status === 303 || ((res.status === 301 || res.status === 302) && req.method === 'POST');
    const next = new URL(location, url);
    return go(next, asGet ? { method: 'GET', headers: req.headers, signal: req.signal } : new Request(next, req), hops + 1);
  };
  return ((input: string | URL | Request, init?: RequestInit) => go(input, init)) as typeof fetch;
}

async function send(port: number, ca: string, req: Request, url: URL): Promise<Response> {
  const body = req.body ? Buffer.from(await req.arrayBuffer()) : undefined;
  const headers: Record<string, string> = { ...Object.fromEntries(req.headers), host: url.host };
  if (body) headers['content-length'] = String(body.length);
  return new Promise<Response>((resolve, reject) => {
    const outgoing = httpsRequest(
      { host: '127.0.0.1', port, servername: url.hostname, method: req.method, path: url.pathname + url.search, headers, ca, agent: false },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (c: Buffer) => chunks.push(c));
        incoming.on('error', reject);
        incoming.on('end', () => {
          const responseHeaders = new Headers();
          for (const [k, v] of Object.entries(incoming.headers)) {
            for (const one of Array.isArray(v) ? v : v === undefined ? [] : [v]) responseHeaders.append(k, one);
          }
          const status = incoming.statusCode ?? 500;
          const res = new Response(NULL_BODY.has(status) ? null : Buffer.concat(chunks), {
            status,
            statusText: incoming.statusMessage ?? '',
            headers: responseHeaders,
          });
          Object.defineProperty(res, 'url', { value: url.toString() });
          resolve(res);
        });
      },
    );
    const abort = (): void => {
      outgoing.destroy();
      reject(req.signal.reason);
    };
    if (req.signal.aborted) return abort();
    req.signal.addEventListener('abort', abort, { once: true });
    outgoing.on('error', (e) => reject(new TypeError('fetch failed', { cause: e })));
    outgoing.end(body);
  });
}
