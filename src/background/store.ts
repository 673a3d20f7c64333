// Typed access to the worker's persistent state in storage.local. Everything the worker knows
// lives here, not in globals: the worker is killed after 30 s idle and starts again empty.
import browser from 'webextension-polyfill';
import type { Incident } from '../core/incident';
import type { Step } from '../core/outbox';
import type { PseudonymMap, RosterPerson } from '../core/redaction';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import type { EscalationAttempt } from '../features/declare/declare';
import { storageReady } from '../storage/versioned-store';

export interface Profile {
  role: string;
}

export interface StoredState {
  settings: Settings;
  profile: Profile | undefined;
  incidents: Record<string, Incident>;
  activeIncidentId: string | undefined;
  outbox: Step[];
  /** per incident: who became which pseudonym, as this browser redacts (background/pseudonym-map.ts) */
  pseudonyms: Record<string, PseudonymMap>;
  /** per incident: the part of that map this browser last saw in the working doc's shared map */
  sharedPseudonyms: Record<string, PseudonymMap>;
  escalations: EscalationAttempt[];
  /** per incident: when impact was last announced in Slack (epoch ms) */
  impactAnnouncedAt: Record<string, number>;
  /** per incident: the revision of its doc that is public (always one the scan passed) */
  published: Record<string, string>;
  /** per incident: terms a person chose to redact ("Redact selection", a missed name in the review) */
  incidentDeny: Record<string, string[]>;
  /** per incident: terms a person said are not people ("not a person", unchecked in the review) */
  incidentAllow: Record<string, string[]>;
  /** the Slack workspace's members, always redacted; kept in this browser only, never exported */
  workspaceRoster: { members: RosterPerson[]; fetchedAt: number } | undefined;
}

const DEFAULTS: StoredState = {
  settings: DEFAULT_SETTINGS,
  profile: undefined,
  incidents: {},
  activeIncidentId: undefined,
  outbox: [],
  pseudonyms: {},
  sharedPseudonyms: {},
  escalations: [],
  impactAnnouncedAt: {},
  published: {},
  incidentDeny: {},
  incidentAllow: {},
  workspaceRoster: undefined,
};

// Every read and write waits for the stored state to be migrated to this version's shape.
export async function load<K extends keyof StoredState>(key: K): Promise<StoredState[K]> {
  await storageReady();
  const stored = await browser.storage.local.get(key);
  return (stored[key] as StoredState[K] | undefined) ?? structuredClone(DEFAULTS[key]);
}

export async function save<K extends keyof StoredState>(key: K, value: StoredState[K]): Promise<void> {
  await storageReady();
  await browser.storage.local.set({ [key]: value });
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Read-modify-write of one key, serialised within this worker so two handlers running at once
 * cannot overwrite each other's change. A change that returns the value it was given writes
 * nothing (the worker's start-up, for one, then costs a single read).
 */
export function update<K extends keyof StoredState>(key: K, change: (value: StoredState[K]) => StoredState[K]): Promise<StoredState[K]> {
  const next = queue.then(async () => {
    const current = await load(key);
    const value = change(current);
    if (value !== current) await save(key, value);
    return value;
  });
  queue = next.catch(() => undefined);
  return next;
}

/** Adds redaction terms that hold for one incident only. */
export function addIncidentTerms(key: 'incidentDeny' | 'incidentAllow', incidentId: string, terms: string[]): Promise<unknown> {
  return update(key, (all) => ({ ...all, [incidentId]: [...new Set([...(all[incidentId] ?? []), ...terms])] }));
}
