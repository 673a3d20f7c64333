// Issue 14: the declarer names a person from the Slack workspace as communications lead, with the
// keyboard only; that person gets the links in a DM, and public text names only their role.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { incidentDocs, stepDone, teamSettings } from './flows';
import { useHarness } from './use-harness';

const h = useHarness(['google', 'x', 'zoom']);

async function configuredPopup(): Promise<Page> {
  const page = await h.extensionPage('src/ui/popup/index.html');
  const saved = await page.evaluate((s) => chrome.runtime.sendMessage({ type: 'settings/save', payload: { settings: s } }), teamSettings(h));
  expect(saved).toMatchObject({ ok: true, data: { ok: true } });
  await page.getByLabel('Your role').selectOption('Production Lead');
  await page.getByRole('button', { name: 'Save role' }).click();
  await page.getByTestId('my-role').getByText('Production Lead').waitFor();
  return page;
}

describe('the communications lead', () => {
  it('is picked with the keyboard from Slack, gets a DM with the links, and only their role is public', async () => {
    await h.connect('slack');
    const page = await configuredPopup();
    await page.getByLabel('Title').fill('Primary database refuses connections');
    await page.getByLabel('Why this is a major incident').fill('GitLab.com is down for every customer.');
    await page.getByLabel('Why this is a major incident').press('Tab');

    // Tab reaches the picker; typing filters; ↓ and Enter pick; focus moves on to their role.
    const picker = page.getByRole('combobox', { name: /Communications lead/ });
    await expect.poll(() => picker.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('lind');
    await page.getByRole('option', { name: /Emma Lindqvist/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await picker.getAttribute('aria-activedescendant')).toBe('id-comms-opt-U05EMMA');
    await page.keyboard.press('Enter');
    await page.getByTestId('comms-lead').getByText('Emma Lindqvist').waitFor();
    const role = page.getByLabel(/Their role/);
    expect(await role.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await role.inputValue()).toBe('Marketing');
    await h.screenshot(page, 'popup-comms-lead-picked');

    await page.getByRole('button', { name: 'Declare major incident' }).click();
    await page.getByRole('heading', { name: 'Major incident active' }).waitFor();
    await stepDone(h, page, 'commsLead');
    await stepDone(h, page, 'tweet');
    expect(await page.locator('[data-step="tweet"] [data-owner]').textContent()).toContain('comms lead: Emma Lindqvist');
    expect(await page.locator('[data-comms="impact"]').textContent()).toContain('comms lead: Emma Lindqvist');
    await h.screenshot(page, 'popup-comms-lead-checklist');

    const world = h.sandbox.world();
    const dm = world.slack.filter((m) => m.channel === 'D05EMMA');
    expect(dm).toHaveLength(1);
    const { working, copy } = incidentDocs(h);
    expect(dm[0]!.text).toContain(`/document/d/${working.documentId}/edit|open the doc and press "Join this incident">`);
    expect(dm[0]!.text).toContain(copy!.publishedUrl!);
    expect(working.text).toContain('communications led by the Marketing');
    for (const text of [working.text, copy!.publishedText ?? '', ...world.tweets.map((t) => t.text)]) expect(text).not.toMatch(/Emma|Lindqvist/);
  });

  it('without Slack, offers a role instead of a person', async () => {
    const page = await configuredPopup();
    await page.getByText('Connect Slack to pick a person').waitFor();
    expect(await page.locator('#id-comms-person').count()).toBe(0);
    await page.getByLabel(/Communications lead/).selectOption('VP of Engineering');
  });
});
