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

/** The one offscreen document, for redaction and for counting tweets as X does (x-count.ts). */
export async function ensureOffscreen(): Promise<void> {
  const existing = await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT] });
  if (existing.length) return;
  creating ??= chrome.offscreen
    .createDocument({ url: OFFSCREEN_URL, reasons: [chrome.offscreen.Reason.DOM_PARSER], justification: "Find and redact people's names in incident text" })
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
  if (!loaded) throw new AppError('internal', 'The redaction scan did not answer in time; nothing was published or sent.');
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
    chrome.runtime.sendMessage(request) as Promise<RedactReply | undefined>,
    new Promise<undefined>((resolve) => {
      timeout = setTimeout(() => resolve(undefined), TIMEOUT_MS);
    }),
  ]).finally(() => clearTimeout(timeout));
  if (!reply) throw new AppError('internal', 'The redaction scan did not answer in time; nothing was published or sent.');
  if (!reply.ok) throw new AppError('internal', `The redaction scan failed (${reply.error}); nothing was published or sent.`);
  return reply;
}
