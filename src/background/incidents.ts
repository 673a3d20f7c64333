// Declaring and escalating: the popup's two paths, depending on the person's role.
import browser from 'webextension-polyfill';
import { channelsFor, checkDeclaration, escalationChain, mayDeclare, telLink, whyNotDeclarer, type EscalationAttempt, type EscalationChannel } from '../core/declare';
import type { Settings } from '../core/settings';
import { DECLARE_PLAN, newIncidentId, type Incident } from '../core/incident';
import { RESOLVE_PLAN } from '../core/resolution';
import { hostPermissionPattern } from '../services/gitlab-request';
import { newStep } from '../core/outbox';
import { escalationMessage } from '../core/slack-message';
import type { IncidentView, ResponseMap } from '../messages';
import { page } from '../services/pagerduty';
import { availabilityOf, openDirectMessage, postMessage } from '../services/slack';
import { getToken } from '../services/tokens';
import { AppError } from './errors';
import { enqueue } from './outbox';
import { load, update } from './store';
import { enqueueAndWait, type Executor } from './outbox';
import { connectedIdentity } from './identity';
import { updateBadge } from './notify';

/** The checklist's steps (the handbook's plans), by name. */
const LABELS: Record<string, string> = Object.fromEntries([...DECLARE_PLAN, ...RESOLVE_PLAN].map((p) => [p.name, p.label]));
/** Every step's name as a person reads it, for notifications. */
export const STEP_LABELS: Record<string, string> = {
  ...LABELS,
  entry: 'Timeline entry',
  impact: 'Customer impact',
  escalate: 'Escalation',
  rescan: 'Redaction rescan',
  publicSync: 'Public copy update',
  unpublishWorkingDoc: 'Working doc off the web (its public copy replaces it)',
  redactTerm: 'Redact selection',
};

export async function incidentView(): Promise<IncidentView> {
  const [settings, profile, incidents, activeId, outbox, escalations] = await Promise.all([
    load('settings'),
    load('profile'),
    load('incidents'),
    load('activeIncidentId'),
    load('outbox'),
    load('escalations'),
  ]);
  const latest = Object.values(incidents).sort((a, b) => b.declaredAt.localeCompare(a.declaredAt))[0];
  const incident = activeId ? incidents[activeId] : latest?.state === 'resolved' ? latest : undefined;
  const permission = hostPermissionPattern(settings.gitlab.instanceUrl);
  return {
    ...(profile ? { profile: await profileView(profile.role, settings) } : {}),
    ...(incident ? { incident } : {}),
    ...(permission ? { gitlabPermission: permission } : {}),
    steps: outbox
      .filter((s) => s.incidentId === incident?.id && LABELS[s.name])
      .map((s) => ({
        key: s.key,
        name: s.name,
        label: LABELS[s.name] ?? s.name,
        state: s.state,
        ...(s.error ? { error: s.error } : {}),
        ...(s.nextAt ? { nextAt: s.nextAt } : {}),
        ...(s.result ? { result: s.result } : {}),
        ...(s.state === 'waiting'
          ? { waitingFor: s.after.filter((name) => !outbox.some((o) => o.incidentId === s.incidentId && o.name === name && o.state === 'done')).map((name) => LABELS[name] ?? name) }
          : {}),
      })),
    // Presence is asked only while the chain is on screen (no active incident): the popup
    // refreshes on every outbox change while a declaration runs, and Slack limits these calls.
    chain: activeId ? escalationChain(settings).map((p) => ({ ...p, channels: channelsFor(p) })) : await chainWithAvailability(settings),
    escalations,
    declareRoles: settings.declareRoles,
    roles: [...new Set([...settings.escalation.map((p) => p.role), 'Engineer'])],
  };
}

export async function incidentBanner(): Promise<ResponseMap['incident/banner']> {
  const [incidents, activeId, outbox] = await Promise.all([load('incidents'), load('activeIncidentId'), load('outbox')]);
  const incident = activeId ? incidents[activeId] : undefined;
  if (!incident) return { links: {} };
  const result = (name: string, field: string) => outbox.find((s) => s.incidentId === incident.id && s.name === name)?.result?.[field];
  const links = { docUrl: result('doc', 'docUrl'), publicUrl: result('publish', 'publicUrl'), warRoomUrl: result('warRoom', 'warRoomUrl') };
  return {
    incident: { id: incident.id, title: incident.title, declaredAt: incident.declaredAt },
    links: Object.fromEntries(Object.entries(links).filter(([, v]) => v)),
  };
}

