import { retryHeaders } from '../faults';
import { isRecord, json, jsonBody, type SandboxResponse } from '../http';
import { randomId } from '../ids';
import type { Service } from '../service';
import { dotted, pagerdutySpec } from '../spec/openapi';
import type { Page, State } from '../world';

const ACTIONS = ['trigger', 'acknowledge', 'resolve'];
const SEVERITIES = ['critical', 'error', 'warning', 'info'];
const MAX_BYTES = 512 * 1024;

const invalid = (...errors: string[]): SandboxResponse => json(400, { status: 'invalid event', message: 'Event object is invalid', errors });

/** PagerDuty Events API v2: the routing key in the body is the only credential. */
export function pagerdutyApi(state: State): Service {
  return {
    hosts: ['events.pagerduty.com'],
    fault(_req, fault) {
      const headers = retryHeaders(fault);
      if (fault.body !== undefined) return json(fault.status, fault.body, headers);
      if (fault.status === 429)
        return json(429, { status: 'throttle event', message: 'Requests for this service are arriving too quickly.  Please retry later.' }, headers);
      return json(fault.status, { status: 'error', message: `Injected fault ${fault.status}.` }, headers);
    },
    handle(req) {
      if (req.path !== '/v2/enqueue' || req.method !== 'POST') return json(404, { status: 'not found', message: `No route for ${req.method} ${req.path}` });
      if (Buffer.byteLength(req.body) > MAX_BYTES) return invalid('Event payload is larger than 512 KB.');
      const event = jsonBody(req);
      if (!isRecord(event)) return json(400, { status: 'invalid event', message: 'Event object is invalid', errors: ['Request body is not valid JSON.'] });
      // The event against specs/pagerduty-events-v2.json (createV2Event's requestBody).
      const spec = pagerdutySpec();
      const op = spec.find('POST', req.path);
      const violations = op ? spec.checkRequest(op, { query: req.query, body: event }) : [];
      if (violations.length > 0)
        return invalid(
          ...violations.map((v) => (v.kind === 'unknown' ? `'${dotted(v.path)}' is not a field of an event.` : `'${dotted(v.path)}' ${v.message}.`)),
        );
      return enqueue(state, event);
    },
  };
}

function enqueue(state: State, e: Record<string, unknown>): SandboxResponse {
  const routingKey = e['routing_key'];
  const action = e['event_action'];
  const errors: string[] = [];
  if (typeof routingKey !== 'string' || routingKey.length !== 32) errors.push("'routing_key' must be a 32-character integration key.");
  if (typeof action !== 'string' || !ACTIONS.includes(action)) errors.push("'event_action' must be one of trigger, acknowledge, resolve.");
  const dedupKey = e['dedup_key'];
  if (dedupKey !== undefined && (typeof dedupKey !== 'string' || dedupKey.length > 255)) errors.push("'dedup_key' must be a string of at most 255 characters.");
  const payload = isRecord(e['payload']) ? e['payload'] : undefined;
  if (action === 'trigger') {
    if (!payload) errors.push("'payload' is missing or not an object.");
    else {
      if (typeof payload['summary'] !== 'string' || payload['summary'] === '' || payload['summary'].length > 1024)
        errors.push("'payload.summary' is required (at most 1024 characters).");
      if (typeof payload['source'] !== 'string' || payload['source'] === '') errors.push("'payload.source' is required.");
      if (typeof payload['severity'] !== 'string' || !SEVERITIES.includes(payload['severity']))
        errors.push("'payload.severity' must be one of critical, error, warning, info.");
    }
  } else if (typeof dedupKey !== 'string') {
    errors.push("'dedup_key' is required for acknowledge and resolve.");
  }
  if (errors.length > 0) return invalid(...errors);
  const key = (dedupKey as string | undefined) ?? randomId(32);
  const at = new Date().toISOString();
  // An open alert absorbs later events with its key; once resolved, the key starts a new alert.
  const open = state.pages.find((p) => p.routing_key === routingKey && p.dedup_key === key && p.status !== 'resolved');
  if (action === 'trigger') {
    if (open) open.events.push({ event_action: 'trigger', at });
    else {
      const page: Page = {
        dedup_key: key,
        routing_key: routingKey as string,
        status: 'triggered',
        summary: payload?.['summary'] as string,
        source: payload?.['source'] as string,
        severity: payload?.['severity'] as string,
        events: [{ event_action: 'trigger', at }],
      };
      state.pages.push(page);
    }
  } else if (open) {
    open.status = action === 'acknowledge' ? 'acknowledged' : 'resolved';
    open.events.push({ event_action: action as string, at });
  }
  return json(202, { status: 'success', message: 'Event processed', dedup_key: key });
}
