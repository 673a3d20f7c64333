import { OFFSCREEN_TARGET, type RedactReply, type RedactRequest } from './protocol';
import { redactTexts } from './redact-texts';

chrome.runtime.onMessage.addListener((message: RedactRequest, sender, reply: (r: RedactReply) => void) => {
  if (message?.target !== OFFSCREEN_TARGET || sender.id !== chrome.runtime.id) return false;
  try {
    reply({ ok: true, ...redactTexts(message.texts, message.settings, message.map) });
  } catch (err) {
    reply({ ok: false, error: (err as Error).message });
  }
  return false;
});
