import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';
import { addEntry, declaredIncident, publicText, syncPublicCopyNow, timelineOf, typeIntoDoc } from './flows';

let h: Harness;
let incident: { incidentId: string; documentId: string };
let page: Page;
let sb: Frame;

const docText = () => h.sandbox.world().docs.find((d) => d.documentId === incident.documentId)!.text;
const published = () => publicText(h, incident.documentId);

beforeAll(async () => {
  h = await startHarness();
  incident = await declaredIncident(h, 'Replica lag on the primary cluster');
  page = await h.page(`https://docs.google.com/document/d/${incident.documentId}/edit`);
  sb = await h.sidebar(page);
  await sb.getByRole('heading', { name: 'Timeline' }).waitFor();
});
afterAll(async () => {
  await h?.shutdown();
});

describe('the incident sidebar', () => {
  it('writes entries of every kind, redacted and in time order, and republishes', async () => {
    const today = new Date().toISOString().slice(0, 10);
    await addEntry(sb, 'Error rate on the web fleet jumped to 40%', 'fact');
    await addEntry(sb, 'Jane Doe saw replication lag on db2', 'finding');
    await addEntry(sb, 'disk full on the replica?', 'guess');
    await addEntry(sb, 'Failing over to db3', 'action');
    await addEntry(sb, 'p99 latency 12 s', 'data');
    await addEntry(sb, 'first alert fired', 'fact', `${today} 00:01`);
    await expect.poll(() => timelineOf(docText()).length, { timeout: 20_000 }).toBe(7);

    const lines = timelineOf(docText());
    expect(lines[0]).toBe(`${today} 00:01 UTC — [fact] first alert fired`);
    const times = lines.map((l) => l.slice(0, 16));
    expect([...times].sort()).toEqual(times);
    for (const kind of ['fact', 'finding', 'guess', 'action', 'data']) expect(lines.some((l) => l.includes(`— [${kind}] `))).toBe(true);
    expect(docText()).not.toMatch(/Jane|Doe/);
    expect(lines.join('\n')).toMatch(/\[finding\] Engineer \d+ saw replication lag on db2/);
    await expect.poll(() => timelineOf(published()).length, { timeout: 20_000 }).toBe(7);
    expect(published()).not.toMatch(/Jane|Doe/);

    await expect.poll(() => sb.getByRole('list', { name: 'Timeline entries' }).getByRole('listitem').count()).toBe(7);
    await expect.poll(() => sb.locator('.entry.pending').count()).toBe(0);
    await h.screenshot(page, 'sidebar-timeline-light');
  });

  it('queues an entry while the network is down, shows it pending, and writes it when it returns', async () => {
    h.sandbox.fault({ host: 'docs.googleapis.com', path: ':batchUpdate', drop: true, count: 6 });
    await addEntry(sb, 'entry typed while offline', 'fact');
    await sb.locator('.entry.pending', { hasText: 'entry typed while offline' }).getByText('Could not reach Google').waitFor();
    await h.screenshot(page, 'sidebar-pending-offline');
    // The network comes back.
    h.sandbox.clearFaults();
    await expect.poll(() => docText().includes('entry typed while offline'), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => sb.locator('.entry.pending').count(), { timeout: 15_000 }).toBe(0);
    expect(timelineOf(docText()).filter((l) => l.includes('entry typed while offline'))).toHaveLength(1);
  });

  it('shows an entry as pending at once while the doc cannot even be read, keeping what the doc said', async () => {
    const shown = await sb.getByRole('list', { name: 'Timeline entries' }).getByRole('listitem').count();
    h.sandbox.fault({ host: 'docs.googleapis.com', path: '/v1/documents', drop: true, count: 1000 });
    await addEntry(sb, 'typed while Google is unreachable', 'fact');
    await sb.locator('.entry.pending', { hasText: 'typed while Google is unreachable' }).waitFor({ timeout: 5_000 });
    await sb.getByTestId('doc-error').waitFor({ timeout: 15_000 });
    // The entries the doc held are still on screen, with the new one waiting among them.
    expect(await sb.getByRole('list', { name: 'Timeline entries' }).getByRole('listitem').count()).toBe(shown + 1);
    h.sandbox.clearFaults();
    await expect.poll(() => docText().includes('typed while Google is unreachable'), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => sb.locator('.entry.pending').count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => sb.getByTestId('doc-error').count(), { timeout: 15_000 }).toBe(0);
  });

  it('assigns no pseudonym for a preview that is never added', async () => {
    await sb.getByLabel('New timeline entry').fill('Marta Quill said the cache was cold');
    await sb.getByTestId('redaction-preview').getByText('Marta Quill').waitFor();
    await sb.getByLabel('New timeline entry').fill('');
    expect(JSON.stringify((await h.storage()).pseudonyms)).not.toContain('marta quill');
  });

  it('previews redaction and lets a person keep a false positive', async () => {
    await sb.getByLabel('New timeline entry').fill('Jane Doe restarted Patroni after Rufus Scheduler rotated the keys');
    const preview = sb.getByTestId('redaction-preview');
    await preview.getByText('Jane Doe').waitFor();
    expect(await preview.textContent()).not.toContain('Patroni');
    // "Rufus Scheduler" is, in this story, the job runner: not a person.
    await preview.getByRole('button', { name: 'Rufus Scheduler is not a person' }).click();
    await expect.poll(() => preview.textContent()).not.toContain('Rufus Scheduler');
    expect(await preview.textContent()).toContain('Jane Doe');
    // Kept for this incident only, not for every later one.
    const stored = await h.storage();
    expect((stored.incidentAllow as Record<string, string[]>)[incident.incidentId]).toContain('Rufus Scheduler');
    expect((stored.settings as { redaction: { allow: string[] } }).redaction.allow).not.toContain('Rufus Scheduler');
    await sb.getByLabel('New timeline entry').press('Enter');
    await expect
      .poll(() => timelineOf(docText()).some((l) => /Engineer \d+ restarted Patroni after Rufus Scheduler rotated the keys$/.test(l)), { timeout: 20_000 })
      .toBe(true);
  });

  it('holds a word that may be a person out of the public copy until someone decides, in one click', async () => {
    await addEntry(sb, 'Zorblax was slow all morning', 'fact');
    await expect.poll(() => timelineOf(docText()).some((l) => l.endsWith('Zorblax was slow all morning')), { timeout: 20_000 }).toBe(true);
    // Written to the working doc as it is, but the public copy shows a note in its place.
    await expect.poll(() => published().includes('waits for a name review'), { timeout: 20_000 }).toBe(true);
    expect(published()).not.toContain('Zorblax');
    await sb.getByLabel('New timeline entry').fill('Zorblax was slow again');
    const doubts = sb.getByTestId('doubt-preview');
    await doubts.getByText('Zorblax', { exact: true }).waitFor();
    await doubts.getByRole('button', { name: 'Zorblax is not a person' }).click();
    await expect.poll(() => published().includes('Zorblax was slow all morning'), { timeout: 20_000 }).toBe(true);
    await sb.getByLabel('New timeline entry').fill('');
  });

  it('suggests blameless wording as a person types, never blocks, and keeps a dismissal for the incident', async () => {
    await sb.getByLabel('New timeline entry').fill('Engineer 1 forgot to renew the certificate');
    const hint = sb.getByTestId('blame-hint');
    await hint.getByText('forgot to renew').waitFor();
    expect(await hint.textContent()).toContain('"renew was not done"');
    await hint.getByRole('button', { name: 'Keep as written in this incident: "forgot to renew"' }).click();
    await expect.poll(() => hint.count()).toBe(0);
    // Kept for this incident, in the extension's storage (so a reload does not bring it back).
    await expect.poll(async () => JSON.stringify((await h.storage()).blameDismissed ?? {})).toContain(`"${incident.incidentId}":["forgot to renew"]`);
    await sb.getByLabel('New timeline entry').press('Enter');
    await expect.poll(() => timelineOf(docText()).some((l) => l.endsWith('Engineer 1 forgot to renew the certificate')), { timeout: 20_000 }).toBe(true);
    // Still dismissed on the next entry of this incident.
    await sb.getByLabel('New timeline entry').fill('then someone forgot to renew the other one');
    await sb.getByTestId('redaction-preview').or(sb.getByLabel('New timeline entry')).first().waitFor();
    expect(await sb.getByTestId('blame-hint').count()).toBe(0);
    await sb.getByLabel('New timeline entry').fill('');
  });

  it('shows entries typed into the doc by others', async () => {
    const before = timelineOf(docText()).length;
    // another responder, writing with the Docs API directly
    await typeIntoDoc(h, incident.documentId, `${new Date().toISOString().slice(0, 10)} 23:59 UTC — [fact] typed by hand in the doc`, true);
    expect(timelineOf(docText())).toHaveLength(before + 1);
    await sb.getByRole('list', { name: 'Timeline entries' }).getByText('typed by hand in the doc').waitFor({ timeout: 15_000 });
  });

  it('saves customer impact per segment into the doc and reads it back', async () => {
    const gitlab = sb.locator('[data-segment="GitLab.com"]');
    await gitlab.getByLabel('Status').selectOption('partial outage');
    await gitlab.getByLabel('Affected customers').fill('users pushing over SSH');
    await sb.locator('[data-segment="on-premises"]').getByLabel('Status').selectOption('operational');
    await sb.getByRole('button', { name: 'Save and announce' }).click();
    await sb.getByRole('status').getByText('announced in the marketing channel').waitFor();
    expect(docText()).toContain('GitLab.com: partial outage. Affected customers: users pushing over SSH.');
    expect(docText()).toContain('on-premises: operational.');
    expect(h.sandbox.world().slack.filter((m) => m.text.startsWith('*Customer impact update*'))).toHaveLength(1);

    await sb.getByRole('button', { name: 'Save and announce' }).click();
    await sb.getByRole('status').getByText('announce again in').waitFor();
    expect(h.sandbox.world().slack.filter((m) => m.text.startsWith('*Customer impact update*'))).toHaveLength(1);

    await page.reload();
    sb = await h.sidebar(page);
    await sb.locator('[data-segment="GitLab.com"]').getByLabel('Status').waitFor();
    expect(await sb.locator('[data-segment="GitLab.com"]').getByLabel('Status').inputValue()).toBe('partial outage');
  });

  it('records a not-live decision with its reason, in the doc and the timeline', async () => {
    await sb.getByLabel('it risks the privacy of an employee or a customer').check();
    await sb.getByLabel('I asked the lead who declared').check();
    await sb.getByRole('button', { name: 'Record: not live' }).click();
    await sb.getByTestId('live-state').getByText('Not live').waitFor({ timeout: 15_000 });
    expect(docText()).toMatch(/War room live\?\nNot live, because it risks the privacy of an employee or a customer\. Decided by the Production Lead/);
    await expect.poll(() => timelineOf(docText()).some((l) => l.includes('[action] War room live decision: Not live')), { timeout: 15_000 }).toBe(true);
  });

  it('focuses the composer from the keyboard shortcut', async () => {
    await page.locator('.kix-appview-editor').click({ position: { x: 300, y: 300 } });
    await h.worker.evaluate(() => (chrome.commands.onCommand as unknown as { dispatch(command: string): void }).dispatch('focus-timeline'));
    await expect.poll(() => sb.evaluate(() => document.hasFocus() && document.activeElement?.id)).toBe('id-entry');
    await page.keyboard.press('Escape');
    // Back in the doc: the keys go to Docs' own text-event frame again.
    await expect.poll(() => sb.evaluate(() => document.hasFocus())).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('docs-texteventtarget-iframe');
  });

  it('redacts a selection everywhere in the doc from the context menu, and says how many', async () => {
    await addEntry(sb, 'db3 promoted by postgres-bot', 'action');
    await expect.poll(() => docText().includes('postgres-bot'), { timeout: 15_000 }).toBe(true);
    await page.bringToFront();
    await h.worker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      await (chrome.contextMenus.onClicked as unknown as { dispatch(info: unknown, tab: unknown): void }).dispatch(
        { menuItemId: 'redact-selection', selectionText: 'postgres-bot', pageUrl: url, editable: false },
        tab,
      );
    }, page.url());
    await page
      .getByRole('status')
      .getByText(/Redacted everywhere in the doc: 1 occurrence changed/)
      .waitFor({ timeout: 15_000 });
    expect(docText()).not.toContain('postgres-bot');
    await expect.poll(() => published().includes('postgres-bot'), { timeout: 15_000 }).toBe(false);
  });

  it('reviews the names in the doc before publishing: keep a false positive, add a missed one', async () => {
    // Someone typed names straight into the doc, past the sidebar.
    await typeIntoDoc(h, incident.documentId, 'Alice Archer restarted the pooler with Felix Queue; handover to Brisk at noon');
    await sb.getByRole('button', { name: 'Review names in the doc' }).click();
    const list = sb.getByRole('list', { name: 'Terms to redact' });
    await list.getByText('Alice Archer', { exact: true }).waitFor();
    expect(await list.textContent()).toContain('Alice Archer restarted the pooler');
    // "Felix Queue" is, in this story, the job queue: keep it.
    await list.getByRole('checkbox', { name: /^Felix Queue →/ }).uncheck();
    await sb.getByLabel('A missed name').fill('Brisk');
    await sb.getByLabel('A missed name').press('Enter');
    await h.screenshot(page, 'sidebar-redaction-review');
    await sb.getByRole('button', { name: 'Redact and republish' }).click();
    await sb.getByRole('status').getByText('the doc is redacted and the public copy republished').waitFor({ timeout: 20_000 });
    expect(docText()).not.toContain('Alice Archer');
    expect(docText()).not.toContain('Brisk');
    expect(docText()).toContain('Felix Queue');
    expect(published()).not.toMatch(/Alice Archer|Brisk/);
    expect(published()).toContain('restarted the pooler with Felix Queue');
  });

  it('looks right in the dark scheme', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await h.screenshot(page, 'sidebar-dark');
    const background = await sb.evaluate(() => getComputedStyle(document.querySelector('.sidebar')!).backgroundColor);
    expect(background).toBe('rgb(28, 31, 36)');
    await page.emulateMedia({ colorScheme: 'light' });
  });
});