/** The chain with each person's Slack presence and do-not-disturb, when Slack is connected. */
async function chainWithAvailability(settings: Settings): Promise<ResponseMap['incident/get']['chain']> {
  const slack = await getToken('slack');
  return Promise.all(
    escalationChain(settings).map(async (person) => {
      const availability = slack && person.slackUser ? await availabilityOf(person.slackUser).catch(() => undefined) : undefined;
      return { ...person, channels: channelsFor(person, availability), ...(availability ? { availability } : {}) };
    }),
  );
}

/** What the popup may offer: Declare only to the person the chain names for the role, and why not otherwise. */
export async function profileView(role: string, settings: Settings): Promise<{ role: string; mayDeclare: boolean; whyNot?: string }> {
  if (!mayDeclare(role, settings)) return { role, mayDeclare: false };
  const whyNot = whyNotDeclarer(role, settings, await connectedIdentity());
  return { role, mayDeclare: !whyNot, ...(whyNot ? { whyNot } : {}) };
}

// Declarations run one at a time in this worker, so an active incident without any queued step
// can only be one a stopped worker claimed and never queued (see abandonedClaim).
let declaring: Promise<unknown> = Promise.resolve();

export function declare(input: { title: string; why: string; commsLeadRole?: string | undefined }): Promise<ResponseMap['incident/declare']> {
  const run = declaring.then(() => declareNow(input));
  declaring = run.catch(() => undefined);
  return run;
}

/**
 * Claiming the incident and queueing its steps are separate writes: a worker stopped between
 * them left an active incident with nothing to run, which would refuse every later declaration.
 * Only the one worker runs at a time and its declarations are serialised, so such a claim is dead.
 */
async function abandonedClaim(activeId: string | undefined): Promise<boolean> {
  if (!activeId || (await load('outbox')).some((s) => s.incidentId === activeId)) return false;
  await browser.storage.local.remove('activeIncidentId');
  return true;
}

async function declareNow(input: { title: string; why: string; commsLeadRole?: string | undefined }): Promise<ResponseMap['incident/declare']> {
  const [settings, profile, stored] = await Promise.all([load('settings'), load('profile'), load('activeIncidentId')]);
  const activeId = (await abandonedClaim(stored)) ? undefined : stored;
  if (activeId) return { ok: false, problems: [{ field: 'title', message: 'An incident is already active; resolve it before declaring another.' }] };
  const declaration = {
    title: input.title.trim(),
    why: input.why.trim(),
    declarerRole: profile?.role ?? '',
    ...(input.commsLeadRole ? { commsLeadRole: input.commsLeadRole } : {}),
  };
  const problems = checkDeclaration(declaration, settings);
  if (problems.length) return { ok: false, problems };
  // Checked here too: the popup only hides the button, the worker is what refuses.
  const notDeclarer = whyNotDeclarer(declaration.declarerRole, settings, await connectedIdentity());
  if (notDeclarer) return { ok: false, problems: [{ field: 'declarerRole', message: notDeclarer }] };

  const now = new Date();
  const incident: Incident = { id: newIncidentId(now), ...declaration, declaredAt: now.toISOString(), state: 'active' };
  // Claimed in one serialised write, so a double click declares once.
  const claimed = await update('activeIncidentId', (current) => current ?? incident.id);
  if (claimed !== incident.id) return { ok: false, problems: [{ field: 'title', message: 'An incident is already active; resolve it before declaring another.' }] };
  await update('incidents', (all) => ({ ...all, [incident.id]: incident }));
  // Persisted before anything runs: from here on, a dead worker or a closed browser loses nothing.
  await enqueue(DECLARE_PLAN.map((p) => newStep(incident.id, p.name, p.after, now.getTime())));
  await showActiveBadge(true);
  return { ok: true, incidentId: incident.id };
}

export async function showActiveBadge(active: boolean): Promise<void> {
  await updateBadge();
  await browser.action.setTitle({ title: active ? 'Incident Desk: a major incident is active' : 'Incident Desk' });
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
      if (input.channel === 'page' && !person.pagerdutyRoutingKey) throw new AppError('invalid', `No PagerDuty routing key for the ${person.role} in settings.`);
      // One alert per person and declaration attempt: paging twice updates the same alert.
      const dedupKey = `incident-desk:${person.role}:${input.title}`.slice(0, 255);
      const step = newStep(ESCALATION, 'escalate', [], Date.now(), { id: crypto.randomUUID(), data: { role: person.role, channel: input.channel, text, dedupKey } });
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
