// "Second level escalation or above can only declare a major incident": the Production Lead,
// the Director of Infrastructure, or finally the VP of Engineering, escalated to in that order.
import type { EscalationPerson, Settings } from '../../core/settings';

export function mayDeclare(role: string, settings: Pick<Settings, 'declareRoles'>): boolean {
  return settings.declareRoles.includes(role);
}

/** Who this browser is signed in as: the Google account's email, the Slack member id. */
export interface ConnectedIdentity {
  google?: string;
  slack?: string;
}

/**
 * Picking a role is not enough to declare: the connected Google or Slack identity must be the
 * person the escalation chain names for that role. Returns why not, or undefined when they are.
 */
export function whyNotDeclarer(role: string, settings: Pick<Settings, 'declareRoles' | 'escalation'>, who: ConnectedIdentity): string | undefined {
  if (!mayDeclare(role, settings)) return `A ${role || 'person without a role'} may not declare a major incident: escalate.`;
  const person = settings.escalation.find((p) => p.role === role);
  const email = person?.email.trim().toLowerCase() ?? '';
  const slackUser = person?.slackUser.trim() ?? '';
  if (!email && !slackUser) return `The settings name no email or Slack member for the ${role}: add one, so Incident Desk can check who declares.`;
  if ((email && who.google?.toLowerCase() === email) || (slackUser && who.slack === slackUser)) return undefined;
  const expected = [email, slackUser && `Slack ${slackUser}`].filter(Boolean).join(' or ');
  if (!who.google && !who.slack) return `Connect Google or Slack: Incident Desk offers Declare to the ${role} (${expected}) once it knows it is you.`;
  const signedIn = [who.google, who.slack && `Slack ${who.slack}`].filter(Boolean).join(' and ');
  return `You are signed in as ${signedIn}; the settings name ${expected} as the ${role}. Escalate to them, or fix the settings.`;
}

/**
 * The role a decision is recorded under is checked like the declarer's: a role of the escalation
 * chain counts only when the signed-in Google or Slack identity is the person the chain names.
 * Anyone else records it as marketing, the handbook's owner of this decision.
 */
export function checkedRole(role: string, settings: Pick<Settings, 'escalation'>, who: ConnectedIdentity): string {
  if (!settings.escalation.some((p) => p.role === role)) return role;
  return whyNotDeclarer(role, { declareRoles: [role], escalation: settings.escalation }, who) ? 'Marketing' : role;
}

export type EscalationChannel = 'slack' | 'call' | 'page';

export interface EscalationAttempt {
  role: string;
  channel: EscalationChannel;
  at: string;
  /** queued: on its way through the outbox (offline, retrying), sent by itself when it can be */
  outcome: 'sent' | 'opened' | 'failed' | 'queued';
  detail?: string;
}

/** The people who may declare, in the handbook's order. */
export function escalationChain(settings: Pick<Settings, 'escalation' | 'declareRoles'>): EscalationPerson[] {
  return settings.escalation.filter((person) => settings.declareRoles.includes(person.role));
}

/**
 * Which ways of reaching a person are possible with what the settings know about them, in the
 * order to try them: "via Slack if they are available, phone call, or just by paging". Someone
 * away or in do-not-disturb is called or paged first; Slack stays as the last resort.
 */
export function channelsFor(person: EscalationPerson, availability?: { presence: 'active' | 'away'; dnd: boolean }): EscalationChannel[] {
  const direct: EscalationChannel[] = [...(person.phone ? ['call' as const] : []), ...(person.pagerdutyRoutingKey ? ['page' as const] : [])];
  const unavailable = availability !== undefined && (availability.presence === 'away' || availability.dnd);
  return unavailable && direct.length ? [...direct, 'slack'] : ['slack', ...direct];
}

export function telLink(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** The next person to try: the first in order not yet reached without a failure. */
export function nextToEscalate(chain: EscalationPerson[], attempts: EscalationAttempt[]): EscalationPerson | undefined {
  return chain.find((person) => !attempts.some((a) => a.role === person.role && a.outcome !== 'failed'));
}

export interface Declaration {
  title: string;
  why: string;
  declarerRole: string;
  commsLeadRole?: string;
}

export type DeclarationProblem = { field: 'title' | 'why' | 'declarerRole'; message: string };

export function checkDeclaration(d: Declaration, settings: Pick<Settings, 'declareRoles'>): DeclarationProblem[] {
  const problems: DeclarationProblem[] = [];
  if (!d.title.trim()) problems.push({ field: 'title', message: 'Give the incident a short title.' });
  else if (d.title.length > 120) problems.push({ field: 'title', message: 'Keep the title under 120 characters; details go in the doc.' });
  if (d.why.trim().length < 10) problems.push({ field: 'why', message: 'Say why this is a major incident (at least a sentence).' });
  if (!mayDeclare(d.declarerRole, settings)) {
    problems.push({ field: 'declarerRole', message: `A ${d.declarerRole || 'person without a role'} may not declare a major incident: escalate.` });
  }
  return problems;
}
