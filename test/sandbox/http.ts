import type { IncomingHttpHeaders } from 'node:http';

/** One request as every fake sees it: already read, host without port, path still URL-encoded. */
export interface SandboxRequest {
  method: string;
  host: string;
  /** Raw pathname: GitLab must see `%2F` untouched to tell an encoded project path from a nested route. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface SandboxResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

export function json(status: number, value: unknown, headers: Record<string, string> = {}): SandboxResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(value),
  };
}

export function text(status: number, body: string, headers: Record<string, string> = {}): SandboxResponse {
  return { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers }, body };
}

export function html(status: number, body: string): SandboxResponse {
  return { status, headers: { 'content-type': 'text/html; charset=utf-8' }, body };
}

export function redirect(location: string): SandboxResponse {
  return { status: 302, headers: { location }, body: '' };
}

export function header(req: SandboxRequest, name: string): string | undefined {
  const v = req.headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

/** Parsed JSON body, or undefined when the body is absent or not JSON (each fake answers that in its own way). */
export function jsonBody(req: SandboxRequest): unknown {
  if (req.body.trim() === '') return undefined;
  try {
    return JSON.parse(req.body) as unknown;
  } catch {
    return undefined;
  }
}

/** Form-encoded body merged over the query, for APIs that take either (Slack, OAuth token endpoints). */
export function params(req: SandboxRequest): URLSearchParams {
  const out = new URLSearchParams(req.query);
  const type = header(req, 'content-type') ?? '';
  if (type.includes('application/json')) {
    const body = jsonBody(req);
    if (isRecord(body)) {
      for (const [k, v] of Object.entries(body)) out.set(k, typeof v === 'string' ? v : JSON.stringify(v));
    }
  } else if (req.body !== '') {
    for (const [k, v] of new URLSearchParams(req.body)) out.set(k, v);
  }
  return out;
}

export function bearer(req: SandboxRequest): string | undefined {
  const auth = header(req, 'authorization');
  const m = auth ? /^Bearer\s+(.+)$/i.exec(auth) : null;
  return m?.[1]?.trim();
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
