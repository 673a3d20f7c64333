// Steps several suites need: a configured extension with a declared incident and its doc.
import type { Frame, Page } from 'playwright-core';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import type { Harness } from './harness';

export function teamSettings(h: Pick<Harness, 'sandbox'>): Settings {
  const s = structuredClone(DEFAULT_SETTINGS);
  s.organisation = { name: 'GitLab.com', domain: 'example.com' };
  s.escalation = [
    {
      role: 'Production Lead',
      name: 'Alice',
      email: 'alice@example.com',
      slackUser: 'U01ALICE',
      phone: '+1 555 0100',
      pagerdutyRoutingKey: h.sandbox.tokens().pagerduty,
    },
    { role: 'Director of Infrastructure', name: 'Bruno', email: '', slackUser: 'U02BRUNO', phone: '', pagerdutyRoutingKey: '' },
    { role: 'VP of Engineering', name: 'Chioma', email: '', slackUser: '', phone: '+1 555 0102', pagerdutyRoutingKey: '' },
  ];
  s.x.account = '@gitlabstatus';
  return s;
}

async function call<T>(page: Page, type: string, payload: unknown): Promise<T> {
  const reply = (await page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const)) as {
    ok: boolean;
    data: T;
    error?: { message: string };
  };
  if (!reply.ok) throw new Error(`${type}: ${reply.error?.message}`);
  return reply.data;
}

/** Declares through the worker's messages (the popup has its own tests) and waits for every step. */
export async function declaredIncident(h: Harness, title = 'Database replica lag'): Promise<{ incidentId: string; documentId: string }> {
  await h.connect('google', 'slack', 'x', 'zoom');
  const page = await h.extensionPage('src/ui/popup/index.html');
  try {
    await call(page, 'settings/save', { settings: teamSettings(h) });
    await call(page, 'profile/set', { role: 'Production Lead' });
    const declared = await call<{ ok: boolean; incidentId: string }>(page, 'incident/declare', { title, why: 'GitLab.com is down for every customer.' });
    const deadline = Date.now() + 30_000;
    for (;;) {
      const view = await call<{ steps: { name: string; state: string; result?: Record<string, string> }[] }>(page, 'incident/get', {});
      const doc = view.steps.find((s) => s.name === 'doc')?.result?.documentId;
      if (doc && view.steps.every((s) => s.state === 'done')) return { incidentId: declared.incidentId, documentId: doc };
      if (Date.now() > deadline) throw new Error(`declaring did not finish: ${JSON.stringify(view.steps.map((s) => [s.name, s.state]))}`);
      await page.waitForTimeout(200);
    }
  } finally {
    await page.close();
  }
}

/**
 * Waits for the popup's checklist to show a step done. When it does not, the error says where
 * every step stood and why (from the worker), so a slow or failed step on CI can be told apart.
 */
export async function stepDone(h: Pick<Harness, 'sandbox'>, page: Page, step: string, timeout = 30_000): Promise<void> {
  try {
    await page.locator(`[data-step="${step}"][data-state="done"]`).waitFor({ timeout });
  } catch (err) {
    type Seen = { name: string; state: string; attempts?: number; error?: string };
    const view = await call<{ steps: Seen[] }>(page, 'incident/get', {}).catch((e: Error) => ({
      steps: [{ name: '(incident/get)', state: e.message }] as Seen[],
    }));
    const where = view.steps.map((s) => `${s.name}: ${s.state}${s.attempts ? ` after ${s.attempts}` : ''}${s.error ? ` (${s.error})` : ''}`);
    const last = h.sandbox
      .world()
      .requests.slice(-12)
      .map((r) => `${r.at.slice(11, 23)} ${r.method} ${r.host}${r.path} ${r.status}`);
    throw new Error(`step "${step}" not done in ${timeout} ms; ${where.join('; ')}; the sandbox's last requests: ${last.join(', ')}`, { cause: err });
  }
}

/** The Timeline section of the sandbox doc, line by line. */
export function timelineOf(text: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf('Timeline');
  const end = lines.indexOf('Customer impact');
  return lines.slice(start + 1, end).filter(Boolean);
}

type WorldDoc = ReturnType<Harness['sandbox']['world']>['docs'][number];

/**
 * An incident's two docs as the extension links them: the working doc (the company edits it) and
 * its public copy (the only one published), found by the link the working doc carries.
 */
export function incidentDocs(h: Harness, workingId?: string): { working: WorldDoc; copy: WorldDoc | undefined } {
  const { docs } = h.sandbox.world();
  const working = workingId
    ? docs.find((d) => d.documentId === workingId)
    : docs.find((d) => d.permissions.some((p) => p.type === 'domain' && p.role === 'writer'));
  if (!working) throw new Error('no working doc in the sandbox');
  const url = /Public copy \(read-only, names redacted\): (\S+)/.exec(working.text)?.[1];
  return { working, copy: url ? docs.find((d) => d.publishedUrl === url) : undefined };
}

/** What the public sees of an incident: its public copy's published page text. */
export function publicText(h: Harness, workingId?: string): string {
  return incidentDocs(h, workingId).copy?.publishedText ?? '';
}

/** The declaring browser's once-a-minute follow-up of colleagues' edits, now rather than in a minute. */
export async function syncPublicCopyNow(h: Harness): Promise<void> {
  await h.worker.evaluate(() =>
    (chrome.alarms.onAlarm as unknown as { dispatch(a: chrome.alarms.Alarm): void }).dispatch({
      name: 'public-copy-sync',
      scheduledTime: Date.now(),
      persistAcrossSessions: false,
    }),
  );
}

/** Types an entry into the sidebar's composer and waits until the sidebar took it. */
export async function addEntry(sidebar: Frame, text: string, kind: string, time?: string): Promise<void> {
  await sidebar.getByLabel('Kind').selectOption(kind);
  if (time) await sidebar.getByLabel('Time (UTC)').fill(time);
  await sidebar.getByLabel('New timeline entry').fill(text);
  await sidebar.getByLabel('New timeline entry').press('Enter');
  // (No vitest here: the bench and the demo use these flows too.)
  await sidebar.waitForFunction(() => (document.getElementById('id-entry') as HTMLTextAreaElement | null)?.value === '', undefined, { timeout: 10_000 });
}

/** Another responder types a line straight into the doc, past the sidebar, with the Docs API. */
export async function typeIntoDoc(h: Harness, documentId: string, line: string, normalText = false): Promise<void> {
  const auth = { authorization: `Bearer ${h.sandbox.tokens().google}`, 'content-type': 'application/json' };
  const url = `https://docs.googleapis.com/v1/documents/${documentId}`;
  const doc = (await (await h.sandbox.fetch(url, { headers: auth })).json()) as {
    body: { content: { startIndex: number; paragraph?: { elements: { textRun?: { content: string } }[] } }[] };
  };
  const heading = doc.body.content.find((e) => e.paragraph?.elements[0]?.textRun?.content === 'Customer impact\n')!;
  const text = `${line}\n`;
  const range = { startIndex: heading.startIndex, endIndex: heading.startIndex + text.length };
  const requests = [
    { insertText: { location: { index: heading.startIndex }, text } },
    ...(normalText ? [{ updateParagraphStyle: { range, paragraphStyle: { namedStyleType: 'NORMAL_TEXT' }, fields: 'namedStyleType' } }] : []),
  ];
  await h.sandbox.fetch(`${url}:batchUpdate`, { method: 'POST', headers: auth, body: JSON.stringify({ requests }) });
}
