// What the public sees. Docs revision ids are not Drive's, and Docs merges revisions while the
// whole company edits the working doc, so "publish the revision we scanned" cannot promise that
// nothing unscanned is public (apis.md, "Docs vs Drive revisions"). Instead the public version is
// a separate doc that only this extension writes: each write is rendered from one read of the
// working doc that the redaction scan passed, and the copy is published once, with automatic
// republishing, so later writes show without another publish. It is never shared for editing, so
// no one can type into it; a name typed into the working doc reaches it only through a scan.
import { paragraphs } from '../core/doc-sections';
import { holdDoubtful, publicLines, writeLinesRequests, type Line } from '../core/incident-doc';
import { newStep } from '../core/outbox';
import { getDocument } from '../services/docs';
import browser from 'webextension-polyfill';
import { writePinned } from './doc-writes';
import { enqueue, type Executor } from './outbox';
import { changeDoc, type DocChange, type ScanResult } from './scan';
import { load, update } from './store';
import { workingDocOf } from '../core/incident-docs';

const SYNC_ALARM = 'public-copy-sync';
const SYNC_STEP = 'publicSync';

/** The public copy this browser writes, if it is the one that created it. */
export async function publicCopyOf(incidentId: string): Promise<string | undefined> {
  const step = (await load('outbox')).find((s) => s.incidentId === incidentId && s.name === 'publish' && s.state === 'done');
  return step?.result?.['publicDocumentId'] || undefined;
}

const sameLines = (a: Line[], b: Line[]) => a.length === b.length && a.every((l, i) => l.text === b[i]!.text && l.style === b[i]!.style);

/** Makes the public copy read `lines`, writing nothing when it already does. */
async function writePublicCopy(publicDocumentId: string, lines: Line[]): Promise<void> {
  await writePinned(publicDocumentId, (doc) => {
    if (sameLines(paragraphs(doc), lines)) return undefined;
    return writeLinesRequests(lines, doc.body?.content?.at(-1)?.endIndex ?? 2);
  });
}

/**
 * The one place publishing happens: an operation's change (if any) and the name scan written in
 * one batch (scan.ts, changeDoc), then the public copy brought to exactly the lines that write
 * left, lines holding an undecided doubt replaced by a note. In a browser that did not create the
 * public copy (a colleague's), the write still happens and the declaring browser's sync picks the
 * change up. Returns what the write left (its revision is the one the public copy now shows).
 */
export async function republish(incidentId: string, documentId: string, change?: DocChange): Promise<ScanResult> {
  const result = await changeDoc(incidentId, documentId, change);
  const publicId = await publicCopyOf(incidentId);
  if (!publicId) return result;
  await writePublicCopy(publicId, publicLines(holdDoubtful(result.lines, result.doubts)));
  await update('published', (all) => ({ ...all, [incidentId]: result.revisionId }));
  return result;
}

/** The declaration's first render of a new public copy (not yet this incident's recorded copy). */
export async function renderPublicCopy(incidentId: string, documentId: string, publicId: string): Promise<string> {
  const scanned = await changeDoc(incidentId, documentId);
  await writePublicCopy(publicId, publicLines(holdDoubtful(scanned.lines, scanned.doubts)));
  return scanned.revisionId;
}

/** Colleagues edit the working doc in Docs itself: the declaring browser follows it once a minute. */
export async function startPublicSync(): Promise<void> {
  await browser.alarms.create(SYNC_ALARM, { periodInMinutes: 1 });
}

export async function onPublicSyncAlarm(name: string): Promise<void> {
  if (name !== SYNC_ALARM) return;
  const [incidents, outbox, published] = await Promise.all([load('incidents'), load('outbox'), load('published')]);
  const owned = outbox.filter(
    (s) => s.name === 'publish' && s.state === 'done' && s.result?.['publicDocumentId'] && incidents[s.incidentId]?.state === 'active',
  );
  if (!owned.length) {
    await browser.alarms.clear(SYNC_ALARM);
    return;
  }
  for (const { incidentId } of owned) {
    const documentId = workingDocOf(outbox, incidentId);
    if (!documentId) continue;
    const doc = await getDocument(documentId).catch(() => undefined);
    if (doc?.revisionId && doc.revisionId !== published[incidentId]) await queueSync(incidentId);
  }
}

/** One sync step per incident, re-armed when it is done: the outbox runs it in turn with the incident's other writes. */
async function queueSync(incidentId: string): Promise<void> {
  const key = newStep(incidentId, SYNC_STEP, ['publish'], Date.now()).key;
  const existing = (await load('outbox')).find((s) => s.key === key);
  if (existing && existing.state !== 'done' && existing.state !== 'failed') return;
  if (existing) await update('outbox', (all) => all.filter((s) => s.key !== key));
  await enqueue([newStep(incidentId, SYNC_STEP, ['publish'], Date.now())]);
}

export const publicSyncExecutor: Executor = async ({ step, results }): Promise<Record<string, string>> => {
  const documentId = results['doc']?.['documentId'];
  return documentId ? { revisionId: (await republish(step.incidentId, documentId)).revisionId } : {};
};
