import { retryHeaders, type Fault } from '../faults';
import { json, type SandboxRequest, type SandboxResponse, bearer } from '../http';
import type { Discovery } from '../spec/discovery';
import { protoPath } from '../spec/discovery';
import type { Violation } from '../spec/schema';
import type { Doc, State } from '../world';

const STATUS: Record<number, [status: string, reason: string, message: string]> = {
  400: ['INVALID_ARGUMENT', 'badRequest', 'Bad Request'],
  401: ['UNAUTHENTICATED', 'authError', 'Invalid Credentials'],
  403: ['PERMISSION_DENIED', 'forbidden', 'The caller does not have permission'],
  404: ['NOT_FOUND', 'notFound', 'Requested entity was not found.'],
  409: ['ABORTED', 'conflict', 'The operation was aborted.'],
  429: ['RESOURCE_EXHAUSTED', 'rateLimitExceeded', 'Rate Limit Exceeded'],
  500: ['INTERNAL', 'backendError', 'Internal error encountered.'],
  503: ['UNAVAILABLE', 'backendError', 'The service is currently unavailable.'],
};

/** The Google JSON error envelope shared by Docs and Drive. */
export function googleError(
  code: number,
  message?: string,
  detail: { reason?: string; domain?: string; location?: string; locationType?: string } = {},
  headers: Record<string, string> = {},
): SandboxResponse {
  const [status, reason, defaultMessage] = STATUS[code] ?? ['UNKNOWN', 'unknown', 'Unknown error'];
  const msg = message ?? defaultMessage;
  return json(
    code,
    {
      error: {
        code,
        message: msg,
        errors: [{ message: msg, domain: detail.domain ?? 'global', reason: detail.reason ?? reason, ...pick(detail, 'location', 'locationType') }],
        status,
      },
    },
    headers,
  );
}

