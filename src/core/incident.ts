// An incident as the extension keeps it. The doc is the shared record; this is what one
// responder's extension needs to drive the handbook's steps.
export interface Incident {
  id: string;
  title: string;
  why: string;
  declaredAt: string;
  declarerRole: string;
  /** the role that leads communications: the only thing about the lead that public text names */
  commsLeadRole?: string;
  /** the person named to lead communications, when picked from Slack; kept in this browser only */
  commsLead?: CommsLead;
  state: 'active' | 'resolved';
  /** set when resolved: UTC ISO 8601 */
  resolvedAt?: string;
  /** the one-line summary given when resolving, as typed (redacted wherever it is sent) */
  resolutionSummary?: string;
  /** decided with marketing when resolving */
  blogPost?: BlogPostDecision;
}

/**
 * The person who "will follow this guideline while you work solving the issue" (handbook). Their
 * name is for this browser's popup alone: the doc, the public copy, the tweet and the issue say
 * `role`, never the name.
 */
export interface CommsLead {
  /** Slack member id (U… or W…) */
  slackUserId: string;
  name: string;
  role: string;
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

/** Only when a person was named: a direct message with the doc, the public copy and the war room. */
export const COMMS_LEAD_STEP: { name: DeclareStep; after: DeclareStep[]; label: string } = {
  name: 'commsLead',
  after: ['doc', 'publish', 'warRoom'],
  label: 'Communications lead told (Slack DM)',
};

/** The steps one declaration queues. */
export function declarePlan(incident: Pick<Incident, 'commsLead'>): typeof DECLARE_PLAN {
  return incident.commsLead ? [...DECLARE_PLAN, COMMS_LEAD_STEP] : DECLARE_PLAN;
}

export type DeclareStep = 'warRoom' | 'doc' | 'share' | 'scan' | 'publish' | 'tweet' | 'marketing' | 'devrel' | 'openDoc' | 'commsLead';
