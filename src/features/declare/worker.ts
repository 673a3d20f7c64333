// Declaring: the popup's path for the roles that may declare (escalating is ../escalate), and the
// popup's view of the incident and its checklist.
import browser from 'webextension-polyfill';
import { channelsFor, checkDeclaration, escalationChain, mayDeclare, whyNotDeclarer } from './declare';
import { chainWithAvailability } from '../escalate/worker';
import type { Settings } from '../../core/settings';
import { COMMS_LEAD_STEP, DECLARE_PLAN, declarePlan, newIncidentId, type Incident } from '../../core/incident';
import { RESOLVE_PLAN } from '../resolve/resolution';
import { hostPermissionPattern } from '../../services/gitlab-request';
import { newStep } from '../../core/outbox';
import type { IncidentView, ResponseMap } from '../../messages';
import { enqueue } from '../../background/outbox';
import { load, update } from '../../background/store';
import { connectedIdentity } from '../../background/identity';
import { updateBadge } from '../../background/notify';
import type { HandlersFor } from '../../background/router';
import { retryStep } from '../../background/outbox';
import type { declareMessages } from './messages';
import { declareExecutors } from './steps.worker';
import { previewTweet } from './tweet-preview.worker';
import { t } from '../../background/i18n';
import { commsLeadOf, workspaceMembers } from './comms-lead.worker';

/** The checklist's steps (the handbook's plans), by name. */
const LABELS: Record<string, string> = Object.fromEntries([...DECLARE_PLAN, COMMS_LEAD_STEP, ...RESOLVE_PLAN].map((p) => [p.name, p.label]));
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
          ? {
              waitingFor: s.after
                .filter((name) => !outbox.some((o) => o.incidentId === s.incidentId && o.name === name && o.state === 'done'))
                .map((name) => LABELS[name] ?? name),
            }
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

/** What the popup may offer: Declare only to the person the chain names for the role, and why not otherwise. */
export async function profileView(role: string, settings: Settings): Promise<{ role: string; mayDeclare: boolean; whyNot?: string }> {
  if (!mayDeclare(role, settings)) return { role, mayDeclare: false };
  const whyNot = whyNotDeclarer(role, settings, await connectedIdentity());
  return { role, mayDeclare: !whyNot, ...(whyNot ? { whyNot } : {}) };
}

// Declarations run one at a time in this worker, so an active incident without any queued step
// can only be one a stopped worker claimed and never queued (see abandonedClaim).
let declaring: Promise<unknown> = Promise.resolve();

type DeclareInput = { title: string; why: string; commsLeadRole?: string | undefined; commsLead?: { slackUserId: string; role: string } | undefined };

export function declare(input: DeclareInput): Promise<ResponseMap['incident/declare']> {
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

async function declareNow(input: DeclareInput): Promise<ResponseMap['incident/declare']> {
  const [settings, profile, stored] = await Promise.all([load('settings'), load('profile'), load('activeIncidentId')]);
  const activeId = (await abandonedClaim(stored)) ? undefined : stored;
  if (activeId) return { ok: false, problems: [{ field: 'title', message: 'An incident is already active; resolve it before declaring another.' }] };
  const named = input.commsLead ? await commsLeadOf(input.commsLead) : undefined;
  const lead = named && 'lead' in named ? named.lead : undefined;
  const commsLeadRole = lead?.role ?? input.commsLeadRole;
  const declaration = {
    title: input.title.trim(),
    why: input.why.trim(),
    declarerRole: profile?.role ?? '',
    ...(commsLeadRole ? { commsLeadRole } : {}),
  };
  const problems: { field: string; message: string }[] = checkDeclaration(declaration, settings);
  if (named && 'problem' in named) problems.push({ field: 'commsLead', message: named.problem });
  if (problems.length) return { ok: false, problems };
  // Checked here too: the popup only hides the button, the worker is what refuses.
  const notDeclarer = whyNotDeclarer(declaration.declarerRole, settings, await connectedIdentity());
  if (notDeclarer) return { ok: false, problems: [{ field: 'declarerRole', message: notDeclarer }] };

  const now = new Date();
  const incident: Incident = { id: newIncidentId(now), ...declaration, ...(lead ? { commsLead: lead } : {}), declaredAt: now.toISOString(), state: 'active' };
  // Claimed in one serialised write, so a double click declares once.
  const claimed = await update('activeIncidentId', (current) => current ?? incident.id);
  if (claimed !== incident.id)
    return { ok: false, problems: [{ field: 'title', message: 'An incident is already active; resolve it before declaring another.' }] };
  await update('incidents', (all) => ({ ...all, [incident.id]: incident }));
  // Persisted before anything runs: from here on, a dead worker or a closed browser loses nothing.
  await enqueue(declarePlan(incident).map((p) => newStep(incident.id, p.name, p.after, now.getTime())));
  await showActiveBadge(true);
  return { ok: true, incidentId: incident.id };
}

export async function showActiveBadge(active: boolean): Promise<void> {
  await updateBadge();
  await browser.action.setTitle({ title: active ? t('action_titleActive') : t('actionTitle') });
}

export const declareHandlers: HandlersFor<typeof declareMessages> = {
  'incident/get': incidentView,
  'incident/declare': declare,
  'tweet/preview': ({ title }) => previewTweet(title),
  'declare/members': ({ refresh }) => workspaceMembers(refresh),
  'outbox/retry': async ({ key }) => {
    await retryStep(key);
    return { ok: true };
  },
};
export { declareExecutors };
