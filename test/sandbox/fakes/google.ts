import { retryHeaders, type Fault } from '../faults';
import { json, type SandboxRequest, type SandboxResponse, bearer } from '../http';
import type { State } from '../world';

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

/** 401 unless the request carries a live Google token (header, or the access_token/oauth_token query parameters). */
export function requireGoogleToken(state: State, req: SandboxRequest): SandboxResponse | undefined {
  const token = bearer(req) ?? req.query.get('access_token') ?? req.query.get('oauth_token') ?? undefined;
  return state.tokens.check('google', token) === 'ok' ? undefined : GOOGLE_401();
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
