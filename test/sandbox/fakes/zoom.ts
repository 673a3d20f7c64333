import { retryHeaders } from '../faults';
import { randomUUID } from 'node:crypto';
import { bearer, isRecord, json, jsonBody, type SandboxResponse } from '../http';
import { randomId } from '../ids';
import type { Service } from '../service';
import { dotted, zoomSpec } from '../spec/openapi';
import type { Meeting, State } from '../world';

/**
 * Granular scope per operation (developers.zoom.us/docs/integrations/oauth-scopes-granular/); a
 * token without it is refused with code 4711 (apis.md G: 403 "missing permission or scope").
 */
const SCOPES: Record<string, string> = {
  'post /users/{userId}/meetings': 'meeting:write:meeting',
  'get /users/{userId}/meetings': 'meeting:read:list_meetings',
  'get /meetings/{meetingId}': 'meeting:read:meeting',
};
/** List types the current API reference documents beyond the 2018 spec's scheduled|live|upcoming. */
const NEWER_ZOOM_PARAMS: Record<string, Record<string, Record<string, unknown>>> = {
  'get /users/{userId}/meetings': { type: { type: 'string', enum: ['scheduled', 'live', 'upcoming', 'upcoming_meetings', 'previous_meetings'] } },
};

const HOST_USER = { id: 'KDcuGIm1QgePTO8WbOqwIQ', email: 'incident-desk@example.com' };
const zoomError = (status: number, code: number, message: string, headers: Record<string, string> = {}): SandboxResponse =>
  json(status, { code, message }, headers);

/** Zoom API v2 on api.zoom.us: create a meeting, read it, point its live stream somewhere. */
export function zoomApi(state: State): Service {
  return {
    hosts: ['api.zoom.us'],
    fault(_req, fault) {
      const headers = retryHeaders(fault);
      if (fault.body !== undefined) return json(fault.status, fault.body, headers);
      if (fault.status === 401) return zoomError(401, 124, 'Invalid access token.', headers);
      if (fault.status === 429) return zoomError(429, 429, 'You have reached the maximum per-second rate limit for this API. Try again later.', headers);
      return zoomError(fault.status, fault.status, `Injected fault ${fault.status}.`, headers);
    },
    handle(req) {
      if (!req.path.startsWith('/v2/')) return zoomError(404, 404, 'Not found.');
      const token = bearer(req);
      if (state.tokens.check('zoom', token) !== 'ok') return zoomError(401, 124, 'Invalid access token.');
      const spec = zoomSpec();
      const op = spec.find(req.method, req.path);
      if (op) {
        const violations = spec.checkRequest(op, {
          query: req.query,
          body: jsonBody(req),
          newerParams: NEWER_ZOOM_PARAMS[`${op.method} ${op.template}`] ?? {},
        });
        if (violations.length > 0)
          return validationFailed(violations.map((v) => ({ field: dotted(v.path), message: v.kind === 'unknown' ? 'Unknown field.' : v.message })));
        // Issued tokens carry granular scopes; the fixed test token stands for a fully scoped app.
        const needed = SCOPES[`${op.method} ${op.template}`];
        const info = state.tokens.info(token);
        if (info && needed && !info.scope.split(/\s+/).includes(needed))
          return zoomError(403, 4711, `Invalid access token, does not contain scopes:[${needed}].`);
      }
      const users = /^\/v2\/users\/([^/]+)\/meetings$/.exec(req.path);
      if (users?.[1]) {
        const user = decodeURIComponent(users[1]);
        if (user !== 'me' && user !== HOST_USER.id && user !== HOST_USER.email) return zoomError(404, 1001, `User does not exist: ${user}.`);
        if (req.method === 'POST') return createMeeting(state, jsonBody(req));
        if (req.method === 'GET') return listMeetings(state, req.query);
      }
      const m = /^\/v2\/meetings\/(\d+)(\/livestream(?:\/status)?)?$/.exec(req.path);
      const meeting = m?.[1] ? state.meetings.find((x) => String(x.id) === m[1]) : undefined;
      if (!m) return zoomError(404, 404, 'Not found.');
      if (!meeting) return zoomError(404, 3001, `Meeting does not exist: ${m[1]}.`);
      if (!m[2] && req.method === 'GET') return json(200, meetingJson(meeting));
      const body = jsonBody(req);
      if (m[2] === '/livestream' && req.method === 'PATCH') {
        if (!isRecord(body) || typeof body['stream_url'] !== 'string' || typeof body['stream_key'] !== 'string' || typeof body['page_url'] !== 'string') {
          return validationFailed([{ field: 'stream_url', message: 'stream_url, stream_key and page_url are required.' }]);
        }
        meeting.livestream = {
          stream_url: body['stream_url'],
          stream_key: body['stream_key'],
          page_url: body['page_url'],
          ...(body['resolution'] ? { resolution: body['resolution'] } : {}),
        };
        return { status: 204 };
      }
      if (m[2] === '/livestream/status' && req.method === 'PATCH') {
        const action = isRecord(body) ? body['action'] : undefined;
        if (action !== 'start' && action !== 'stop') return validationFailed([{ field: 'action', message: "action must be 'start' or 'stop'." }]);
        meeting.livestreamStatus = action === 'start' ? 'live' : 'stopped';
        return { status: 204 };
      }
      return zoomError(404, 404, 'Not found.');
    },
  };
}