function pick<T extends object, K extends keyof T>(o: T, ...keys: K[]): Partial<T> {
  const out: Partial<T> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

export const GOOGLE_401 = (): SandboxResponse =>
  json(401, {
    error: {
      code: 401,
      message:
        'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
      errors: [{ message: 'Invalid Credentials', domain: 'global', reason: 'authError', location: 'Authorization', locationType: 'header' }],
      status: 'UNAUTHENTICATED',
    },
  });

const SCOPE = 'https://www.googleapis.com/auth/';

/** Who is calling, with what: the token's user, client and scopes. */
export interface GoogleCaller {
  user: string;
  clientId: string;
  scopes: Set<string>;
}

/**
 * 401 unless the request carries a live Google token (header, or the access_token/oauth_token
 * query parameters); an issued token dies an hour after it was issued, on the sandbox clock.
 * 403 when none of the method's scopes was granted (discovery `scopes` of each method, e.g.
 * drive.files.get accepts drive, drive.file, drive.readonly…).
 */
export function googleCaller(state: State, req: SandboxRequest, acceptedScopes: readonly string[]): GoogleCaller | SandboxResponse {
  const token = bearer(req) ?? req.query.get('access_token') ?? req.query.get('oauth_token') ?? undefined;
  if (state.tokens.check('google', token) !== 'ok') return GOOGLE_401();
  const info = state.tokens.info(token);
  const caller: GoogleCaller = {
    user: info?.user ?? 'alice@example.com',
    clientId: info?.clientId ?? 'incident-desk.apps.googleusercontent.com',
    scopes: new Set((info?.scope ?? '').split(/\s+/).filter(Boolean)),
  };
  if (!acceptedScopes.some((s) => caller.scopes.has(s))) {
    return json(403, {
      error: {
        code: 403,
        message: 'Request had insufficient authentication scopes.',
        errors: [{ message: 'Insufficient Permission', domain: 'global', reason: 'insufficientPermissions' }],
        status: 'PERMISSION_DENIED',
        details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT', domain: 'googleapis.com' }],
      },
    });
  }
  return caller;
}

export const isResponse = (v: unknown): v is SandboxResponse =>
  typeof v === 'object' && v !== null && 'status' in v && typeof (v as { status: unknown }).status === 'number';

/** The method's accepted scopes, from the discovery document. */
export function scopesOf(d: Discovery, methodId: string): string[] {
  return (d.method(methodId) as unknown as { scopes?: string[] }).scopes ?? [];
}

export const hasScope = (c: GoogleCaller, short: string): boolean => c.scopes.has(SCOPE + short);

type Level = 'read' | 'write';
const WRITE_ROLES = new Set(['owner', 'organizer', 'fileOrganizer', 'writer']);

/** The caller's role on the doc through its permissions (user, their domain, or anyone), or undefined. */
export function accessOf(doc: Doc, user: string): Level | undefined {
  const domain = user.split('@')[1];
  let best: Level | undefined;
  for (const p of doc.permissions) {
    const applies = (p.type === 'user' && p.emailAddress === user) || (p.type === 'domain' && p.domain === domain) || p.type === 'anyone';
    if (!applies) continue;
    if (WRITE_ROLES.has(p.role)) return 'write';
    best = 'read';
  }
  return best;
}

/**
 * Through the Drive API a `drive.file` token (without full `drive`) reaches only files this user
 * created with this client (developers.google.com/workspace/drive/api/guides/api-specific-auth:
 * drive.file is "per-file access to files created or opened by the app"; shared apis.md). The Docs
 * API with `documents` reaches every doc the user may open.
 */
export function reachable(doc: Doc, c: GoogleCaller, api: 'docs' | 'drive'): boolean {
  const broad = api === 'docs' ? ['documents', 'documents.readonly', 'drive', 'drive.readonly'] : ['drive', 'drive.readonly'];
  if (broad.some((s) => hasScope(c, s))) return true;
  return doc.creator?.user === c.user && doc.creator.clientId === c.clientId;
}

/** The Google 400 for request validation, worded as Google's JSON parser words it. */
export function googleInvalid(violations: Violation[]): SandboxResponse {
  const descriptions = violations.map((v) => {
    const at = protoPath(v.kind === 'unknown' ? v.path.slice(0, -1) : v.path);
    if (v.message.includes('Cannot bind query parameter') || v.message.startsWith('Invalid value at'))
      return { field: at, description: `Invalid JSON payload received. ${v.message}` };
    if (v.kind === 'unknown')
      return { field: at, description: `Invalid JSON payload received. Unknown name "${String(v.path.at(-1))}"${at ? ` at '${at}'` : ''}: Cannot find field.` };
    return { field: at, description: `Invalid value at '${at}', ${JSON.stringify(v.value)}: ${v.message}` };
  });
  const message = descriptions.map((d) => d.description).join('\n');
  return json(400, {
    error: {
      code: 400,
      message,
      errors: [{ message, domain: 'global', reason: 'invalid' }],
      status: 'INVALID_ARGUMENT',
      details: [{ '@type': 'type.googleapis.com/google.rpc.BadRequest', fieldViolations: descriptions }],
    },
  });
}

/**
 * Query and body of one discovery method. Discovery schemas do not say additionalProperties:false,
 * but Google answers an unknown field with 400 INVALID_ARGUMENT "Invalid JSON payload received.
 * Unknown name \"x\" at '…': Cannot find field." with a google.rpc.BadRequest fieldViolation
 * (seen in the wild, e.g. github.com/google-gemini/gemini-cli/issues/13972 and
 * github.com/decolua/9router/issues/1876), and an unknown query parameter with "Cannot bind query parameter".
 */
export function validateGoogle(d: Discovery, methodId: string, req: SandboxRequest, body?: unknown): SandboxResponse | undefined {
  const violations = [...d.checkQuery(methodId, req.query), ...(body !== undefined ? d.checkBody(methodId, body) : [])];
  return violations.length > 0 ? googleInvalid(violations) : undefined;
}

/** Injected faults in the shape each Google API really uses, including the observed Docs quota body. */
export function googleFault(api: 'docs' | 'drive') {
  return (_req: SandboxRequest, fault: Fault & { status: number }): SandboxResponse => {
    const headers = retryHeaders(fault);
    if (fault.body !== undefined) return json(fault.status, fault.body, headers);
    if (fault.status === 401) return { ...GOOGLE_401(), headers: { ...GOOGLE_401().headers, ...headers } };
    if (fault.status === 429 && api === 'docs') {
      return json(
        429,
        {
          error: {
            code: 429,
            message:
              "Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute per user' of service 'docs.googleapis.com' for consumer 'project_number:000000000000'.",
            status: 'RESOURCE_EXHAUSTED',
            details: [
              {
                '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
                reason: 'RATE_LIMIT_EXCEEDED',
                domain: 'googleapis.com',
                metadata: { quota_limit: 'WriteRequestsPerMinutePerUser', quota_limit_value: '60' },
              },
            ],
          },
        },
        headers,
      );
    }
    if (fault.status === 429) return googleError(429, 'Rate Limit Exceeded', { domain: 'usageLimits' }, headers);
    if (fault.status === 403 && api === 'drive') {
      return googleError(403, 'User Rate Limit Exceeded', { domain: 'usageLimits', reason: 'userRateLimitExceeded' }, headers);
    }
    return googleError(fault.status, undefined, {}, headers);
  };
}

/** Google answers an unknown URL or a wrong method with a plain 404. */
export function urlNotFound(req: SandboxRequest): SandboxResponse {
  return googleError(404, `The requested URL ${req.path} was not found on this server. (${req.method})`);
}
