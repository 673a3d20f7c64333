// What the sidebar shows for one doc: read from the doc itself (the shared record, including
// what others typed into it) plus this browser's outbox for what is still on its way.
import { findSection, paragraphs, timelineEntries } from '../../core/doc-sections';
import { parseImpact } from '../impact/impact';
import { parseLive } from '../war-room/live';
import { declarePlan } from '../../core/incident';
import { RESOLVE_PLAN } from '../resolve/resolution';
import { SECTIONS } from '../../core/incident-doc';
import type { EntryKind } from '../timeline/timeline';
import type { SidebarView } from '../../messages';
import { getDocument } from '../../services/docs';
import { load } from '../../background/store';
import { incidentOfDoc } from '../../core/incident-docs';
import { AppError } from '../../core/errors';
import type { HandlersFor } from '../../background/router';
import { adoptDoc } from './adopt.worker';
import type { incidentDocMessages } from './messages';

const FRESH_MS = 30 * 60_000;

export async function sidebarView(documentId: string, quick = false): Promise<SidebarView> {
  const [outbox, incidents, settings, published] = await Promise.all([load('outbox'), load('incidents'), load('settings'), load('published')]);
  const incidentId = incidentOfDoc(outbox, documentId);
  const incident = incidentId ? incidents[incidentId] : undefined;
  const empty: SidebarView = { entries: [], pending: [], impact: [], live: { live: true }, checklist: [], links: {}, publicCurrent: false };
  if (!incident) return empty;
  // The composer can be used before the doc is read: entries and impact follow a moment later.
  if (quick) return { ...empty, incident, impact: settings.segments.map((segment) => ({ segment, status: 'unknown', affected: '', note: '' })) };

  const mine = outbox.filter((s) => s.incidentId === incident.id);
  const result = (name: string, field: string) => mine.find((s) => s.name === name)?.result?.[field];
  // From the outbox, not the doc: an entry typed while Google cannot be reached shows at once.
  const pending = mine
    .filter((s) => s.name === 'entry' && s.state !== 'done' && s.payload)
    .map((s) => ({
      key: s.key,
      at: s.payload!.at!,
      kind: s.payload!.kind as EntryKind,
      text: s.payload!.text!,
      state: s.state,
      ...(s.error ? { error: s.error } : {}),
    }));
  const links = {
    ...(result('doc', 'docUrl') ? { docUrl: result('doc', 'docUrl') } : {}),
    ...(result('publish', 'publicUrl') ? { publicUrl: result('publish', 'publicUrl') } : {}),
    ...(result('warRoom', 'warRoomUrl') ? { warRoomUrl: result('warRoom', 'warRoomUrl') } : {}),
    ...(result('export', 'issueUrl') ? { issueUrl: result('export', 'issueUrl') } : {}),
  };
  const steps = [...declarePlan(incident), ...(incident.state === 'resolved' ? RESOLVE_PLAN.filter((p) => mine.some((s) => s.name === p.name)) : [])].map(
    (p) => {
      const step = mine.find((s) => s.name === p.name);
      return { name: p.name, label: p.label, done: step?.state === 'done', ...(step?.error && step.state !== 'done' ? { detail: step.error } : {}) };
    },
  );

  let doc: Awaited<ReturnType<typeof getDocument>> | undefined;
  try {
    doc = await getDocument(documentId);
  } catch (err) {
    // Offline or Google failing: what this browser knows still shows, entries waiting included.
    const defaults = settings.segments.map((segment) => ({ segment, status: 'unknown' as const, affected: '', note: '' }));
    return {
      ...empty,
      incident,
      pending,
      impact: defaults,
      checklist: steps,
      links,
      docError: `The doc could not be read just now (${(err as Error).message}); what you add waits and is written when it can be.`,
    };
  }
  const all = paragraphs(doc);
  const timeline = findSection(all, SECTIONS.timeline);
  const entries = timeline ? timelineEntries(timeline) : [];
  const impact = parseImpact(findSection(all, SECTIONS.impact)?.body.map((p) => p.text) ?? [], settings.segments);
  const live = parseLive(findSection(all, SECTIONS.live)?.body.map((p) => p.text) ?? []);
  const lastEntry = entries.map((e) => Date.parse(e.at)).sort((a, b) => b - a)[0];

  const checklist = [
    ...steps,
    { name: 'impact', label: 'Impact filled for every segment', done: impact.every((i) => i.status !== 'unknown') },
    {
      name: 'live',
      label: 'War room live decision recorded',
      done: (findSection(all, SECTIONS.live)?.body ?? []).some((p) => /Decided by|Confirmed by/.test(p.text)),
    },
    { name: 'fresh', label: 'Timeline updated in the last 30 minutes', done: lastEntry !== undefined && Date.now() - lastEntry < FRESH_MS },
  ];

  return {
    incident,
    entries,
    pending,
    impact,
    live,
    checklist,
    links,
    publicCurrent: Boolean(doc.revisionId) && published[incident.id] === doc.revisionId,
    doc: { title: doc.title ?? '', paragraphs: all.map((p) => ({ text: p.text, style: p.style })) },
  };
}

export const incidentDocHandlers: HandlersFor<typeof incidentDocMessages> = {
  'doc/status': async ({ documentId }) => {
    const doc = await getDocument(documentId);
    if (!doc.revisionId) throw new AppError('denied', 'You can read this document but not edit it; ask its owner for edit rights.');
    return { documentId, title: doc.title ?? '', revisionId: doc.revisionId };
  },
  'sidebar/get': ({ documentId, quick }) => sidebarView(documentId, quick ?? false),
  'incident/adopt': ({ documentId }) => adoptDoc(documentId),
};
