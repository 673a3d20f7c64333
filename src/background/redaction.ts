// The worker's one way to redact: through the offscreen document on Chrome (see
// offscreen/protocol.ts); on Firefox, which has no offscreen API but whose MV3 background is an
// event page with a DOM (MDN, "background" manifest key), the background runs the same detector
// itself, imported on first use so its start does not pay for the NLP library.
// Fail-closed: a missing, slow or failing scan is an error, and the caller then sends nothing.
import { OFFSCREEN_TARGET, OFFSCREEN_URL, type RedactReply, type RedactRequest } from '../protocol/offscreen';
import type { PseudonymMap, RedactionSettings } from '../core/redaction';
import { AppError } from '../core/errors';

const TIMEOUT_MS = 20_000;

let creating: Promise<void> | undefined;

const offscreenDocuments = () => chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT] });

/**
 * The one offscreen document, for redaction and for counting tweets as X does (x-count.ts).
 * Chrome allows one per extension and refuses a second createDocument ("Only a single offscreen
 * document may be created"). Callers come at once (a declaration's scan while the popup counts
 * the tweet), and one may look, find none, and create just after another's creation finished:
 * that refusal means the document is there, which is all a caller wanted. (Chrome's offscreen
 * reference: "only one offscreen document open at a time"; the race and its message, reported in
 * public extensions such as csandapp/tab-snooze-extension-continued#22.)
 */
export async function ensureOffscreen(): Promise<void> {
  if (creating) return creating;
  if ((await offscreenDocuments()).length) return;
  creating ??= chrome.offscreen
    .createDocument({ url: OFFSCREEN_URL, reasons: [chrome.offscreen.Reason.DOM_PARSER], justification: "Find and redact people's names in incident text" })
    .catch(async (err: unknown) => {
      if ((await offscreenDocuments()).length) return;
      throw err;
    })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}

type Redacted = Extract<RedactReply, { ok: true }>;

let detector: Promise<typeof import('../offscreen/redact-texts')> | undefined;

async function redactHere(texts: string[], settings: Partial<RedactionSettings>, map: PseudonymMap): Promise<Redacted> {
  let timeout: ReturnType<typeof setTimeout> | undefined;
  const loaded = await Promise.race([
    (detector ??= import('../offscreen/redact-texts').catch((err: unknown) => {
      detector = undefined;
      throw err;
    })),
    new Promise<undefined>((resolve) => {
      timeout = setTimeout(() => resolve(undefined), TIMEOUT_MS);
    }),
  ])
    .catch((err: unknown) => {
      throw new AppError('internal', `The redaction scan could not load (${(err as Error).message}); nothing was published or sent.`);
    })
    .finally(() => clearTimeout(timeout));
  if (!loaded) throw new AppError('unavailable', 'The redaction scan did not answer in time; nothing was published or sent yet, trying again.');
  try {
    return { ok: true, ...loaded.redactTexts(texts, settings, map) };
  } catch (err) {
    throw new AppError('internal', `The redaction scan failed (${(err as Error).message}); nothing was published or sent.`);
  }
}

export async function redactTexts(texts: string[], settings: Partial<RedactionSettings>, map: PseudonymMap): Promise<Redacted> {
  if (import.meta.env.MODE === 'firefox') return redactHere(texts, settings, map);
  await ensureOffscreen();
  const request: RedactRequest = { target: OFFSCREEN_TARGET, texts, settings, map };
  let timeout: ReturnType<typeof setTimeout> | undefined;
  const reply = await Promise.race([
    // A document still starting has no listener yet ("Receiving end does not exist"): as no answer.
    (chrome.runtime.sendMessage(request) as Promise<RedactReply | undefined>).catch(() => undefined),
    new Promise<undefined>((resolve) => {
      timeout = setTimeout(() => resolve(undefined), TIMEOUT_MS);
    }),
  ]).finally(() => clearTimeout(timeout));
  // Nothing was sent without a scan, so another try is safe: a slow start is no reason to stop.
  if (!reply) throw new AppError('unavailable', 'The redaction scan did not answer in time; nothing was published or sent yet, trying again.');
  if (!reply.ok) throw new AppError('internal', `The redaction scan failed (${reply.error}); nothing was published or sent.`);
  return reply;
}
