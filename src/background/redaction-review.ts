// "Review before publish": every term the scan would redact in the doc, with counts and where it
// stands, so a person can keep a false positive (allow-list) or add a missed name before the
// doc is rewritten and republished.
import { paragraphs } from '../core/doc-sections';
import type { ResponseMap } from '../messages';
import { getDocument } from '../services/docs';
import { redactForIncident } from './scan';
import { addIncidentTerms } from './store';
import { documentOf } from './timeline';
import { republish } from './public-copy';
import { enqueueAndWait, type Executor } from './outbox';
import { newStep } from '../core/outbox';

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
  const { terms } = await redactForIncident(incidentId, texts, false);
  return {
    revisionId: doc.revisionId ?? '',
    terms: terms.map((t) => ({ ...t, context: contextOf(texts, t.term) })).sort((a, b) => b.count - a.count || a.term.localeCompare(b.term)),
  };
}

export async function applyRedaction(incidentId: string, keep: string[], add: string[]): Promise<ResponseMap['redaction/apply']> {
  // For this incident only: a name kept here is not un-redacted in every later incident.
  if (keep.length) await addIncidentTerms('incidentAllow', incidentId, keep);
  if (add.length) await addIncidentTerms('incidentDeny', incidentId, add);
  // The rewrite and republish go through the outbox, like every side effect.
  await documentOf(incidentId);
  const result = await enqueueAndWait(newStep(incidentId, 'rescan', ['doc'], Date.now(), { id: crypto.randomUUID(), data: {} }));
  return result ? { revisionId: result['revisionId'] ?? '' } : { revisionId: '', queued: true };
}

/** Scan the working doc again and bring the public copy up to it (after the terms changed). */
export const rescanExecutor: Executor = async ({ step }): Promise<Record<string, string>> => ({
  revisionId: await republish(step.incidentId, await documentOf(step.incidentId)),
});
