// The incident's pseudonym map, shared by every responder's browser through the working doc (see
// core/pseudonym-map.ts for where and why). This browser keeps two copies in storage.local: the
// map it redacts with (`pseudonyms`, which may hold what it assigned before the doc existed) and
// the part of it it last saw in the doc (`sharedPseudonyms`). A redaction that assigns nobody new
// and has nothing to hand over costs no call; anything else goes through the doc, pinned to the
// revision it read.
import type { docs_v1 } from '@googleapis/docs';
import {
  assignShared,
  entryName,
  planAssignments,
  planningMap,
  SharedMapBusy,
  sharedMapOf,
  withAdditions,
  type Assignment,
  type SharedMapStore,
} from '../core/pseudonym-map';
import type { PseudonymMap } from '../core/redaction';
import { batchUpdate, getDocument, type DocsRequest } from '../services/docs';
import { isConflict } from './doc-writes';
import { AppError } from '../core/errors';
import { load, update } from './store';
import { documentOfIncident } from './incident-docs';

type Redactor<R> = (map: PseudonymMap) => Promise<R>;

/** The map as the doc holds it: the names of its named ranges that are our entries. */
export function sharedMapOfDoc(doc: docs_v1.Schema$Document): PseudonymMap {
  return sharedMapOf(Object.keys(doc.namedRanges ?? {}));
}

/**
 * One createNamedRange per assignment, over the body as read (before the batch's own edits). A
 * named range moves with the text it covers; covering the whole body, it is gone only if the
 * whole body is deleted, and then the browsers' own copies hand their entries over again.
 */
export function entryRequests(doc: docs_v1.Schema$Document, additions: readonly Assignment[]): DocsRequest[] {
  const end = doc.body?.content?.at(-1)?.endIndex ?? 2;
  const range = { startIndex: 1, endIndex: Math.max(2, end - 1) };
  return additions.map((a) => ({ createNamedRange: { name: entryName(a), range } }));
}

/** The map to redact with when nothing is assigned for good (previews, the review's list). */
export async function localMap(incidentId: string): Promise<PseudonymMap> {
  const [maps, known] = await Promise.all([load('pseudonyms'), load('sharedPseudonyms')]);
  return planningMap(known[incidentId] ?? {}, maps[incidentId] ?? {});
}

async function remember(incidentId: string, map: PseudonymMap, shared: PseudonymMap): Promise<void> {
  await update('pseudonyms', (all) => ({ ...all, [incidentId]: { ...all[incidentId], ...map } }));
  await update('sharedPseudonyms', (all) => ({ ...all, [incidentId]: { ...all[incidentId], ...shared } }));
}

function docStore(documentId: string): SharedMapStore {
  let read: docs_v1.Schema$Document = {};
  return {
    async read() {
      read = await getDocument(documentId);
      if (!read.revisionId) throw new AppError('denied', 'Incident Desk needs edit access to the incident doc to keep its pseudonyms there.');
      return { revision: read.revisionId, shared: sharedMapOfDoc(read) };
    },
    async write(revision, additions) {
      try {
        await batchUpdate(documentId, entryRequests(read, additions), revision);
        return true;
      } catch (err) {
        if (await isConflict(err, documentId, revision)) return false;
        throw err;
      }
    },
  };
}

/**
 * Redacts with the incident's shared map, and makes every pseudonym the result uses part of it
 * before the result is returned: what the caller then writes or sends agrees with every other
 * responder. Before the incident has a doc, assignments stay here until its first scan hands
 * them over.
 */
export async function redactWithSharedMap<R extends { map: PseudonymMap }>(incidentId: string, redactWith: Redactor<R>): Promise<R> {
  const [maps, known, documentId] = await Promise.all([load('pseudonyms'), load('sharedPseudonyms'), documentOfIncident(incidentId)]);
  const knownShared = known[incidentId] ?? {};
  const start = planningMap(knownShared, maps[incidentId] ?? {});
  const quick = await redactWith(start);
  const assigned = Object.keys(quick.map).some((k) => !(k in start));
  if (!documentId) {
    if (assigned) await remember(incidentId, quick.map, {});
    return quick;
  }
  const handOver = Object.keys(start).length > Object.keys(knownShared).length;
  if (!assigned && !handOver) return quick;
  try {
    const { result, shared } = await assignShared(docStore(documentId), maps[incidentId] ?? {}, redactWith);
    await remember(incidentId, result.map, shared);
    return result;
  } catch (err) {
    if (err instanceof SharedMapBusy)
      throw new AppError('rate_limited', 'The incident doc is changing too fast to add pseudonyms to it right now; trying again shortly.', 2);
    throw err;
  }
}

/**
 * For the scan, which writes to the doc anyway: redacts against the map in the doc it just read,
 * and returns the requests that add what the redaction assigned. They go in the scan's own batch,
 * pinned to the same revision, so names and their entries land together or not at all; `commit`
 * records them here once that batch was applied.
 */
export async function redactForScan<R extends { map: PseudonymMap }>(
  incidentId: string,
  doc: docs_v1.Schema$Document,
  redactWith: Redactor<R>,
): Promise<{ result: R; requests: DocsRequest[]; commit: () => Promise<void> }> {
  const shared = sharedMapOfDoc(doc);
  const { result, additions } = await planAssignments(shared, (await load('pseudonyms'))[incidentId] ?? {}, redactWith);
  return { result, requests: entryRequests(doc, additions), commit: () => remember(incidentId, result.map, withAdditions(shared, additions)) };
}
