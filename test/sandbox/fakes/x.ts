import { retryHeaders } from '../faults';
import { bearer, isRecord, json, jsonBody, type SandboxResponse } from '../http';
import type { Service } from '../service';
import type { State } from '../world';

const LIMIT = 100;
/** The one account every X token posts as. */
const ACCOUNT_ID = '1600000000000000001';
const WINDOW_SECONDS = 24 * 60 * 60;
const MAX_WEIGHT = 280;
const URL_WEIGHT = 23;

const problem = (status: number, title: string, detail: string, headers: Record<string, string> = {}): SandboxResponse =>
  json(status, { title, type: 'about:blank', status, detail }, headers);

/** X API v2 on api.x.com and its old name api.twitter.com: posting, with per-user rate-limit headers. */
export function xApi(state: State): Service {
  const rateHeaders = (): Record<string, string> => {
    const rate = state.xRate;
    const now = Math.floor(Date.now() / 1000);
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
      return problem(fault.status, fault.status === 401 ? 'Unauthorized' : fault.status === 403 ? 'Forbidden' : 'Error', `Injected fault ${fault.status}.`, headers);
    },
    handle(req) {
      if (!req.path.startsWith('/2/')) return undefined;
      if (state.tokens.check('x', bearer(req)) !== 'ok') return problem(401, 'Unauthorized', 'Unauthorized');
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
        return json(200, { ...(data.length > 0 ? { data } : {}), meta: { result_count: data.length, ...(data.length > 0 ? { newest_id: data[0]?.id, oldest_id: data.at(-1)?.id } : {}) } }, rateHeaders());
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
      if (weightedLength(tweetText) > MAX_WEIGHT) return invalid('text', `The text is ${weightedLength(tweetText)} weighted characters; the limit is ${MAX_WEIGHT}.`, headers);
      state.xRate.used++;
      const afterHeaders = rateHeaders();
      if (state.tweets.some((t) => t.text === tweetText)) {
        return json(403, { detail: 'You are not allowed to create a Tweet with duplicate content.', type: 'about:blank', title: 'Forbidden', status: 403 }, afterHeaders);
      }
      const id = String(1_800_000_000_000_000_000n + BigInt(state.next()));
      state.tweets.push({ id, text: tweetText, host: req.host, createdAt: new Date().toISOString() });
      return json(201, { data: { id, text: tweetText, edit_history_tweet_ids: [id] } }, afterHeaders);
    },
  };
}

function invalid(parameter: string, message: string, headers: Record<string, string>): SandboxResponse {
  return json(
    400,
    {
      errors: [{ parameters: { [parameter]: [] }, message }],
      title: 'Invalid Request',
      detail: 'One or more parameters to your request was invalid.',
      type: 'https://api.twitter.com/2/problems/invalid-request',
    },
    headers,
  );
}

/**
 * Length as X counts it: every URL is 23, emoji and CJK count 2, anything else 1 per code point.
 * A ZWJ sequence counts as one emoji because its joined parts are skipped.
 */
export function weightedLength(s: string): number {
  let weight = 0;
  const withoutUrls = s.replace(/https?:\/\/[^\s]+/g, () => {
    weight += URL_WEIGHT;
    return '';
  });
  const chars = Array.from(withoutUrls);
  for (let i = 0; i < chars.length; i++) {
    const cp = chars[i]?.codePointAt(0) ?? 0;
    if (cp === 0x200d) {
      i++;
      continue;
    }
    if (cp === 0xfe0f || (cp >= 0x1f3fb && cp <= 0x1f3ff)) continue;
    weight += isLight(cp) ? 1 : 2;
  }
  return weight;
}

/** The code point ranges twitter-text weighs at 1 (Latin, Greek, Cyrillic, general punctuation and the like). */
function isLight(cp: number): boolean {
  return cp <= 0x10ff || (cp >= 0x2000 && cp <= 0x200d) || (cp >= 0x2010 && cp <= 0x201f) || (cp >= 0x2032 && cp <= 0x2037);
}