/** `live` lists only started meetings and `upcoming` only waiting ones; `scheduled` (the default) lists both. */
function listMeetings(state: State, q: URLSearchParams): SandboxResponse {
  const type = q.get('type') ?? 'scheduled';
  if (!['scheduled', 'live', 'upcoming', 'upcoming_meetings', 'previous_meetings'].includes(type)) {
    return validationFailed([{ field: 'type', message: `Invalid type: ${type}.` }]);
  }
  const pageSize = Math.min(Math.max(Number(q.get('page_size') ?? 30) || 30, 1), 300);
  const listed = state.meetings.filter((m) =>
    type === 'live' ? m.status === 'started' : type === 'previous_meetings' ? false : type.startsWith('upcoming') ? m.status === 'waiting' : true,
  );
  return json(200, {
    page_size: pageSize,
    total_records: listed.length,
    next_page_token: '',
    meetings: listed.slice(0, pageSize).map((m) => ({
      uuid: m.uuid,
      id: m.id,
      host_id: HOST_USER.id,
      topic: m.topic,
      type: m.type,
      ...(m.start_time ? { start_time: m.start_time } : {}),
      timezone: 'UTC',
      created_at: m.created_at,
      join_url: m.join_url,
    })),
  });
}

function validationFailed(errors: Array<{ field: string; message: string }>): SandboxResponse {
  return json(400, { code: 300, message: 'Validation Failed.', errors });
}

function createMeeting(state: State, body: unknown): SandboxResponse {
  if (body !== undefined && !isRecord(body)) return validationFailed([{ field: 'body', message: 'Request body must be a JSON object.' }]);
  const b = body ?? {};
  const type = b['type'] ?? 2;
  if (typeof type !== 'number' || ![1, 2, 3, 8].includes(type)) return validationFailed([{ field: 'type', message: 'Invalid meeting type.' }]);
  if (b['topic'] !== undefined && (typeof b['topic'] !== 'string' || b['topic'].length > 200)) {
    return validationFailed([{ field: 'topic', message: 'Topic must be a string of at most 200 characters.' }]);
  }
  const id = 80_000_000_000 + state.next();
  const password = typeof b['password'] === 'string' ? b['password'] : randomId(6);
  const pwd = randomId(32);
  const meeting: Meeting = {
    id,
    uuid: Buffer.from(randomUUID().replace(/-/g, ''), 'hex').toString('base64'),
    topic: typeof b['topic'] === 'string' ? b['topic'] : 'Zoom meeting',
    type,
    join_url: `https://zoom.us/j/${id}?pwd=${pwd}`,
    start_url: `https://zoom.us/s/${id}?zak=${randomId(64)}`,
    password,
    created_at: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    status: 'waiting',
    ...(typeof b['start_time'] === 'string' ? { start_time: b['start_time'] } : {}),
    ...(typeof b['duration'] === 'number' ? { duration: b['duration'] } : {}),
    ...(typeof b['agenda'] === 'string' ? { agenda: b['agenda'] } : {}),
    settings: {
      host_video: false,
      participant_video: false,
      join_before_host: false,
      mute_upon_entry: false,
      waiting_room: false,
      approval_type: 2,
      audio: 'both',
      auto_recording: 'none',
      ...(isRecord(b['settings']) ? b['settings'] : {}),
    },
  };
  state.meetings.push(meeting);
  return json(201, meetingJson(meeting));
}

function meetingJson(m: Meeting): object {
  return {
    uuid: m.uuid,
    id: m.id,
    host_id: HOST_USER.id,
    host_email: HOST_USER.email,
    topic: m.topic,
    type: m.type,
    status: m.status,
    ...(m.start_time ? { start_time: m.start_time } : {}),
    ...(m.duration !== undefined ? { duration: m.duration } : {}),
    timezone: 'UTC',
    ...(m.agenda ? { agenda: m.agenda } : {}),
    created_at: m.created_at,
    start_url: m.start_url,
    join_url: m.join_url,
    password: m.password,
    h323_password: m.password,
    pstn_password: m.password,
    encrypted_password: m.join_url.split('pwd=')[1] ?? '',
    settings: m.settings,
    pre_schedule: false,
  };
}