describe('two responders at once', () => {
  it('lands both entries once each, in order', async () => {
    const other = await startHarness({ sandbox: h.sandbox, googleUser: 'bob@example.com' });
    try {
      // A colleague with their own browser and Google sign-in opens the doc and joins the incident.
      await other.connect('google');
      const url = `https://docs.google.com/document/d/${incident.documentId}/edit`;
      const theirs = await other.sidebar(await other.page(url));
      await theirs.getByRole('button', { name: 'Join this incident' }).click();
      await theirs.getByRole('heading', { name: 'Timeline' }).waitFor();
      expect(await theirs.locator('h1').textContent()).toBe('Replica lag on the primary cluster');
      const before = timelineOf(docText()).length;
      await Promise.all([
        addEntry(sb, 'first responder: cache cleared', 'action', `${new Date().toISOString().slice(0, 10)} 00:02`),
        addEntry(theirs, 'second responder: traffic shifted', 'action', `${new Date().toISOString().slice(0, 10)} 00:03`),
      ]);
      await expect.poll(() => timelineOf(docText()).length, { timeout: 30_000 }).toBe(before + 2);
      const lines = timelineOf(docText());
      expect(lines.filter((l) => l.includes('first responder: cache cleared'))).toHaveLength(1);
      expect(lines.filter((l) => l.includes('second responder: traffic shifted'))).toHaveLength(1);
      expect(lines.findIndex((l) => l.includes('first responder'))).toBeLessThan(lines.findIndex((l) => l.includes('second responder')));
      // Only the declaring browser writes the public copy: it follows the colleague's entry at its
      // next sync (or its own next write, whichever comes first).
      await syncPublicCopyNow(h);
      await expect.poll(() => published().includes('second responder: traffic shifted'), { timeout: 15_000 }).toBe(true);
    } finally {
      await other.shutdown();
    }
  });
});
