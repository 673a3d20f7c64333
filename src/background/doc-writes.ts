// Writes to the incident doc that must not clobber anyone: each is computed from one read and
// sent pinned to that revision; when someone else got in between (400), read again and redo.
import type { docs_v1 } from '@googleapis/docs';
import { batchUpdate, getDocument, type DocsRequest } from '../services/docs';
import { AppError } from '../core/errors';

const MAX_TRIES = 6;

/**
 * A 400 on a write pinned to a revision is a conflict only if the doc has moved on since; if it
 * has not, the request itself was wrong and trying again would fail the same way.
 */
export async function isConflict(err: unknown, documentId: string, readRevision: string | null | undefined): Promise<boolean> {
  if (!(err instanceof AppError) || (err.status !== 400 && err.status !== 409)) return false;
  const now = await getDocument(documentId);
  return now.revisionId !== readRevision;
}

/**
 * `plan` returns the requests for the doc as read, or undefined when there is nothing to do
 * (the write is already there). Returns the revision after the write and the API's replies.
 */
export async function writePinned(
  documentId: string,
  plan: (doc: docs_v1.Schema$Document) => DocsRequest[] | undefined,
): Promise<{ revisionId: string; replies: docs_v1.Schema$Response[] }> {
  for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
    const doc = await getDocument(documentId);
    const requests = plan(doc);
    if (!requests?.length) return { revisionId: doc.revisionId ?? '', replies: [] };
    try {
      const response = await batchUpdate(documentId, requests, doc.revisionId ?? undefined);
      return { revisionId: response.writeControl?.requiredRevisionId ?? '', replies: response.replies ?? [] };
    } catch (err) {
      if (await isConflict(err, documentId, doc.revisionId)) {
        await new Promise((r) => setTimeout(r, 50 + Math.random() * 200 * (attempt + 1)));
        continue;
      }
      throw err;
    }
  }
  throw new AppError('rate_limited', 'The doc is changing too fast to write to it right now; trying again shortly.', 2);
}
