import { retryHeaders } from '../faults';
import { bearer, isRecord, json, jsonBody, type SandboxResponse } from '../http';
import type { Service } from '../service';
import twitterText from 'twitter-text';
import { dotted, xSpec } from '../spec/openapi';
import type { Violation } from '../spec/schema';
import type { State } from '../world';

const LIMIT = 100;
/** The one account every X token posts as. */
const ACCOUNT_ID = '1600000000000000001';
const WINDOW_SECONDS = 24 * 60 * 60;
const MAX_WEIGHT = 280;
const TOO_LONG = 'Your Tweet text is too long. For more information on how Twitter determines text length see https://github.com/twitter/twitter-text.';

const problem = (status: number, title: string, detail: string, headers: Record<string, string> = {}): SandboxResponse =>
  json(status, { title, type: 'about:blank', status, detail }, headers);

/** X API v2 on api.x.com and its old name api.twitter.com: posting, with per-user rate-limit headers. */
export function xApi(state: State): Service {
  const rateHeaders = (): Record<string, string> => {
    const rate = state.xRate;
    // The sandbox clock, so a test that moves it a day on finds X's 24-hour window renewed.
    const now = Math.floor(state.now() / 1000);
    if (now >= rate.windowStart + WINDOW_SECONDS) {
      rate.windowStart = now;
      rate.used = 0;
    }
    return {
      'x-rate-limit-limit': String(LIMIT),
      'x-rate-limit-remaining': String(Math.max(LIMIT - rate.used, 0)),
      'x-rate-limit-reset': String(rate.windowStart + WINDOW_SECONDS),
      'x-app-limit-24hour-limit': '1667',
      'x-app-limit-24hour-remaining': String(Math.max(1667 - rate.used, 0)),
    };
  };
  return {
    hosts: ['api.x.com', 'api.twitter.com'],
    fault(req, fault) {
      if (!req.path.startsWith('/2/') || req.path.startsWith('/2/oauth2/')) return undefined;
      const headers = { ...rateHeaders(), ...retryHeaders(fault) };
      if (fault.body !== undefined) return json(fault.status, fault.body, headers);
      if (fault.status === 429) return json(429, { errors: [{ code: 88, message: 'Rate limit exceeded' }] }, { ...headers, 'x-rate-limit-remaining': '0' });
      return problem(
        fault.status,
        fault.status === 401 ? 'Unauthorized' : fault.status === 403 ? 'Forbidden' : 'Error',
        `Injected fault ${fault.status}.`,
        headers,
      );
    },
    handle(req) {
      if (!req.path.startsWith('/2/')) return undefined;
      if (state.tokens.check('x', bearer(req)) !== 'ok') return problem(401, 'Unauthorized', 'Unauthorized');
      // Every request against specs/x-api-v2-openapi.json: undeclared fields or parameters, wrong types → 400.
      const spec = xSpec();
      const op = spec.find(req.method, req.path);
      if (op) {
        const body = req.method === 'POST' ? jsonBody(req) : undefined;
        const violations = spec.checkRequest(op, { query: req.query, body });
        if (violations.length > 0) return invalidRequest(violations, rateHeaders());
      }
      if (req.method === 'GET' && req.path === '/2/users/me') {
        return json(200, { data: { id: ACCOUNT_ID, name: 'Incident Desk Status', username: 'incidentdesk' } }, rateHeaders());
      }
      const timeline = /^\/2\/users\/(\d+)\/tweets$/.exec(req.path);
      if (req.method === 'GET' && timeline) {
        const max = Number(req.query.get('max_results') ?? 10);
        if (!Number.isInteger(max) || max < 5 || max > 100) return invalid('max_results', 'max_results must be between 5 and 100.', rateHeaders());
        const own = timeline[1] === ACCOUNT_ID ? state.tweets.slice().reverse().slice(0, max) : [];
        const data = own.map((t) => ({ id: t.id, text: t.text, edit_history_tweet_ids: [t.id] }));
        // Like X, an empty timeline has no data field at all.
        return json(
          200,
          {
            ...(data.length > 0 ? { data } : {}),
            meta: { result_count: data.length, ...(data.length > 0 ? { newest_id: data[0]?.id, oldest_id: data.at(-1)?.id } : {}) },
          },
          rateHeaders(),
        );
      }
      if (req.method !== 'POST' || req.path !== '/2/tweets') return problem(404, 'Not Found Error', `Could not find ${req.method} ${req.path}.`);
      const headers = rateHeaders();
      if (state.xRate.used >= LIMIT) return json(429, { errors: [{ code: 88, message: 'Rate limit exceeded' }] }, headers);
      const body = jsonBody(req);
      const rawText = isRecord(body) ? body['text'] : undefined;
      if (typeof rawText !== 'string' || rawText.trim() === '') {
        return invalid('text', 'The `text` field is required unless media or a poll is attached.', headers);
      }
      const tweetText = rawText.normalize('NFC');
      // X's own counter (twitter-text 3.1.0): URLs and bare domains like "GitLab.com" count 23, emoji and CJK 2.
      // Over 280 X answers 400 with this message in errors[] (seen by clients of POST /2/tweets:
      // tweepy's BadRequest "400 Bad Request\nYour Tweet text is too long. …", 2023, and a Rust
      // client that matches errors[].message.starts_with("Your Tweet text is too long.")).
      const parsed = twitterText.parseTweet(tweetText);
      if (!parsed.valid || parsed.weightedLength > MAX_WEIGHT) return invalid('text', TOO_LONG, headers, tweetText);
      state.xRate.used++;
      const afterHeaders = rateHeaders();
      if (state.tweets.some((t) => t.text === tweetText)) {
        return json(
          403,
          { detail: 'You are not allowed to create a Tweet with duplicate content.', type: 'about:blank', title: 'Forbidden', status: 403 },
          afterHeaders,
        );
      }
      const id = String(1_800_000_000_000_000_000n + BigInt(state.next()));
      state.tweets.push({ id, text: tweetText, host: req.host, createdAt: new Date().toISOString() });
      return json(201, { data: { id, text: tweetText, edit_history_tweet_ids: [id] } }, afterHeaders);
    },
  };
}

function invalid(parameter: string, message: string, headers: Record<string, string>, value: unknown = []): SandboxResponse {
  return json(
    400,
    {
      errors: [{ parameters: { [parameter]: Array.isArray(value) ? value : [value] }, message }],
      title: 'Invalid Request',
      detail: 'One or more parameters to your request was invalid.',
      // The problem type the spec's InvalidRequestProblem declares.
      type: 'https://api.x.com/2/problems/invalid-request',
      status: 400,
    },
    headers,
  );
}

function invalidRequest(violations: Violation[], headers: Record<string, string>): SandboxResponse {
  return json(
    400,
    {
      errors: violations.map((v) => ({
        parameters: { [dotted(v.path) || 'body']: v.value === undefined ? [] : [v.value] },
        message: v.kind === 'unknown' ? `The parameter [${dotted(v.path)}] is not one of the documented fields.` : `${dotted(v.path)}: ${v.message}`,
      })),
      title: 'Invalid Request',
      detail: 'One or more parameters to your request was invalid.',
      type: 'https://api.x.com/2/problems/invalid-request',
      status: 400,
    },
    headers,
  );
}

/** Weighted length by twitter-text, the reference counter X publishes (docs.x.com fundamentals/counting-characters). */
export function weightedLength(s: string): number {
  return twitterText.parseTweet(s).weightedLength;
}
