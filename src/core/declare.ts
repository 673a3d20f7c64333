// "Second level escalation or above can only declare a major incident": the Production Lead,
// the Director of Infrastructure, or finally the VP of Engineering, escalated to in that order.
import type { EscalationPerson, Settings } from './settings';

export function mayDeclare(role: string, settings: Pick<Settings, 'declareRoles'>): boolean {
  return settings.declareRoles.includes(role);
}

export type EscalationChannel = 'slack' | 'call' | 'page';

export interface EscalationAttempt {
  role: string;
  channel: EscalationChannel;
  at: string;
  outcome: 'sent' | 'opened' | 'failed';
  detail?: string;
}

/** The people who may declare, in the handbook's order. */
export function escalationChain(settings: Pick<Settings, 'escalation' | 'declareRoles'>): EscalationPerson[] {
  return settings.escalation.filter((person) => settings.declareRoles.includes(person.role));
}

/** Which ways of reaching a person are possible with what the settings know about them. */
export function channelsFor(person: EscalationPerson): EscalationChannel[] {
  const channels: EscalationChannel[] = ['slack'];
  if (person.phone) channels.push('call');
  if (person.pagerdutyRoutingKey) channels.push('page');
  return channels;
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
