// "Redact the names, then publish": every write to the working doc also rewrites every name in
// it with its pseudonym, and returns the clean text it left; only that text is ever made public.
import type { docs_v1 } from '@googleapis/docs';
import { getDocument, batchUpdate, type DocsRequest } from '../services/docs';
import { paragraphs, type Paragraph } from '../core/doc-sections';
import { afterRequests } from '../core/doc-plan';
import type { Line } from '../core/incident-doc';
import type { Settings } from '../core/settings';
import { AppError } from '../core/errors';
import { isConflict } from './doc-writes';
import { wholeWord } from '../core/whole-word';
import { redactTexts } from './redaction';
import { load } from './store';
import { localMap, redactForScan, redactWithSharedMap } from './pseudonym-map';
import type { PseudonymMap } from '../core/redaction';
import { fullRoster } from '../features/slack/roster.worker';

const MAX_ROUNDS = 5;

function redactionSettings(settings: Settings) {
  return {
    roster: settings.roster.map((p) => ({
      name: p.name,
      ...(p.role ? { role: p.role } : {}),
      ...(p.handle ? { handle: p.handle } : {}),
      ...(p.email ? { email: p.email } : {}),
    })),
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
    throw new AppError(
      'denied',
      `${REVIEW_WAIT}: is ${which} a person? Answer in the incident doc's sidebar (Review names); this step then goes on by itself.`,
    );
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
  /** the replies to the operation's own requests (not to the name replacements) */
  replies: docs_v1.Schema$Response[];
  /** the operation's own texts (`DocChange.texts`), redacted with the same map */
  texts: string[];
}

/**
 * An operation's change to the doc. `texts`: what it will write (an entry, impact lines), redacted
 * in the same pass as the doc so a new name's pseudonym is assigned once, in the same batch;
 * `plan` gets them redacted and returns its requests for the doc as read (undefined: nothing to do).
 */
export interface DocChange {
  texts?: string[];
  plan?: (read: Paragraph[], redacted: string[]) => DocsRequest[] | undefined;
}

const replaceNames = (terms: { term: string; replacement: string }[]): DocsRequest[] =>
  // Longest first, so "Jane Doe" is replaced before "Jane" could split it.
  [...terms]
    .sort((a, b) => b.term.length - a.term.length)
    .map((t) => ({ replaceAllText: { containsText: { text: wholeWord(t.term), matchCase: true, searchByRegex: true }, replaceText: t.replacement } }));

/**
 * The one way an operation changes the working doc: one read; the doc and the operation's own
 * texts redacted together against the incident's shared pseudonym map (pseudonym-map.ts); the
 * new map entries, the operation's change and the replacement of every name planned together
 * (core/doc-plan predicts what they leave) and written in one batch pinned to the revision read;
 * the lines that batch leaves returned for the public copy, so nothing reads the doc again.
 * Someone else's edit in between refuses the batch (stale revision), and only then is the doc
 * read again and the plan redone: a name typed during the operation is never skipped. A change
 * the planner cannot model is written first and scanned on a fresh read.
 */
export async function changeDoc(incidentId: string, documentId: string, change: DocChange = {}): Promise<ScanResult> {
  let replies: docs_v1.Schema$Response[] = [];
  let pending: DocChange | undefined = change;
  let ownTexts: string[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const doc = await getDocument(documentId);
    if (!doc.revisionId) throw new AppError('denied', 'Incident Desk needs edit access to the incident doc to redact it.');
    const read = paragraphs(doc);
    const extra = pending?.texts ?? [];
    const scan = await queued(async () => redactForScan(incidentId, doc, await redactorFor(incidentId, [...read.map((p) => p.text), ...extra])));
    const map = scan.result.map;
    if (pending) ownTexts = scan.result.texts.slice(read.length);
    const own = pending?.plan?.(read, ownTexts) ?? [];
    const afterOwn = afterRequests(read, own);
    if (!afterOwn) {
      // Not modelled: write the map entries and the change alone, then scan what they left.
      try {
        replies = ((await batchUpdate(documentId, [...scan.requests, ...own], doc.revisionId)).replies ?? []).slice(scan.requests.length);
      } catch (err) {
        if (await isConflict(err, documentId, doc.revisionId)) continue;
        throw err;
      }
      await scan.commit();
      pending = undefined;
      continue;
    }
    const names = replaceNames(scan.result.terms);
    const after = afterRequests(afterOwn.paragraphs, names)!;
    // What the public copy shows: the lines the batch leaves, passed by the detector once more
    // (with the map just planned, so nothing new is assigned): a name the doc's own replacement
    // could not reach is still caught, and doubts are those of the doc as it will be.
    const checked = await (
      await redactorFor(
        incidentId,
        after.paragraphs.map((p) => p.text),
      )
    )(map);
    const lines = after.paragraphs.map((p, i) => ({ text: checked.texts[i]!, style: p.style }));
    const result = { replaced: 0, lines, doubts: checked.doubts.map((d) => d.term), texts: ownTexts };
    const requests = [...scan.requests, ...own, ...names];
    if (!requests.length) {
      await scan.commit();
      return { ...result, revisionId: doc.revisionId, replies };
    }
    let response: docs_v1.Schema$BatchUpdateDocumentResponse;
    try {
      response = await batchUpdate(documentId, requests, doc.revisionId);
    } catch (err) {
      if (await isConflict(err, documentId, doc.revisionId)) continue;
      throw err;
    }
    await scan.commit();
    const all = response.replies ?? [];
    const ownStart = scan.requests.length;
    const changed = all.slice(ownStart + own.length).reduce((n, r) => n + (r.replaceAllText?.occurrencesChanged ?? 0), 0);
    const expected = after.occurrences.reduce<number>((n, c) => n + (c ?? 0), 0);
    if (expected > 0 && changed === 0) {
      throw new AppError(
        'internal',
        `Found names the doc would not let us rewrite (${scan.result.terms.map((t) => t.term).join(', ')}); redact them by hand, then retry.`,
      );
    }
    return {
      ...result,
      replaced: changed,
      revisionId: response.writeControl?.requiredRevisionId ?? '',
      replies: pending ? all.slice(ownStart, ownStart + own.length) : replies,
    };
  }
  throw new AppError('internal', 'The doc kept changing during the redaction scan; it will be retried.', 5, 503);
}

/** Scan the doc (no change of an operation's own): names replaced, the clean lines returned. */
export const scanDoc = (incidentId: string, documentId: string): Promise<ScanResult> => changeDoc(incidentId, documentId);
