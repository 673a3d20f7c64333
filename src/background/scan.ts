// "Redact the names, then publish": the scan rewrites every name in the doc with its pseudonym
// and returns the revision it left, and only that revision is ever published.
import { getDocument, batchUpdate, type DocsRequest } from '../services/docs';
import { paragraphs } from '../core/doc-sections';
import type { Settings } from '../core/settings';
import { AppError } from './errors';
import { redactTexts } from './redaction';
import { load, update } from './store';

const MAX_ROUNDS = 5;

function redactionSettings(settings: Settings) {
  return {
    roster: settings.roster.map((p) => ({ name: p.name, ...(p.role ? { role: p.role } : {}), ...(p.handle ? { handle: p.handle } : {}), ...(p.email ? { email: p.email } : {}) })),
    allow: settings.redaction.allow,
    deny: settings.redaction.deny,
  };
}

/** Redact texts with this incident's pseudonyms (kept in local storage only). */
export async function redactForIncident(incidentId: string, texts: string[]) {
  const [settings, maps, deny] = await Promise.all([load('settings'), load('pseudonyms'), load('incidentDeny')]);
  const base = redactionSettings(settings);
  const result = await redactTexts(texts, { ...base, deny: [...base.deny, ...(deny[incidentId] ?? [])] }, maps[incidentId] ?? {});
  await update('pseudonyms', (all) => ({ ...all, [incidentId]: { ...all[incidentId], ...result.map } }));
  return result;
}

const wordChar = /[\p{L}\p{N}_]/u;

/** RE2 pattern for the term as a whole word, so "Al" never rewrites "Alerts". */
function wholeWord(term: string): string {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return `${wordChar.test(term[0] ?? '') ? '\\b' : ''}${escaped}${wordChar.test(term.at(-1) ?? '') ? '\\b' : ''}`;
}

export interface ScanResult {
  revisionId: string;
  replaced: number;
}

/**
 * Reads the doc, finds names, and replaces them all in one batch pinned to the revision it read.
 * If someone edited in between, the batch is refused (stale revision) and the scan starts over
 * on the new text, so a name typed during the scan is never skipped.
 */
export async function scanDoc(incidentId: string, documentId: string): Promise<ScanResult> {
  let replaced = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const doc = await getDocument(documentId);
    if (!doc.revisionId) throw new AppError('denied', 'Incident Desk needs edit access to the incident doc to redact it.');
    const { terms } = await redactForIncident(incidentId, paragraphs(doc).map((p) => p.text));
    if (!terms.length) return { revisionId: doc.revisionId, replaced };
    // Longest first, so "Jane Doe" is replaced before "Jane" could split it.
    const requests: DocsRequest[] = [...terms]
      .sort((a, b) => b.term.length - a.term.length)
      .map((t) => ({ replaceAllText: { containsText: { text: wholeWord(t.term), matchCase: true, searchByRegex: true }, replaceText: t.replacement } }));
    let changed: number;
    try {
      const response = await batchUpdate(documentId, requests, doc.revisionId);
      changed = (response.replies ?? []).reduce((n, r) => n + (r.replaceAllText?.occurrencesChanged ?? 0), 0);
    } catch (err) {
      // Any 400 on a write pinned to a revision is a conflict: read again and redo.
      if (err instanceof AppError && err.status === 400) continue;
      throw err;
    }
    if (changed === 0) {
      throw new AppError('internal', `Found names the doc would not let us rewrite (${terms.map((t) => t.term).join(', ')}); redact them by hand, then retry.`);
    }
    replaced += changed;
    // Loop: the next read checks that the revision our replacements made is clean.
  }
  throw new AppError('internal', 'The doc kept changing during the redaction scan; it will be retried.', 5, 503);
}
