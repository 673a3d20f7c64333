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
import { load, update } from './store';
import { fullRoster } from '../features/slack/roster.worker';

const MAX_ROUNDS = 5;

function redactionSettings(settings: Settings) {
  return {
    roster: settings.roster.map((p) => ({ name: p.name, ...(p.role ? { role: p.role } : {}), ...(p.handle ? { handle: p.handle } : {}), ...(p.email ? { email: p.email } : {}) })),
    allow: settings.redaction.allow,
    deny: settings.redaction.deny,
  };
}

let pseudonymLock: Promise<unknown> = Promise.resolve();

/**
 * Redact texts with this incident's pseudonyms (kept in local storage only). Calls are queued:
 * two at once would each hand "Engineer N+1" to a different person. A preview (`keep: false`)
 * assigns nothing for good, so half-typed words never take a pseudonym.
 */
export function redactForIncident(incidentId: string, texts: string[], keep = true) {
  const run = pseudonymLock.then(async () => {
    const [settings, maps, deny, allow] = await Promise.all([load('settings'), load('pseudonyms'), load('incidentDeny'), load('incidentAllow')]);
    const team = redactionSettings(settings);
    const base = { ...team, roster: await fullRoster(team.roster) };
    const before = maps[incidentId] ?? {};
    const terms = { deny: [...base.deny, ...(deny[incidentId] ?? [])], allow: [...base.allow, ...(allow[incidentId] ?? [])] };
    const result = await redactTexts(texts, { ...base, ...terms }, before);
    if (keep && Object.keys(result.map).length !== Object.keys(before).length) {
      await update('pseudonyms', (all) => ({ ...all, [incidentId]: { ...all[incidentId], ...result.map } }));
    }
    return result;
  });
  pseudonymLock = run.catch(() => undefined);
  return run;
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
  /** the replies to the operation's own requests (not to the name replacements) */
  replies: docs_v1.Schema$Response[];
}

/** An operation's change to the doc, planned on the paragraphs as read; undefined: nothing to do. */
export type DocPlan = (read: Paragraph[]) => DocsRequest[] | undefined;

/**
 * The one way an operation changes the working doc: one read; the operation's change and the
 * replacement of every name in the doc as that change leaves it, planned together (core/doc-plan)
 * and written in one batch pinned to the revision read; the redacted lines returned for the public
 * copy, so nothing reads the doc again. Someone else's edit in between refuses the batch (stale
 * revision), and only then is the doc read again and the plan redone: a name typed during the
 * operation is never skipped. A change the planner cannot model is written first and scanned on
 * a fresh read.
 */
export async function changeDoc(incidentId: string, documentId: string, plan?: DocPlan): Promise<ScanResult> {
  let replies: docs_v1.Schema$Response[] = [];
  let pending = plan;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const doc = await getDocument(documentId);
    if (!doc.revisionId) throw new AppError('denied', 'Incident Desk needs edit access to the incident doc to redact it.');
    const read = paragraphs(doc);
    const change = pending?.(read) ?? [];
    const planned = afterRequests(read, change);
    if (!planned) {
      // Not modelled: write the change alone, then scan what it left.
      try {
        replies = (await batchUpdate(documentId, change, doc.revisionId)).replies ?? [];
      } catch (err) {
        if (await isConflict(err, documentId, doc.revisionId)) continue;
        throw err;
      }
      pending = undefined;
      continue;
    }
    const after = planned.paragraphs;
    const { terms, texts, doubts } = await redactForIncident(incidentId, after.map((p) => p.text));
    // Longest first, so "Jane Doe" is replaced before "Jane" could split it.
    const names: DocsRequest[] = [...terms]
      .sort((a, b) => b.term.length - a.term.length)
      .map((t) => ({ replaceAllText: { containsText: { text: wholeWord(t.term), matchCase: true, searchByRegex: true }, replaceText: t.replacement } }));
    const lines = after.map((p, i) => ({ text: texts[i]!, style: p.style }));
    const result = { replaced: 0, lines, doubts: doubts.map((d) => d.term) };
    if (!change.length && !names.length) return { ...result, revisionId: doc.revisionId, replies };
    let response: docs_v1.Schema$BatchUpdateDocumentResponse;
    try {
      response = await batchUpdate(documentId, [...change, ...names], doc.revisionId);
    } catch (err) {
      if (await isConflict(err, documentId, doc.revisionId)) continue;
      throw err;
    }
    const all = response.replies ?? [];
    const changed = all.slice(change.length).reduce((n, r) => n + (r.replaceAllText?.occurrencesChanged ?? 0), 0);
    if (names.length && changed === 0) {
      throw new AppError('internal', `Found names the doc would not let us rewrite (${terms.map((t) => t.term).join(', ')}); redact them by hand, then retry.`);
    }
    return { ...result, replaced: changed, revisionId: response.writeControl?.requiredRevisionId ?? '', replies: pending ? all.slice(0, change.length) : replies };
  }
  throw new AppError('internal', 'The doc kept changing during the redaction scan; it will be retried.', 5, 503);
}

/** Scan the doc (no change of an operation's own): names replaced, the clean lines returned. */
export const scanDoc = (incidentId: string, documentId: string): Promise<ScanResult> => changeDoc(incidentId, documentId);
