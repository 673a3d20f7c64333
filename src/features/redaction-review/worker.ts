// "Review before publish": every term the scan would redact in the doc, with counts and where it
// stands, so a person can keep a false positive (allow-list) or add a missed name before the
// doc is rewritten and republished.
import { paragraphs } from '../../core/doc-sections';
import type { ResponseMap } from '../../messages';
import { getDocument } from '../../services/docs';
import { redactForIncident, REVIEW_WAIT } from '../../background/scan';
import { addIncidentTerms, load } from '../../background/store';
import { documentOf, documentOfIncident } from '../../background/incident-docs';
import { republish } from '../../background/public-copy';
import { enqueue, enqueueAndWait, retryStep, type Executor } from '../../background/outbox';
import { newStep } from '../../core/outbox';
import type { HandlersFor } from '../../background/router';
import type { reviewMessages } from './messages';

const CONTEXT = 40;

function contextOf(texts: string[], term: string): string {
  for (const text of texts) {
    const at = text.indexOf(term);
    if (at < 0) continue;
    const start = Math.max(0, at - CONTEXT);
    const end = Math.min(text.length, at + term.length + CONTEXT);
    return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  }
  return '';
}

export async function reviewRedaction(incidentId: string): Promise<ResponseMap['redaction/review']> {
  const doc = await getDocument(await documentOf(incidentId));
  const texts = paragraphs(doc).map((p) => p.text);
  const { terms, doubts } = await redactForIncident(incidentId, texts, false);
  return {
    revisionId: doc.revisionId ?? '',
    terms: terms.map((t) => ({ ...t, context: contextOf(texts, t.term) })).sort((a, b) => b.count - a.count || a.term.localeCompare(b.term)),
    doubts: doubts.map((d) => ({ ...d, context: contextOf(texts, d.term) })).sort((a, b) => b.count - a.count || a.term.localeCompare(b.term)),
  };
}

export async function applyRedaction(incidentId: string, keep: string[], add: string[]): Promise<ResponseMap['redaction/apply']> {
  // For this incident only: a name kept here is not un-redacted in every later incident.
  if (keep.length) await addIncidentTerms('incidentAllow', incidentId, keep);
  if (add.length) await addIncidentTerms('incidentDeny', incidentId, add);
  // The rewrite and republish go through the outbox, like every side effect.
  await documentOf(incidentId);
  await resumeAfterReview(incidentId);
  const result = await enqueueAndWait(newStep(incidentId, 'rescan', ['doc'], Date.now(), { id: crypto.randomUUID(), data: {} }));
  return result ? { revisionId: result['revisionId'] ?? '' } : { revisionId: '', queued: true };
}

/**
 * A person answered about doubtful names: the steps that waited on that answer (a tweet, a post,
 * the issue) go on by themselves.
 */
export async function resumeAfterReview(incidentId: string): Promise<void> {
  const waiting = (await load('outbox')).filter((s) => s.incidentId === incidentId && s.state === 'failed' && s.error?.startsWith(REVIEW_WAIT));
  for (const step of waiting) await retryStep(step.key);
}

/** "Not a person", from the composer's preview or the review: for this incident only, then the held lines and steps go on. */
export async function markNotAPerson(incidentId: string, term: string): Promise<{ ok: true }> {
  await addIncidentTerms('incidentAllow', incidentId, [term]);
  await resumeAfterReview(incidentId);
  if (await documentOfIncident(incidentId)) {
    await enqueue([newStep(incidentId, 'rescan', ['doc'], Date.now(), { id: crypto.randomUUID(), data: {} })]);
  }
  return { ok: true };
}

/** Scan the working doc again and bring the public copy up to it (after the terms changed). */
export const rescanExecutor: Executor = async ({ step }): Promise<Record<string, string>> => ({
  revisionId: (await republish(step.incidentId, await documentOf(step.incidentId))).revisionId,
});

export const reviewHandlers: HandlersFor<typeof reviewMessages> = {
  'redaction/allow': ({ incidentId, term }) => markNotAPerson(incidentId, term),
  'redaction/review': ({ incidentId }) => reviewRedaction(incidentId),
  'redaction/apply': ({ incidentId, keep, add }) => applyRedaction(incidentId, keep, add),
};
export const reviewExecutors = { rescan: rescanExecutor };
