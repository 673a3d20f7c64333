import type { SandboxRequest } from './http';

export interface Fault {
  host?: string;
  method?: string;
  /**
   * A substring of the path and query, or `/regex/flags`. Only a string whose tail after the last
   * slash is empty or valid regex flags counts as a regex, so `/o/oauth2/v2/auth` stays a substring.
   */
  path: string;
  /** Omitted, or a 2xx without `body`: the request is only delayed by `delayMs`, then served normally. */
  status?: number;
  count?: number;
  retryAfter?: number;
  delayMs?: number;
  body?: unknown;
  /** Cut the connection without an answer, as a network that went away does (the client's fetch throws). */
  drop?: boolean;
  /**
   * Carry the request out, then answer with `status` (or cut the connection with `drop`) instead:
   * the service acted but the client never heard, the case idempotency exists for. With
   * `delayMs` and no `status` or `drop`, the service acts at once and its answer comes late.
   */
  served?: boolean;
}

interface Armed {
  fault: Fault;
  matches: (pathAndQuery: string) => boolean;
  remaining: number;
}

export class Faults {
  private armed: Armed[] = [];

  /** Throws with a readable message on a malformed fault, so the control API can answer 400. */
  add(fault: Fault): void {
    if (typeof fault.path !== 'string' || fault.path === '') throw new Error('fault.path must be a non-empty string');
    if (fault.status !== undefined && (!Number.isInteger(fault.status) || fault.status < 100 || fault.status > 599)) {
      throw new Error('fault.status must be an HTTP status between 100 and 599');
    }
    if (fault.status === undefined && fault.delayMs === undefined && !fault.drop) throw new Error('a fault needs a status, a delayMs or drop');
    const count = fault.count ?? 1;
    if (!Number.isInteger(count) || count < 1) throw new Error('fault.count must be a positive integer');
    this.armed.push({ fault: { ...fault }, matches: pathMatcher(fault.path), remaining: count });
  }

  /** The first armed fault matching the request, used up by one. */
  take(req: SandboxRequest): Fault | undefined {
    const pathAndQuery = req.path + (req.query.size > 0 ? `?${req.query.toString()}` : '');
    const i = this.armed.findIndex(
      (a) =>
        (a.fault.host === undefined || a.fault.host.toLowerCase() === req.host) &&
        (a.fault.method === undefined || a.fault.method.toUpperCase() === req.method) &&
        a.matches(pathAndQuery),
    );
    const hit = this.armed[i];
    if (!hit) return undefined;
    hit.remaining--;
    if (hit.remaining === 0) this.armed.splice(i, 1);
    return hit.fault;
  }

  clear(): void {
    this.armed = [];
  }
}

function pathMatcher(path: string): (p: string) => boolean {
  const re = /^\/(.+)\/([dgimsuvy]*)$/.exec(path);
  const flags = re?.[2] ?? '';
  if (re?.[1] !== undefined && new Set(flags).size === flags.length) {
    const regex = new RegExp(re[1], flags);
    return (p) => regex.test(p);
  }
  return (p) => p.includes(path);
}

export function retryHeaders(fault: Fault): Record<string, string> {
  return fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {};
}
