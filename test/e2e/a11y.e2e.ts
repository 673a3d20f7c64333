// Accessible, checked by a machine: axe-core on every surface a person uses, in the states they
// meet it in, light and dark. A serious or critical violation fails with axe's own words.
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { audit } from './axe';
import { declaredIncident, stepDone, teamSettings, typeIntoDoc } from './flows';
import { useHarness } from './use-harness';

const h = useHarness(['google', 'slack', 'x', 'zoom']);

const POPUP = 'src/ui/popup/index.html';

/** Audits what is on screen now in the light and then the dark scheme (their colours differ). */
async function expectAccessible(page: Page, target: Page | Frame = page) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { report } = await audit(target);
    expect(report, `axe, ${colorScheme} scheme`).toBe('');
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function configuredPopup(role?: string): Promise<Page> {
  const page = await h.extensionPage(POPUP);
  await page.evaluate((s) => chrome.runtime.sendMessage({ type: 'settings/save', payload: { settings: s } }), teamSettings(h));
  if (role) await page.evaluate((r) => chrome.runtime.sendMessage({ type: 'profile/set', payload: { role: r } }), role);
  await page.reload();
  return page;
}

describe('the popup has no serious or critical axe violation', () => {
  it('before anyone said who they are', async () => {
    const page = await h.extensionPage(POPUP);
    await page.getByLabel('Your role').waitFor();
    await expectAccessible(page);
  });

  it('with the declare form, and its errors', async () => {
    const page = await configuredPopup('Production Lead');
    await page.getByRole('button', { name: 'Declare major incident' }).waitFor();
    await expectAccessible(page);
    // Sent empty: the fields say what is wrong.
    await page.getByRole('button', { name: 'Declare major incident' }).click();
    await page.locator('.id-field-error').first().waitFor();
    await expectAccessible(page);
  });

  it('with the escalation chain for someone who may not declare', async () => {
    const page = await configuredPopup('Engineer');
    await page.getByRole('heading', { name: 'Escalate to declare' }).waitFor();
    await page.getByRole('button', { name: 'Page the Production Lead' }).click();
    await page.getByRole('alert').waitFor();
    await expectAccessible(page);
  });

  it('with an active incident’s checklist, and once it is resolved', async () => {
    await declaredIncident(h, 'Replica lag');
    const page = await h.extensionPage(POPUP);
    await page.getByRole('heading', { name: 'Major incident active' }).waitFor();
    await stepDone(h, page, 'devrel');
    await expectAccessible(page);

    await page.getByLabel('One-line summary').fill('Replica caught up');
    await page.getByRole('button', { name: 'Resolve incident' }).click();
    await page.getByRole('heading', { name: 'Incident resolved' }).waitFor();
    await page.getByRole('button', { name: 'Declare another major incident' }).waitFor();
    await expectAccessible(page);
  });
});

describe('what a screen reader hears from the popup', () => {
  it('says a step is retrying once, not every second of its countdown', async () => {
    // Several refusals: in one clean-clone run the step was never seen retrying, most likely because
    // a tweet still on its way from the previous test took the only refusal; this one must get one.
    h.sandbox.fault({ host: 'api.x.com', method: 'POST', path: '/2/tweets', status: 429, count: 3, retryAfter: 8 });
    await h.connect('google', 'slack', 'x', 'zoom');
    const page = await configuredPopup('Production Lead');
    await page.getByLabel('Title').fill('Registry down');
    await page.getByLabel('Why this is a major incident').fill('Every pull from the registry fails.');
    await page.getByRole('button', { name: 'Declare major incident' }).click();
    const tweet = page.locator('[data-step="tweet"][data-state="retrying"]');
    await tweet.waitFor({ timeout: 20_000 });
    // The checklist is a live region: what the retrying step exposes must hold still while only
    // its seconds change (the other steps go on meanwhile).
    const heard = await tweet.ariaSnapshot();
    const seen = await tweet.innerText();
    await expect.poll(() => tweet.innerText(), { timeout: 3_000 }).not.toBe(seen);
    expect(await tweet.getAttribute('data-state')).toBe('retrying');
    expect(await tweet.ariaSnapshot()).toBe(heard);
    expect(heard).toMatch(/Tweet.*retrying/i);
  });
});

describe('the options page has no serious or critical axe violation', () => {
  it('as it opens, and with a refused save', async () => {
    const page = await h.extensionPage('src/ui/options/index.html');
    await page.getByRole('button', { name: 'Save settings' }).waitFor();
    await page.locator('[data-service="google"]').waitFor();
    await expectAccessible(page);
    await page.getByLabel('Google Workspace domain').fill('not a domain');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').getByText('Nothing was saved').waitFor();
    await expectAccessible(page);
  });
});

describe('the sidebar has no serious or critical axe violation', () => {
  it('on a doc that is not an incident of this browser', async () => {
    const { documentId } = h.sandbox.createDoc({ title: 'Capacity planning', text: 'Notes\n' });
    const page = await h.page(`https://docs.google.com/document/d/${documentId}/edit`);
    const sidebar = await h.sidebar(page);
    await sidebar.getByRole('button', { name: 'Join this incident' }).waitFor();
    await expectAccessible(page, sidebar);
  });

  it('on the incident doc, with the composer previewing, and in the review with doubtful names waiting', async () => {
    const { documentId } = await declaredIncident(h, 'Replica lag');
    const page = await h.page(`https://docs.google.com/document/d/${documentId}/edit`);
    const sidebar = await h.sidebar(page);
    await sidebar.getByRole('heading', { name: 'Timeline' }).waitFor();
    await expectAccessible(page, sidebar);

    await sidebar.getByLabel('New timeline entry').fill('Zorblax was slow again and Jane Doe forgot to renew the certificate');
    await sidebar.getByTestId('redaction-preview').waitFor();
    await sidebar.getByTestId('doubt-preview').waitFor();
    await sidebar.getByTestId('blame-hint').waitFor();
    await sidebar.getByLabel('Text to redact').fill('Jane');
    await expectAccessible(page, sidebar);
    await sidebar.getByLabel('New timeline entry').fill('');
    await sidebar.getByLabel('Text to redact').fill('');

    await typeIntoDoc(h, documentId, 'Alice Archer restarted the pooler; Zorblax was slow all morning');
    await sidebar.getByRole('button', { name: 'Review names in the doc' }).click();
    await sidebar.getByRole('list', { name: 'Words to decide' }).getByText('Zorblax', { exact: true }).waitFor();
    await sidebar.getByRole('list', { name: 'Terms to redact' }).getByText('Alice Archer', { exact: true }).waitFor();
    await sidebar.getByRole('button', { name: 'Not a person' }).first().click();
    await expectAccessible(page, sidebar);
  });
});
