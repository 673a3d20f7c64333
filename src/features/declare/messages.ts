import * as v from 'valibot';
import { empty, pagesOnly, type MessageDecl } from '../../protocol/define';
import type { Incident } from '../../core/incident';
import type { Step } from '../../core/outbox';
import type { EscalationPerson } from '../../core/settings';
import type { EscalationAttempt, EscalationChannel } from './declare';

export const declareMessages = {
  'incident/get': pagesOnly(empty),
  'incident/declare': pagesOnly(
    v.strictObject({
      title: v.pipe(v.string(), v.maxLength(500)),
      why: v.pipe(v.string(), v.maxLength(5000)),
      commsLeadRole: v.optional(v.pipe(v.string(), v.maxLength(80))),
    }),
  ),
  'outbox/retry': pagesOnly(v.strictObject({ key: v.pipe(v.string(), v.maxLength(200)) })),
} as const satisfies Record<string, MessageDecl>;

export interface StepView {
  key: string;
  name: string;
  label: string;
  state: Step['state'];
  error?: string;
  nextAt?: number;
  result?: Record<string, string>;
  /** for a waiting step: the labels of the steps it still waits for */
  waitingFor?: string[];
}

export interface IncidentView {
  /** whyNot: the role may declare, but this browser is not signed in as the person who holds it */
  profile?: { role: string; mayDeclare: boolean; whyNot?: string };
  /** the active incident, or else the one resolved last (its resolve steps and issue link) */
  incident?: Incident;
  steps: StepView[];
  /** for a self-hosted GitLab: the host pattern to ask permission for, if any */
  gitlabPermission?: string;
  /** channels in the order to try them; availability: Slack presence and do-not-disturb, when Slack is connected */
  chain: (EscalationPerson & { channels: EscalationChannel[]; availability?: { presence: 'active' | 'away'; dnd: boolean } })[];
  escalations: EscalationAttempt[];
  declareRoles: string[];
  roles: string[];
}

export interface DeclareResponses {
  'incident/get': IncidentView;
  'incident/declare': { ok: true; incidentId: string } | { ok: false; problems: { field: string; message: string }[] };
  'outbox/retry': { ok: true };
}
