// Timeline entries: redacted, then written into the doc's Timeline section in time order, then
// the doc is scanned and the public copy brought up to date. Each entry is an outbox step, so entries
// typed while offline wait in the outbox and are written when the network returns.
import { findSection, insertParagraphs, insertionIndex } from '../../core/doc-sections';
import { SECTIONS } from '../../core/incident-doc';
import { newStep } from '../../core/outbox';
import { formatEntry, type EntryKind } from './timeline';
import { AppError } from '../../core/errors';
import { enqueue, type Executor } from '../../background/outbox';
import { redactForIncident } from '../../background/scan';
import { republish } from '../../background/public-copy';
import { documentOf } from '../../background/incident-docs';
import type { HandlersFor } from '../../background/router';
import type { timelineMessages } from './messages';

export async function addEntry(incidentId: string, entry: { at: string; kind: EntryKind; text: string }): Promise<string> {
  // Waits for the doc: an entry typed while the doc step is still retrying is written once it exists.
  const step = newStep(incidentId, 'entry', ['doc'], Date.now(), { id: crypto.randomUUID(), data: { at: entry.at, kind: entry.kind, text: entry.text } });
  await enqueue([step]);
  return step.key;
}

export const entryExecutor: Executor = async ({ step }) => {
  const { at, kind, text } = step.payload as { at: string; kind: EntryKind; text: string };
  const documentId = await documentOf(step.incidentId);
  // Redacted in the same pass as the doc (fail-closed: if redaction fails, nothing is written).
  const lineOf = (redacted: string) => formatEntry({ at, kind, text: redacted });
  const { revisionId, texts } = await republish(step.incidentId, documentId, {
    texts: [text],
    plan: (read, [redacted]) => {
      const section = findSection(read, SECTIONS.timeline);
      if (!section) throw new AppError('not_found', 'The doc has no Timeline heading; add one and retry.');
      const line = lineOf(redacted!);
      // Already written by an attempt that was cut off: do not write it twice.
      if (section.body.some((p) => p.text === line)) return undefined;
      return insertParagraphs(insertionIndex(section, at), [line]);
    },
  });
  return { line: lineOf(texts[0]!), scannedRevisionId: revisionId };
};

export const timelineHandlers: HandlersFor<typeof timelineMessages> = {
  'timeline/preview': async ({ incidentId, text }) => {
    const result = await redactForIncident(incidentId, [text], false);
    return { redacted: result.texts[0]!, terms: result.terms, doubts: result.doubts };
  },
  'timeline/add': async ({ incidentId, ...entry }) => ({ key: await addEntry(incidentId, entry) }),
};
export const timelineExecutors = { entry: entryExecutor };
