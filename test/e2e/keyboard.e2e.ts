// Declare, add an entry, redact and resolve, each with the keyboard only: no click anywhere.
// Judged by what the outside world received, and every control passed shows where the focus is.
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { declaredIncident, incidentDocs, publicText, stepDone, teamSettings, timelineOf, typeIntoDoc } from './flows';
import { keyboardWalk, type KeyboardWalk } from './keyboard';
import { useHarness } from './use-harness';

const h = useHarness(['google', 'slack', 'x', 'zoom', 'gitlab']);

/** Arrow through a closed select until it shows `value`. */
async function arrowTo(walk: KeyboardWalk, select: ReturnType<Page['getByLabel']>, value: string) {
  for (let i = 0; i < 10 && (await select.inputValue()) !== value; i++) await walk.press('ArrowDown');
  expect(await select.inputValue()).toBe(value);
}

function expectFocusVisible(walk: KeyboardWalk) {
  const unseen = walk.stops.filter((s) => !s.visible).map((s) => `${s.what}: outline ${s.outline}`);
  expect(unseen, 'controls whose focus cannot be seen').toEqual([]);
  expect(walk.stops.length).toBeGreaterThan(3);
}

describe('with the keyboard only', () => {
  it('the Production Lead says who they are, declares from the popup, and resolves', async () => {
    const page = await h.extensionPage('src/ui/popup/index.html');
    await page.evaluate((s) => chrome.runtime.sendMessage({ type: 'settings/save', payload: { settings: s } }), teamSettings(h));
    await page.reload();
    await page.bringToFront();
    const walk = keyboardWalk(page, page, 'popup');

    const role = page.getByLabel('Your role');
    await walk.tabTo(role);
    await arrowTo(walk, role, 'Production Lead');
    await walk.tabTo(page.getByRole('button', { name: 'Save role' }));
    await walk.press('Enter');
    await page.getByTestId('my-role').getByText('Production Lead').waitFor();

    await walk.tabTo(page.getByLabel('Title'));
    await walk.type('Registry unavailable');
    await walk.tabTo(page.getByLabel('Why this is a major incident'));
    await walk.type('Every docker pull from the GitLab.com registry fails since 09:40 UTC.');
    // The communications lead, picked from Slack: type to filter, ↓ and Enter; their role is prefilled from Slack.
    await walk.tabTo(page.getByRole('combobox', { name: /^Communications lead/ }));
    await walk.type('lind');
    await page.getByRole('option', { name: /Emma Lindqvist/ }).waitFor();
    await walk.press('ArrowDown');
    await walk.press('Enter');
    await page.getByTestId('comms-lead').getByText('Emma Lindqvist').waitFor();
    expect(await page.getByLabel(/Their role/).inputValue()).toBe('Marketing');
    await walk.tabTo(page.getByRole('button', { name: 'Declare major incident' }));
    await walk.press('Enter');
    await page.getByRole('heading', { name: 'Major incident active' }).waitFor();
    await stepDone(h, page, 'devrel');

    const declared = h.sandbox.world();
    expect(declared.meetings).toHaveLength(1);
    expect(declared.tweets).toHaveLength(1);
    expect(
      declared.slack.filter((m) => m.channelName === 'marketing' && m.text.startsWith('<!channel> ') && m.text.includes('Registry unavailable')),
    ).toHaveLength(1);
    const { working } = incidentDocs(h);
    expect(working.text).toContain('Registry unavailable');
    expect(working.text).toContain('communications led by the Marketing');
    expect(working.text).not.toMatch(/Emma|Lindqvist/);

    await walk.tabTo(page.getByLabel('One-line summary'));
    await walk.type('Registry nodes replaced; pulls succeed again');
    // The blog-post radios: Tab lands on the checked one ("later"), the arrows choose.
    await walk.tabTo(page.getByLabel('later', { exact: true }));
    await walk.press('ArrowLeft');
    expect(await page.getByLabel('no', { exact: true }).isChecked()).toBe(true);
    await walk.tabTo(page.getByRole('button', { name: 'Resolve incident' }));
    await walk.press('Space');
    await page.getByRole('heading', { name: 'Incident resolved' }).waitFor();
    await stepDone(h, page, 'export');
    await stepDone(h, page, 'announceResolution');

    const resolved = h.sandbox.world();
    const doc = resolved.docs.find((d) => d.documentId === working.documentId)!;
    expect(timelineOf(doc.text).at(-1)).toMatch(/\[action\] Resolved: Registry nodes replaced; pulls succeed again$/);
    expect(resolved.issues).toHaveLength(1);
    expect(resolved.issues[0]!.labels).not.toContain('blog post');
    expect(resolved.slack.some((m) => m.channelName === 'marketing' && /resolved/i.test(m.text))).toBe(true);
    expect(resolved.tweets).toHaveLength(2);
    expectFocusVisible(walk);
  });

  it('a responder adds an entry, redacts a name and answers the review in the sidebar', async () => {
    const { documentId } = await declaredIncident(h, 'Pipelines stuck');
    // Typed into the doc by colleagues, past the sidebar: a handle the scan cannot know, and a doubt.
    await typeIntoDoc(h, documentId, 'handover to Brisk at noon');
    await typeIntoDoc(h, documentId, 'Zorblax was slow all morning');
    const page = await h.page(`https://docs.google.com/document/d/${documentId}/edit`);
    await page.bringToFront();
    const sidebar: Frame = await h.sidebar(page);
    await sidebar.getByRole('heading', { name: 'Timeline' }).waitFor();
    const walk = keyboardWalk(page, sidebar, 'sidebar');
    const docText = () => h.sandbox.world().docs.find((d) => d.documentId === documentId)!.text;

    // From the doc, Tab reaches the sidebar; its edge widens it with the arrows, and says by how much.
    const edge = sidebar.getByRole('separator', { name: 'Resize Incident Desk (arrow keys)' });
    await walk.tabTo(edge, { max: 60 });
    const before = Number(await edge.getAttribute('aria-valuenow'));
    await walk.press('ArrowLeft');
    await expect.poll(async () => Number(await edge.getAttribute('aria-valuenow'))).toBe(before + 20);
    await walk.tabTo(sidebar.getByLabel('New timeline entry'));
    await walk.type('Runners drained and restarted');
    await walk.tabTo(sidebar.getByLabel('Kind'));
    await arrowTo(walk, sidebar.getByLabel('Kind'), 'action');
    await walk.tabTo(sidebar.getByRole('button', { name: 'Add', exact: true }));
    await walk.press('Space');
    await expect.poll(() => timelineOf(docText()).some((l) => l.endsWith('— [action] Runners drained and restarted')), { timeout: 20_000 }).toBe(true);

    await walk.tabTo(sidebar.getByLabel('Text to redact'));
    await walk.type('Brisk');
    await sidebar.getByTestId('redact-occurrences').getByText('1 occurrence in the doc will be replaced').waitFor();
    await walk.press('Enter');
    await expect.poll(() => docText().includes('Brisk'), { timeout: 20_000 }).toBe(false);
    expect(docText()).toMatch(/handover to Engineer \d+ at noon/);

    await walk.tabTo(sidebar.getByRole('button', { name: 'Review names in the doc' }));
    await walk.press('Enter');
    const person = sidebar.getByRole('group', { name: 'Is Zorblax a person?' }).getByRole('button', { name: 'Person', exact: true });
    await person.waitFor();
    await walk.tabTo(person);
    await walk.press('Space');
    expect(await person.getAttribute('aria-pressed')).toBe('true');
    await walk.tabTo(sidebar.getByRole('button', { name: 'Redact and republish' }));
    await walk.press('Enter');
    await sidebar.getByRole('status').getByText('the doc is redacted and the public copy republished').waitFor({ timeout: 20_000 });
    expect(docText()).not.toContain('Zorblax');
    expect(docText()).toMatch(/Engineer \d+ was slow all morning/);
    await expect.poll(() => publicText(h, documentId), { timeout: 20_000 }).toContain('Runners drained and restarted');
    expect(publicText(h, documentId)).not.toMatch(/Brisk|Zorblax/);

    await walk.tabThroughAll();
    // Esc hands the keys back to the doc.
    await walk.tabTo(sidebar.getByLabel('New timeline entry'), { back: true, max: 60 });
    await walk.press('Escape');
    await expect.poll(() => sidebar.evaluate(() => document.hasFocus())).toBe(false);
    expectFocusVisible(walk);
  });

  it('shows where the focus is on every control of the popup and the options page', async () => {
    // Nothing connected: the popup and the options page offer the sign-in alternatives too.
    await h.resetExtension();
    const popup = await h.extensionPage('src/ui/popup/index.html');
    await popup.bringToFront();
    const walk = keyboardWalk(popup, popup, 'popup-all');
    await walk.tabTo(popup.locator('summary', { hasText: 'Connections' }));
    await walk.press('Enter');
    await walk.tabTo(popup.locator('summary', { hasText: 'or use a personal access token' }));
    await walk.press('Enter');
    await popup.getByLabel('GitLab personal access token (api scope)').waitFor();
    await walk.tabThroughAll();
    expect(walk.stops.map((s) => s.what).join('\n')).toMatch(/button@\d+ "Settings"/);
    expectFocusVisible(walk);

    const options = await h.extensionPage('src/ui/options/index.html');
    await options.bringToFront();
    await options.getByRole('button', { name: 'Save settings' }).waitFor();
    const settingsWalk = keyboardWalk(options, options, 'options');
    await settingsWalk.tabThroughAll(200);
    expect(settingsWalk.stops.map((s) => s.what).join('\n')).toMatch(/Import settings file/);
    expectFocusVisible(settingsWalk);
  });
});
