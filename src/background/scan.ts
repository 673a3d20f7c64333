// "Redact the names, then publish": the scan rewrites every name in the doc with its pseudonym
// and returns the text of the clean revision it left; only that text is ever made public.
import { getDocument, batchUpdate, type DocsRequest } from '../services/docs';
import { paragraphs } from '../core/doc-sections';
import type { Line } from '../core/incident-doc';
import type { Settings } from '../core/settings';
import { AppError } from './errors';
import { isConflict } from './doc-writes';
import { wholeWord } from '../core/whole-word';
import { redactTexts } from './redaction';
import { load } from './store';
import { localMap, redactForScan, redactWithSharedMap } from './pseudonym-map';
import type { PseudonymMap } from '../core/redaction';
import { fullRoster } from './workspace-roster';

const MAX_ROUNDS = 5;

function redactionSettings(settings: Settings) {
  return {
    roster: settings.roster.map((p) => ({ name: p.name, ...(p.role ? { role: p.role } : {}), ...(p.handle ? { handle: p.handle } : {}), ...(p.email ? { email: p.email } : {}) })),
    allow: settings.redaction.allow,
    deny: settings.redaction.deny,
  };
}

let pseudonymLock: Promise<unknown> = Promise.resolve();

/** Calls are queued: two redactions at once in this browser would each plan on the same map. */
function queued<T>(fn: () => Promise<T>): Promise<T> {
  const run = pseudonymLock.then(fn);
  pseudonymLock = run.catch(() => undefined);
  return run;
}

/** The team's redaction settings with this incident's own terms, as a redactor of `texts`. */
async function redactorFor(incidentId: string, texts: string[]) {
  const [settings, deny, allow] = await Promise.all([load('settings'), load('incidentDeny'), load('incidentAllow')]);
  const team = redactionSettings(settings);
  const base = { ...team, roster: await fullRoster(team.roster) };
  const terms = { deny: [...base.deny, ...(deny[incidentId] ?? [])], allow: [...base.allow, ...(allow[incidentId] ?? [])] };
  return (map: PseudonymMap) => redactTexts(texts, { ...base, ...terms }, map);
}

/**
 * Redact texts with this incident's pseudonyms, the map its responders share in the working doc
 * (pseudonym-map.ts). A preview (`keep: false`) assigns nothing for good, so half-typed words
 * never take a pseudonym.
 */
export function redactForIncident(incidentId: string, texts: string[], keep = true) {
  return queued(async () => {
    const redactWith = await redactorFor(incidentId, texts);
    return keep ? redactWithSharedMap(incidentId, redactWith) : redactWith(await localMap(incidentId));
  });
}

/** How a step that waits on a person's answer about a doubtful name begins its error. */
export const REVIEW_WAIT = 'Waiting for a name review';

/**
 * For text that leaves the company's own doc (tweet, Slack, the issue): redacted, and refused while
 * anything in it may be a person nobody has decided on. The step fails with a plain question and
 * goes on by itself once someone answers it in the sidebar (redaction-review.ts).
 */
export async function redactForOutside(incidentId: string, texts: string[]) {
  const result = await redactForIncident(incidentId, texts);
  if (result.doubts.length) {
    const which = result.doubts.map((d) => `"${d.term}"`).join(', ');
    throw new AppError('denied', `${REVIEW_WAIT}: is ${which} a person? Answer in the incident doc's sidebar (Review names); this step then goes on by itself.`);
  }
  return result;
}

export interface ScanResult {
  revisionId: string;
  replaced: number;
  /** the doc's paragraphs as that revision holds them, every one passed by the scan */
  lines: Line[];
  /** terms in those lines that may be people and wait for a person's answer */
  doubts: string[];
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
    const read = paragraphs(doc);
    const lineTexts = read.map((p) => p.text);
    const planned = await queued(async () => redactForScan(incidentId, doc, await redactorFor(incidentId, lineTexts)));
    const { terms, texts, doubts } = planned.result;
    if (!terms.length && !planned.requests.length) {
      await planned.commit();
      return { revisionId: doc.revisionId, replaced, lines: read.map((p, i) => ({ text: texts[i]!, style: p.style })), doubts: doubts.map((d) => d.term) };
    }
    // The pseudonyms' entries first, over the body as read; then the names, longest first, so
    // "Jane Doe" is replaced before "Jane" could split it.
    const requests: DocsRequest[] = [...planned.requests, ...[...terms]
      .sort((a, b) => b.term.length - a.term.length)
      .map((t) => ({ replaceAllText: { containsText: { text: wholeWord(t.term), matchCase: true, searchByRegex: true }, replaceText: t.replacement } }))];
    let changed: number;
    try {
      const response = await batchUpdate(documentId, requests, doc.revisionId);
      changed = (response.replies ?? []).reduce((n, r) => n + (r.replaceAllText?.occurrencesChanged ?? 0), 0);
    } catch (err) {
      // Someone edited the doc between our read and our write: read again and redo.
      if (await isConflict(err, documentId, doc.revisionId)) continue;
      throw err;
    }
    await planned.commit();
    if (terms.length && changed === 0) {
      throw new AppError('internal', `Found names the doc would not let us rewrite (${terms.map((t) => t.term).join(', ')}); redact them by hand, then retry.`);
    }
    replaced += changed;
    // Loop: the next read checks that the revision our replacements made is clean.
  }
  throw new AppError('internal', 'The doc kept changing during the redaction scan; it will be retried.', 5, 503);
}
