// Escalating: for a role that may not declare, reach the next person of the handbook's chain
// "via Slack if they are available, phone call, or just by paging, in the provided order".
import type { Settings } from '../../core/settings';
import { newStep } from '../../core/outbox';
import { AppError } from '../../core/errors';
import type { ResponseMap } from '../../messages';
import { page } from '../../services/pagerduty';
import { availabilityOf, openDirectMessage, postMessage } from '../../services/slack';
import { getToken } from '../../services/vault';
import { enqueueAndWait, type Executor } from '../../background/outbox';
import { load, update } from '../../background/store';
import { channelsFor, escalationChain, telLink, type EscalationAttempt, type EscalationChannel } from '../declare/declare';
import { escalationMessage } from '../slack/slack-message';
import type { HandlersFor } from '../../background/router';
import type { escalateMessages } from './messages';

/** The chain with each person's Slack presence and do-not-disturb, when Slack is connected. */
export async function chainWithAvailability(settings: Settings): Promise<ResponseMap['incident/get']['chain']> {
  const slack = await getToken('slack');
  return Promise.all(
    escalationChain(settings).map(async (person) => {
      const availability = slack && person.slackUser ? await availabilityOf(person.slackUser).catch(() => undefined) : undefined;
      return { ...person, channels: channelsFor(person, availability), ...(availability ? { availability } : {}) };
    }),
  );
}

/** Escalations belong to no incident yet: their outbox steps are filed under this id. */
const ESCALATION = 'escalation';

/**
 * Reach one person of the chain; the attempt is recorded for the timeline either way. A page or
 * a Slack DM is an outbox step, so a dead worker or a dropped connection neither loses nor
 * repeats it (PagerDuty's dedup key folds a repeated trigger into the same alert); a call only
 * opens the phone.
 */
export async function escalate(input: { role: string; channel: EscalationChannel; title: string; why: string }): Promise<ResponseMap['incident/escalate']> {
  const [settings, profile] = await Promise.all([load('settings'), load('profile')]);
  const person = escalationChain(settings).find((p) => p.role === input.role);
  if (!person) throw new AppError('invalid', `${input.role} is not in the escalation chain.`);
  const fromRole = profile?.role ?? 'Engineer';
  const text = escalationMessage({ title: input.title || 'untitled', why: input.why, fromRole, toRole: person.role });
  const attempt: EscalationAttempt = { role: person.role, channel: input.channel, at: new Date().toISOString(), outcome: 'sent' };
  const extra: { telLink?: string; slackUrl?: string } = {};
  try {
    if (input.channel === 'call') {
      if (!person.phone) throw new AppError('invalid', `No phone number for the ${person.role} in settings.`);
      extra.telLink = telLink(person.phone);
      attempt.outcome = 'opened';
      attempt.detail = person.phone;
    } else if (input.channel === 'page' || (person.slackUser && (await getToken('slack')))) {
      if (input.channel === 'page' && !person.pagerdutyRoutingKey)
        throw new AppError('invalid', `No PagerDuty routing key for the ${person.role} in settings.`);
      // One alert per person and declaration attempt: paging twice updates the same alert.
      const dedupKey = `incident-desk:${person.role}:${input.title}`.slice(0, 255);
      const step = newStep(ESCALATION, 'escalate', [], Date.now(), {
        id: crypto.randomUUID(),
        data: { role: person.role, channel: input.channel, text, dedupKey },
      });
      const result = await enqueueAndWait(step);
      if (result) attempt.detail = result['detail'] ?? '';
      else attempt.outcome = 'queued';
    } else {
      extra.slackUrl = person.slackUser ? `https://app.slack.com/team/${person.slackUser}` : 'https://app.slack.com/client';
      attempt.outcome = 'opened';
    }
  } catch (err) {
    attempt.outcome = 'failed';
    attempt.detail = (err as Error).message;
  }
  await update('escalations', (all) => [...all, attempt]);
  return { ...attempt, ...extra };
}

export const escalateExecutor: Executor = async ({ step }): Promise<Record<string, string>> => {
  const { role, channel, text, dedupKey } = step.payload as { role: string; channel: EscalationChannel; text: string; dedupKey: string };
  const person = escalationChain(await load('settings')).find((p) => p.role === role);
  if (!person) throw new AppError('invalid', `${role} is no longer in the escalation chain.`);
  if (channel === 'page') return { detail: await page({ routingKey: person.pagerdutyRoutingKey, dedupKey, summary: text, source: 'Incident Desk' }) };
  // A DM cut off between Slack's answer and this step's record may be sent again: the bot cannot
  // read DM history without the extra im:history scope, which nothing else needs.
  const channelId = await openDirectMessage(person.slackUser);
  return { detail: (await postMessage(channelId, text)).ts };
};

export const escalateHandlers: HandlersFor<typeof escalateMessages> = { 'incident/escalate': escalate };
export const escalateExecutors = { escalate: escalateExecutor };
