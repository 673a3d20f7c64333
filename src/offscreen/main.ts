import { OFFSCREEN_TARGET, type RedactReply, type RedactRequest } from '../protocol/offscreen';
import { redactWithSecondOpinion } from './second-opinion';

chrome.runtime.onMessage.addListener((message: RedactRequest, sender, reply: (r: RedactReply) => void) => {
  if (message?.target !== OFFSCREEN_TARGET || sender.id !== chrome.runtime.id) return false;
  redactWithSecondOpinion(message.texts, message.settings, message.map).then(
    // Where the doubts stand is for the second opinion only; the worker gets the terms.
    ({ held: _held, ...result }) => reply({ ok: true, ...result }),
    (err: unknown) => reply({ ok: false, error: err instanceof Error ? err.message : String(err) }),
  );
  // The reply comes after the tagger has loaded: keep the channel open.
  return true;
});
