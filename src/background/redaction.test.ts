// The worker's way to the offscreen document, against a stand-in for Chrome's offscreen API that
// behaves as Chrome documents it: one document per extension, a second createDocument refused.
import { beforeEach, describe, expect, it, vi } from 'vitest';

let documents = 0;
let created = 0;
let listening = true;

function standIn(): void {
  const chromeStub = {
    runtime: {
      ContextType: { OFFSCREEN_DOCUMENT: 'OFFSCREEN_DOCUMENT' },
      // What Chrome knows when asked, answered a moment later.
      getContexts: async () => {
        const seen = documents;
        await new Promise((r) => setTimeout(r, 4));
        return Array.from({ length: seen }, () => ({ contextType: 'OFFSCREEN_DOCUMENT' }));
      },
      sendMessage: async (request: { texts: string[] }) => {
        if (!listening) throw new Error('Could not establish connection. Receiving end does not exist.');
        return { ok: true, texts: request.texts, map: {}, terms: [], doubts: [], held: [] };
      },
    },
    offscreen: {
      Reason: { DOM_PARSER: 'DOM_PARSER' },
      createDocument: async () => {
        await new Promise((r) => setTimeout(r, 5));
        if (documents > 0) throw new Error('Only a single offscreen document may be created.');
        documents++;
        created++;
      },
    },
  };
  vi.stubGlobal('chrome', chromeStub);
}

beforeEach(() => {
  documents = 0;
  created = 0;
  listening = true;
  vi.resetModules();
  standIn();
});

describe('the offscreen document', () => {
  it('is created once for callers who all looked before it existed, and none of them fails', async () => {
    const { ensureOffscreen } = await import('./redaction');
    // The first caller looks (0–4 ms) and creates (4–9 ms); the others look at 7 ms, before the
    // document exists, and hear back at 11 ms, after the first creation finished.
    const first = ensureOffscreen();
    await new Promise((r) => setTimeout(r, 7));
    const late = [ensureOffscreen(), ensureOffscreen()];
    await new Promise((r) => setTimeout(r, 30));
    const after = ensureOffscreen();
    await expect(Promise.all([first, ...late, after])).resolves.toHaveLength(4);
    expect(created).toBe(1);
  });

  it('that is still starting is no answer, to be tried again, not a failure for good', async () => {
    const { redactTexts } = await import('./redaction');
    listening = false;
    const error = await redactTexts(['Kofi restarted it'], {}, {}).catch((e: unknown) => e as { code: string; retryable: boolean; message: string });
    expect(error).toMatchObject({ code: 'unavailable', retryable: true });
    expect((error as { message: string }).message).toMatch(/nothing was published or sent yet/);
    listening = true;
    await expect(redactTexts(['Kofi restarted it'], {}, {})).resolves.toMatchObject({ ok: true });
  });
});
