import type { docs_v1 } from '@googleapis/docs';
import { apiFetch } from './http';

const DOCS_API = 'https://docs.googleapis.com/v1/documents';
const json = { 'content-type': 'application/json' };

export type DocsRequest = docs_v1.Schema$Request;

export async function getDocument(documentId: string): Promise<docs_v1.Schema$Document> {
  const response = await apiFetch('google', `${DOCS_API}/${encodeURIComponent(documentId)}`);
  return (await response.json()) as docs_v1.Schema$Document;
}

/**
 * One atomic batch. With requiredRevisionId the write is refused (400) when anyone changed the
 * doc since that revision: the caller re-reads and tries again instead of clobbering them.
 */
export async function batchUpdate(
  documentId: string,
  requests: DocsRequest[],
  requiredRevisionId?: string,
): Promise<docs_v1.Schema$BatchUpdateDocumentResponse> {
  const body: docs_v1.Schema$BatchUpdateDocumentRequest = { requests, ...(requiredRevisionId ? { writeControl: { requiredRevisionId } } : {}) };
  const response = await apiFetch('google', `${DOCS_API}/${encodeURIComponent(documentId)}:batchUpdate`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify(body),
  });
  return (await response.json()) as docs_v1.Schema$BatchUpdateDocumentResponse;
}
