// Marketing's part of the doc: impact per customer segment, and its announcement in Slack.
import { findSection, replaceSectionBody } from '../../core/doc-sections';
import { renderImpact, type SegmentImpact } from './impact';
import { SECTIONS } from '../../core/incident-doc';
import { escapeSlack } from '../slack/slack-message';
import { postToChannel } from '../slack/post.worker';
import { AppError } from '../../core/errors';
import { redactForOutside } from '../../background/scan';
import { documentOf } from '../../background/incident-docs';
import { republish } from '../../background/public-copy';
import { load, update } from '../../background/store';
import { enqueueAndWait, type Executor } from '../../background/outbox';
import { mayHaveRun, newStep } from '../../core/outbox';
import type { ResponseMap } from '../../messages';
import type { HandlersFor } from '../../background/router';
import type { impactMessages } from './messages';

// A typing marketer must not flood the channel: at most one impact announcement a minute.
const ANNOUNCE_EVERY_MS = 60_000;

/** Rewrites one section of the doc and publishes, in one read and one write. */
/** Rewrites one section of the doc with `lines` (redacted in the same pass) and publishes, in one read and one write; returns the lines as written. */
export async function rewriteSection(incidentId: string, documentId: string, name: string, lines: string[]): Promise<string[]> {
  const { texts } = await republish(incidentId, documentId, {
    texts: lines,
    plan: (read, redacted) => {
      const section = findSection(read, name);
      if (!section) throw new AppError('not_found', `The doc has no "${name}" heading; add one and retry.`);
      if (section.body.map((p) => p.text).join('\n') === redacted.join('\n')) return undefined;
      return replaceSectionBody(section, redacted);
    },
  });
  return texts;
}

/**
 * Saving impact is an outbox step: the doc write, the republish and the Slack post survive a
 * dead worker or a dropped connection, and a cut-off attempt finds its own post instead of
 * posting twice. The person waits a moment for it; if it is still on its way they are told so.
 */
export async function saveImpact(incidentId: string, impact: SegmentImpact[], announce: boolean): Promise<ResponseMap['impact/save']> {
  const step = newStep(incidentId, 'impact', ['doc'], Date.now(), {
    id: crypto.randomUUID(),
    data: { impact: JSON.stringify(impact), announce: String(announce) },
  });
  const result = await enqueueAndWait(step);
  if (!result) return { announced: false, queued: true };
  return { announced: result['announced'] === 'true', ...(result['nextAnnounceAt'] ? { nextAnnounceAt: Number(result['nextAnnounceAt']) } : {}) };
}

export const impactExecutor: Executor = async ({ step }): Promise<Record<string, string>> => {
  const incidentId = step.incidentId;
  const impact = JSON.parse(step.payload!['impact']!) as SegmentImpact[];
  const documentId = await documentOf(incidentId);
  const texts = await rewriteSection(incidentId, documentId, SECTIONS.impact, impact.map(renderImpact));
  if (step.payload!['announce'] !== 'true') return { announced: 'false' };

  const [settings, last] = await Promise.all([load('settings'), load('impactAnnouncedAt')]);
  const lastAt = last[incidentId] ?? 0;
  // A retry of this same step may already have posted: it looks for its own post first, below.
  if (!mayHaveRun(step) && Date.now() - lastAt < ANNOUNCE_EVERY_MS) return { announced: 'false', nextAnnounceAt: String(lastAt + ANNOUNCE_EVERY_MS) };
  if (!settings.slack.marketingChannel) throw new AppError('invalid', 'Set the marketing channel in settings to announce impact.');
  // Saved in the doc already; the post waits for a person's answer on anything that may be a name.
  await redactForOutside(incidentId, texts);
  await postToChannel({
    channel: settings.slack.marketingChannel,
    text: `*Customer impact update*\n${texts.map((t) => `• ${escapeSlack(t)}`).join('\n')}`,
    // One marker per save, so finding "our" post after a cut-off never mistakes an earlier update for this one.
    ref: `(Incident Desk ${incidentId} impact ${step.key.split(':').at(-1)})`,
    mayExist: mayHaveRun(step),
    marketing: true,
  });
  // Counted only once it went out: a failed post does not hold the next one back.
  await update('impactAnnouncedAt', (all) => ({ ...all, [incidentId]: Date.now() }));
  return { announced: 'true' };
};

export const impactHandlers: HandlersFor<typeof impactMessages> = {
  'impact/save': ({ incidentId, impact, announce }) => saveImpact(incidentId, impact, announce),
};
export const impactExecutors = { impact: impactExecutor };
