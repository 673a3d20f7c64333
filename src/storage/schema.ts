// The stored state's shape at schema version 1: what the worker keeps of an incident in
// storage.local, checked before a migration rewrites it, so a migration never writes from a shape
// it does not understand. Objects are loose: a field a later version adds survives a check made
// by an earlier one. Settings have their own schema (core/settings.ts), checked on every save.
import * as v from 'valibot';

export const VERSION_KEY = 'schemaVersion';

const strings = v.record(v.string(), v.string());

export const stepSchema = v.looseObject({
  key: v.string(),
  incidentId: v.string(),
  name: v.string(),
  after: v.array(v.string()),
  state: v.picklist(['waiting', 'running', 'done', 'failed', 'retrying']),
  attempts: v.number(),
  nextAt: v.optional(v.number()),
  error: v.optional(v.string()),
  interrupted: v.optional(v.boolean()),
  result: v.optional(strings),
  payload: v.optional(strings),
  updatedAt: v.number(),
});

export const incidentSchema = v.looseObject({
  id: v.string(),
  title: v.string(),
  why: v.string(),
  declaredAt: v.string(),
  declarerRole: v.string(),
  commsLeadRole: v.optional(v.string()),
  state: v.picklist(['active', 'resolved']),
  resolvedAt: v.optional(v.string()),
});

/** Every key is optional: a fresh install stores nothing, and the worker's defaults fill the gaps. */
export const storedStateSchema = v.looseObject({
  [VERSION_KEY]: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  incidents: v.optional(v.record(v.string(), incidentSchema)),
  activeIncidentId: v.optional(v.string()),
  outbox: v.optional(v.array(stepSchema)),
  published: v.optional(strings),
});

export type StoredStep = v.InferOutput<typeof stepSchema>;
export type StoredIncident = v.InferOutput<typeof incidentSchema>;
/** storage.local as one object, as `storage.local.get(null)` reads it. */
export type Snapshot = Record<string, unknown>;
