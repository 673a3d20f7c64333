// An incident as the extension keeps it. The doc is the shared record; this is what one
// responder's extension needs to drive the handbook's steps.
export interface Incident {
  id: string;
  title: string;
  why: string;
  declaredAt: string;
  declarerRole: string;
  commsLeadRole?: string;
  state: 'active' | 'resolved';
  /** set when resolved: UTC ISO 8601 */
  resolvedAt?: string;
  /** the one-line summary given when resolving, as typed (redacted wherever it is sent) */
  resolutionSummary?: string;
  /** decided with marketing when resolving */
  blogPost?: BlogPostDecision;
}

export type BlogPostDecision = 'yes' | 'no' | 'later';

/** A readable, sortable id: `inc-20261127-1402-k3f9`. */
export function newIncidentId(now: Date, random: () => number = Math.random): string {
  const stamp = now.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  const suffix = Array.from({ length: 4 }, () => '0123456789abcdefghijkmnpqrstuvwxyz'[Math.floor(random() * 34)]).join('');
  return `inc-${stamp}-${suffix}`;
}

/**
 * The handbook's declaration steps, in order, each with the steps it waits for. The doc does not
 * wait for the war room: a Zoom outage must not keep the public doc and the tweet back; only the
 * Slack calls, which carry the join link, wait for it.
 */
export const DECLARE_PLAN: { name: DeclareStep; after: DeclareStep[]; label: string }[] = [
  { name: 'warRoom', after: [], label: 'War room on Zoom' },
  { name: 'doc', after: [], label: 'Incident doc created' },
  { name: 'share', after: ['doc'], label: 'Edit rights for the whole company' },
  { name: 'scan', after: ['share'], label: 'Names redacted' },
  { name: 'publish', after: ['scan'], label: 'Published to the web' },
  { name: 'tweet', after: ['publish'], label: 'Tweet with the public link' },
  { name: 'marketing', after: ['publish', 'warRoom'], label: '@channel in the marketing channel' },
  { name: 'devrel', after: ['publish', 'warRoom'], label: 'Devrel notified' },
  { name: 'openDoc', after: ['doc'], label: 'Doc opened with the sidebar' },
];

export type DeclareStep = 'warRoom' | 'doc' | 'share' | 'scan' | 'publish' | 'tweet' | 'marketing' | 'devrel' | 'openDoc';
