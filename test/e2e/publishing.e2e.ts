// The promise publishing makes (README, "Publishing"): the public version only ever holds text
// that passed the redaction scan, on Drive's real semantics, and a Workspace that forbids
// publishing still gets the rest of the declaration.
import { describe, expect, it } from 'vitest';
import { GOOGLE_TEST_TOKENS } from '../sandbox/index';
import { useHarness } from './use-harness';
import { declaredIncident, incidentDocs, publicText, syncPublicCopyNow, teamSettings, timelineOf } from './flows';

const h = useHarness();

/** Bob, a colleague, types a line into the working doc's Timeline in Docs itself (no Incident Desk). */
async function colleagueTypes(documentId: string, text: string): Promise<void> {
  const auth = { authorization: `Bearer ${GOOGLE_TEST_TOKENS['bob@example.com']}`, 'content-type': 'application/json' };
  const doc = (await (await h.sandbox.fetch(`https://docs.googleapis.com/v1/documents/${documentId}`, { headers: auth })).json()) as {
    body: { content: { startIndex: number; paragraph?: { elements: { textRun?: { content: string } }[] } }[] };
  };
  const impact = doc.body.content.find((e) => e.paragraph?.elements[0]?.textRun?.content === 'Customer impact\n')!;
  const line = `${text}\n`;
  const response = await h.sandbox.fetch(`https://docs.googleapis.com/v1/documents/${documentId}:batchUpdate`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({
      requests: [
        { insertText: { location: { index: impact.startIndex }, text: line } },
        {
          updateParagraphStyle: {
            range: { startIndex: impact.startIndex, endIndex: impact.startIndex + line.length },
            paragraphStyle: { namedStyleType: 'NORMAL_TEXT' },
            fields: 'namedStyleType',
          },
        },
      ],
    }),
  });
  expect(response.status).toBe(200);
}

async function message<T>(type: string, payload: unknown): Promise<T> {
  const page = await h.extensionPage('src/ui/popup/index.html');
  try {
    const reply = (await page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const)) as {
      ok: boolean;
      data: T;
      error?: { message: string };
    };
    if (!reply.ok) throw new Error(`${type}: ${reply.error?.message}`);
    return reply.data;
  } finally {
    await page.close();
  }
}

describe('the public version', () => {
  it('never shows a name a colleague typed into the working doc after the last scan: not the public copy, tweet, Slack or issue', async () => {
    const { incidentId, documentId } = await declaredIncident(h, 'Object storage errors');
    await message('settings/save', { settings: { ...teamSettings(h), roster: [{ name: 'Priya Raman', role: '', handle: '', email: '' }] } });
    const published = () => publicText(h, documentId);
    const today = new Date().toISOString().slice(0, 10);

    await colleagueTypes(documentId, `${today} 23:58 UTC — [action] Priya Raman restarted the storage nodes`);
    // Typed after the last scan: the public copy has not moved, and Drive publishes nothing of the working doc.
    expect(published()).not.toContain('restarted the storage nodes');
    expect(incidentDocs(h, documentId).working.publishedText).toBeUndefined();

    // The declaring browser follows the working doc: scan first, then the public copy.
    await syncPublicCopyNow(h);
    await expect.poll(() => published().includes('restarted the storage nodes'), { timeout: 20_000 }).toBe(true);
    expect(published()).not.toMatch(/Priya|Raman/);
    expect(timelineOf(incidentDocs(h, documentId).working.text).join('\n')).not.toMatch(/Priya|Raman/);

    // Typed again, and this time the declarer's own next entry is what carries the doc out.
    await colleagueTypes(documentId, `${today} 23:59 UTC — [fact] Priya Raman confirmed the fix`);
    await message('timeline/add', { incidentId, kind: 'fact', text: 'error rate back to normal', at: new Date().toISOString() });
    await expect.poll(() => published().includes('confirmed the fix'), { timeout: 20_000 }).toBe(true);
    expect(published()).not.toMatch(/Priya|Raman/);

    await h.connect('gitlab');
    await message('incident/resolve', { incidentId, resolvedAt: new Date().toISOString(), summary: 'Storage nodes restarted, errors gone', blogPost: 'no' });
    await expect.poll(() => h.sandbox.world().issues.length, { timeout: 30_000 }).toBe(1);

    const world = h.sandbox.world();
    const everythingOut = [
      ...world.docs.filter((d) => d.publishedText !== undefined).map((d) => d.publishedText!),
      ...world.tweets.map((t) => t.text),
      ...world.slack.map((m) => m.text),
      ...world.issues.map((i) => `${i.title}\n${i.description}`),
      ...world.notes.map((n) => n.body),
    ].join('\n');
    expect(everythingOut).toContain('confirmed the fix');
    expect(everythingOut).not.toMatch(/Priya|Raman/);
    // Snapshots Drive kept of the public copy are scanned text too.
    const { copy } = incidentDocs(h, documentId);
    for (const revision of copy!.driveRevisions) expect(revision.text).not.toMatch(/Priya|Raman/);
  });

  it('declares all the same when the Workspace forbids publishing to the web, and says so', async () => {
    h.sandbox.setWorkspace({ allowPublishing: false });
    const { documentId } = await declaredIncident(h, 'Login failures');
    const view = await message<{ steps: { name: string; state: string; result?: Record<string, string> }[] }>('incident/get', {});
    const publish = view.steps.find((s) => s.name === 'publish')!;
    expect(publish.state).toBe('done');
    expect(publish.result?.['skipped']).toMatch(/does not allow publishing to the web/);

    const world = h.sandbox.world();
    expect(world.docs.every((d) => d.publishedText === undefined)).toBe(true);
    expect(world.tweets).toHaveLength(1);
    expect(world.tweets[0]!.text).not.toContain('docs.google.com');
    const marketing = world.slack.filter((m) => m.channelName === 'marketing');
    expect(marketing).toHaveLength(1);
    expect(marketing[0]!.text).toContain('not published: this Google Workspace does not allow publishing to the web');
    expect(incidentDocs(h, documentId).working.permissions).toContainEqual(expect.objectContaining({ type: 'domain', role: 'writer' }));
  });
});
