// Resolving: the resolution is recorded at once, and its side effects (final entry, last scan,
// announcement, reply tweet, outage issue) go through the outbox like the declaration's did.
import browser from 'webextension-polyfill';
import type { Incident } from '../../core/incident';
import { newStep } from '../../core/outbox';
import { applicableSteps, checkResolution, finalEntry, type ResolutionInput, type ResolutionProblem, type ResolveStep } from './resolution';
import { resolutionAnnouncement, resolutionTweet } from './resolution-messages';
import { formatUtc } from '../timeline/timeline';
import { getToken } from '../../services/vault';
import { postTweet } from '../../services/x';
import { AppError } from '../../core/errors';
import { exportExecutor } from './export.worker';
import { mayHaveRun } from '../../core/outbox';
import { postToChannel } from '../slack/post.worker';
import { showActiveBadge } from '../declare/worker';
import { enqueue, type Executor, type StepContext } from '../../background/outbox';
import { redactForOutside } from '../../background/scan';
import { load, update } from '../../background/store';
import { entryExecutor } from '../timeline/worker';
import { documentOf } from '../../background/incident-docs';
import { republish } from '../../background/public-copy';
import type { HandlersFor } from '../../background/router';
import { exportJson, exportMarkdown } from './export.worker';
import type { resolveMessages } from './messages';
import { fitForX } from '../../background/x-count';

export type ResolveResult = { ok: true } | { ok: false; problems: ResolutionProblem[] };

// One payload id: resolving twice finds the step already queued and does not write a second entry.
const FINAL_ENTRY_ID = 'resolution';

function resolveSteps(incidentId: string, resolution: ResolutionInput, now: number, results: Record<string, Record<string, string>>) {
  return applicableSteps(results).map((p) =>
    p.name === 'finalEntry'
      ? newStep(incidentId, p.name, p.after, now, { id: FINAL_ENTRY_ID, data: finalEntry(resolution) })
      : newStep(incidentId, p.name, p.after, now),
  );
}

const sameResolution = (i: Incident, r: ResolutionInput) => i.resolvedAt === r.resolvedAt && i.resolutionSummary === r.summary && i.blogPost === r.blogPost;

export async function resolveIncident(incidentId: string, input: ResolutionInput): Promise<ResolveResult> {
  const incident = (await load('incidents'))[incidentId];
  if (!incident) throw new AppError('not_found', `Incident ${incidentId} is no longer known to this browser.`);
  const checked = checkResolution(input, incident.declaredAt, Date.now());
  if (!checked.ok) return checked;
  const { resolution } = checked;
  const all = await update('incidents', (incidents) => {
    const current = incidents[incidentId];
    if (!current || current.state === 'resolved') return incidents;
    return {
      ...incidents,
      [incidentId]: { ...current, state: 'resolved', resolvedAt: resolution.resolvedAt, resolutionSummary: resolution.summary, blogPost: resolution.blogPost },
    };
  });
  const stored = all[incidentId]!;
  // The same request again (a double click, or a worker that died before queueing the steps)
  // carries on with it; a different resolution of a resolved incident is refused.
  if (!sameResolution(stored, resolution)) {
    return {
      ok: false,
      problems: [{ field: 'resolvedAt', message: `This incident was already resolved at ${formatUtc(stored.resolvedAt ?? resolution.resolvedAt)}.` }],
    };
  }
  if ((await load('activeIncidentId')) === incidentId) {
    // Removed, not saved as undefined: storage drops undefined values and would keep the old id.
    await browser.storage.local.remove('activeIncidentId');
    await showActiveBadge(false);
  }
  const done = (await load('outbox')).filter((s) => s.incidentId === incidentId && s.state === 'done');
  const results = Object.fromEntries(done.map((s) => [s.name, s.result ?? {}]));
  await enqueue(resolveSteps(incidentId, resolution, Date.now(), results));
  return { ok: true };
}

async function resolvedIncident(ctx: StepContext): Promise<Incident & Required<Pick<Incident, 'resolvedAt' | 'resolutionSummary' | 'blogPost'>>> {
  const incident = (await load('incidents'))[ctx.step.incidentId];
  if (!incident) throw new AppError('not_found', `Incident ${ctx.step.incidentId} is no longer known to this browser.`);
  const { resolvedAt, resolutionSummary, blogPost } = incident;
  if (incident.state !== 'resolved' || !resolvedAt || !resolutionSummary || !blogPost) {
    throw new AppError('internal', `Incident ${incident.id} has no recorded resolution.`);
  }
  return { ...incident, resolvedAt, resolutionSummary, blogPost };
}

// Different from the declaration's marker, so finding one never mistakes it for the other.
function resolvedRef(incidentId: string): string {
  return `(Incident Desk ${incidentId} resolved)`;
}

export const resolveExecutors: Record<ResolveStep, Executor> = {
  // The entry step's own logic: it reads the entry from the payload, and skips a line already written.
  finalEntry: entryExecutor,

  async finalScan({ step }): Promise<Record<string, string>> {
    const { revisionId } = await republish(step.incidentId, await documentOf(step.incidentId));
    return revisionId ? { revisionId } : {};
  },

  async announceResolution(ctx): Promise<Record<string, string>> {
    const incident = await resolvedIncident(ctx);
    const { slack } = await load('settings');
    const channel = slack.marketingChannel;
    if (!channel) return { skipped: 'no marketing channel in settings' };
    const { texts } = await redactForOutside(incident.id, [incident.title, incident.resolutionSummary]);
    const publicUrl = ctx.results['publish']?.['publicUrl'];
    const text = `${resolutionAnnouncement({
      title: texts[0]!,
      summary: texts[1]!,
      resolvedAt: incident.resolvedAt,
      blogPost: incident.blogPost,
      ...(publicUrl ? { publicUrl } : {}),
    })}`;
    return postToChannel({ channel, text, ref: resolvedRef(incident.id), mayExist: mayHaveRun(ctx.step), marketing: true });
  },

  async replyTweet(ctx): Promise<Record<string, string>> {
    const tweetId = ctx.results['tweet']?.['tweetId'];
    if (!tweetId) return { skipped: 'the declaration was not tweeted through Incident Desk; reply on X by hand' };
    if (!(await getToken('x'))) return { skipped: 'X is not connected' };
    const incident = await resolvedIncident(ctx);
    const { texts } = await redactForOutside(incident.id, [incident.resolutionSummary]);
    const publicUrl = ctx.results['publish']?.['publicUrl'];
    // A repeated post of the same text is refused by X as a duplicate, and postTweet then finds
    // the reply that went out, so a cut-off attempt never makes two.
    const { text } = await fitForX(resolutionTweet({ summary: texts[0]!, ...(publicUrl ? { publicUrl } : {}) }));
    const tweet = await postTweet(text, tweetId);
    return { tweetId: tweet.id, tweetUrl: `https://x.com/i/web/status/${tweet.id}` };
  },

  export: exportExecutor,
};

export const resolveHandlers: HandlersFor<typeof resolveMessages> = {
  'incident/resolve': ({ incidentId, ...resolution }) => resolveIncident(incidentId, resolution),
  'export/markdown': async ({ incidentId }) => ({ markdown: await exportMarkdown(incidentId) }),
  'export/json': async ({ incidentId }) => ({ json: await exportJson(incidentId) }),
};
