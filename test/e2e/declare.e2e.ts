import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Settings } from '../../src/core/settings';
import { incidentDocs, stepDone, teamSettings } from './flows';
import twitterText from 'twitter-text';
import { useHarness } from './use-harness';
import { PROVIDERS } from '../../src/services/providers';

const h = useHarness(['google', 'slack', 'x', 'zoom']);

const settings = (): Settings => teamSettings(h);

async function popup(): Promise<Page> {
  return h.extensionPage('src/ui/popup/index.html');
}

async function configure(role: string) {
  const page = await popup();
  const saved = await page.evaluate((s) => chrome.runtime.sendMessage({ type: 'settings/save', payload: { settings: s } }), settings());
  expect(saved).toMatchObject({ ok: true, data: { ok: true } });
  await page.getByLabel('Your role').selectOption(role);
  await page.getByRole('button', { name: 'Save role' }).click();
  await page.getByTestId('my-role').getByText(role).waitFor();
  return page;
}

async function declare(page: Page, title = "Jane Doe's migration took the primary database down") {
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Why this is a major incident').fill('GitLab.com is down for every customer; Jane Doe is rolling back.');
  await page.getByRole('button', { name: 'Declare major incident' }).click();
  await page.getByRole('heading', { name: 'Major incident active' }).waitFor();
}

async function allDone(page: Page, timeout = 30_000) {
  await page.waitForFunction(
    () => {
      const steps = [...document.querySelectorAll('[data-step]')];
      return steps.length === 9 && steps.every((s) => s.getAttribute('data-state') === 'done');
    },
    undefined,
    { timeout },
  );
}

describe('declaring a major incident', () => {
  it('lets the Production Lead declare, and every handbook step lands in the outside world, redacted', async () => {
    const page = await configure('Production Lead');
    await declare(page);
    await allDone(page);
    await h.screenshot(page, 'popup-declared');

    const world = h.sandbox.world();
    expect(world.meetings).toHaveLength(1);
    // the working doc and its public copy
    expect(world.docs).toHaveLength(2);
    const { working: doc, copy } = incidentDocs(h);
    for (const section of ['Summary', 'War room', 'Timeline', 'Customer impact', 'War room live?', 'Post-mortem']) expect(doc.text).toContain(`\n${section}\n`);
    for (const segment of ['GitLab.com', 'GitHost', 'on-premises']) expect(doc.text).toContain(`${segment}: unknown`);
    expect(doc.text).toMatch(/\d{4}-\d\d-\d\d \d\d:\d\d UTC — \[action\] Major incident declared by the Production Lead/);
    expect(doc.text).not.toMatch(/Jane|Doe/);
    expect(doc.permissions).toContainEqual(expect.objectContaining({ type: 'domain', role: 'writer', domain: 'example.com' }));
    // Only the public copy is published; nobody but its owner may edit it; it shows the scanned text.
    expect(doc.publishedText).toBeUndefined();
    expect(copy!.publishAuto).toBe(true);
    expect(copy!.permissions.filter((p) => p.role !== 'owner')).toEqual([]);
    expect(copy!.publishedText).toContain('Timeline');
    expect(copy!.publishedText).toMatch(/Major incident declared by the Production Lead/);
    expect(copy!.publishedText).not.toMatch(/Jane|Doe/);

    expect(world.tweets).toHaveLength(1);
    const tweet = world.tweets[0]!.text;
    expect(tweet).toContain(copy!.publishedUrl!);
    expect(tweet).not.toMatch(/Jane|Doe/);
    expect(twitterText.parseTweet(tweet).weightedLength).toBeLessThanOrEqual(280);

    const marketing = world.slack.filter((m) => m.channelName === 'marketing');
    expect(marketing).toHaveLength(1);
    expect(marketing[0]!.text).toMatch(/^<!channel> /);
    expect(marketing[0]!.text).not.toMatch(/Jane|Doe/);
    expect(world.slack.filter((m) => m.channelName === 'devrel')).toHaveLength(1);

    await expect.poll(() => h.context.pages().some((p) => p.url().endsWith(`/document/d/${doc.documentId}/edit`))).toBe(true);
    expect(await h.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('!');
    await page.close();
  });

  it('offers Declare only to the person the chain names for the role, and the worker refuses anyone else', async () => {
    // Bob signs in to Google; the settings name alice@example.com (Slack U01ALICE) as the Production Lead.
    const google = PROVIDERS.google;
    const bob = h.sandbox.issueToken('google', { scope: google.scopes.join(' '), clientId: google.clientId, user: 'bob@example.com' }).access;
    const slack = (await h.tokens()).slack!;
    await h.setTokens({ google: { accessToken: bob, obtainedAt: new Date().toISOString() }, slack: { ...slack, account: undefined } });
    const page = await configure('Production Lead');
    await page
      .getByTestId('why-not-declare')
      .getByText('You are signed in as bob@example.com; the settings name alice@example.com or Slack U01ALICE as the Production Lead')
      .waitFor();
    expect(await page.getByRole('button', { name: 'Declare major incident' }).count()).toBe(0);
    await h.screenshot(page, 'popup-not-the-declarer');
    // The worker checks too, whatever a page sends; and it learned who Bob is from Drive.
    const reply = await page.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'incident/declare', payload: { title: 'Forced', why: 'Trying to declare anyway, as someone else.' } }),
    );
    expect(reply).toMatchObject({ ok: true, data: { ok: false, problems: [{ field: 'declarerRole' }] } });
    expect(h.sandbox.world().docs).toHaveLength(0);
    expect((await h.tokens()).google!.account).toBe('bob@example.com');
    await page.close();
  });

  it('shows who in the chain is around on Slack, and leads with Call and Page for someone away or in do-not-disturb', async () => {
    h.sandbox.setSlackPresence('U01ALICE', { presence: 'away', dnd: true });
    h.sandbox.setSlackPresence('U02BRUNO', { presence: 'active', dnd: false });
    const page = await configure('Engineer');
    const lead = page.locator('[data-role="Production Lead"]');
    await lead.getByTestId('presence').getByText('away on Slack, do not disturb').waitFor();
    expect(await lead.locator('.id-actions button').allTextContents()).toEqual(['Call', 'Page', 'Slack']);
    await page.locator('[data-role="Director of Infrastructure"]').getByTestId('presence').getByText('on Slack').waitFor();
    await h.screenshot(page, 'popup-escalation-presence');
    await page.close();
  });

  it('shows an engineer the escalation chain in order, and pages and messages with the reason', async () => {
    const page = await configure('Engineer');
    expect(await page.getByRole('button', { name: 'Declare major incident' }).count()).toBe(0);
    const roles = await page.locator('[data-role]').evaluateAll((els) => els.map((e) => e.getAttribute('data-role')));
    expect(roles).toEqual(['Production Lead', 'Director of Infrastructure', 'VP of Engineering']);

    await page.getByRole('button', { name: 'Page the Production Lead' }).click();
    await page.getByRole('alert').getByText('First say why').waitFor();
    expect(h.sandbox.world().pages).toHaveLength(0);

    await page.getByLabel('What is happening').fill('Database down');
    await page.getByLabel('Why this is a major incident').fill('All of GitLab.com returns 502 since 09:12 UTC.');
    await page.getByRole('button', { name: 'Page the Production Lead' }).click();
    await page.locator('[data-role="Production Lead"]').getByText('Page sent').waitFor();
    await page.getByRole('button', { name: 'Slack the Director of Infrastructure' }).click();
    await page.locator('[data-role="Director of Infrastructure"]').getByText('Slack sent').waitFor();
    await h.screenshot(page, 'popup-escalation');

    const world = h.sandbox.world();
    expect(world.pages).toHaveLength(1);
    expect(JSON.stringify(world.pages[0])).toContain('All of GitLab.com returns 502');
    const dm = world.slack.find((m) => m.text.includes('escalated to as Director of Infrastructure'));
    expect(dm?.text).toContain('All of GitLab.com returns 502');
    const stored = await h.storage();
    expect(stored.escalations).toMatchObject([
      { role: 'Production Lead', channel: 'page', outcome: 'sent' },
      { role: 'Director of Infrastructure', channel: 'slack', outcome: 'sent' },
    ]);
    await page.close();
  });

  it('counts the tweet as X does in the form, and shortens a title full of bare domains until X takes it', async () => {
    // 109 characters; X weighs each of the seven domains (and the organisation, GitLab.com) 23, so
    // the whole tweet would be 299. Counted as characters it would be about 230 and go out as it is.
    const title = 'db1.gitlab.com db2.gitlab.com db3.gitlab.com ci.gitlab.com api.gitlab.com GitLab.com docs.gitlab.com are down';
    const page = await configure('Production Lead');
    await page.getByLabel('Title').fill(title);
    const shown = await page.getByTestId('tweet-text').textContent();
    const weight = Number(await page.getByTestId('tweet-weight').textContent());
    expect(shown).toMatch(/^We are investigating a major incident affecting GitLab\.com: db1\.gitlab\.com .*…\. Live notes as we work on it: https:\/\//);
    expect(weight).toBe(twitterText.parseTweet(shown!).weightedLength);
    expect(weight).toBeLessThanOrEqual(280);
    await h.screenshot(page, 'popup-tweet-length');

    await declare(page, title);
    await stepDone(h, page, 'tweet');
    const world = h.sandbox.world();
    // X took it at the first attempt: no refusal on the way.
    expect(world.requests.filter((r) => r.path === '/2/tweets').map((r) => r.status)).toEqual([201]);
    expect(world.tweets).toHaveLength(1);
    const tweet = world.tweets[0]!.text;
    expect(twitterText.parseTweet(tweet).weightedLength).toBeLessThanOrEqual(280);
    expect(tweet).toMatch(/^We are investigating a major incident affecting GitLab\.com: db1\.gitlab\.com .*…\. Live notes as we work on it: /);
    expect(tweet.endsWith(incidentDocs(h).copy!.publishedUrl!)).toBe(true);
    await page.close();
  });

  it('retries a tweet refused with 429 and posts it once', async () => {
    h.sandbox.fault({ host: 'api.x.com', method: 'POST', path: '/2/tweets', status: 429, count: 1, retryAfter: 1 });
    const page = await configure('Production Lead');
    await declare(page, 'Registry unavailable');
    await page.locator('[data-step="tweet"][data-state="retrying"]').waitFor();
    await allDone(page);
    expect(h.sandbox.world().tweets).toHaveLength(1);
    await page.close();
  });

  it('resumes after the worker is killed mid-outbox, without duplicates', async () => {
    h.sandbox.fault({ host: 'www.googleapis.com', method: 'POST', path: '/permissions', status: 200, delayMs: 1500 });
    const page = await configure('Production Lead');
    await declare(page, 'CI runners stuck');
    await page.locator('[data-step="share"][data-state="running"]').waitFor();
    await h.stopWorker();
    await page.waitForTimeout(1600);
    // Any event wakes a new worker, which resumes the outbox.
    const wake = await popup();
    await allDone(wake);
    const world = h.sandbox.world();
    expect(world.docs).toHaveLength(2);
    expect(world.meetings).toHaveLength(1);
    expect(incidentDocs(h).working.permissions.filter((p) => p.type === 'domain')).toHaveLength(1);
    expect(world.tweets).toHaveLength(1);
    expect(world.slack.filter((m) => m.channelName === 'marketing')).toHaveLength(1);
    await wake.close();
    await page.close();
  });

  it('creates nothing twice when a service acted but its answer was lost', async () => {
    for (const [host, path] of [
      ['api.zoom.us', '/v2/users/me/meetings'],
      ['www.googleapis.com', '/drive/v3/files'],
      ['slack.com', '/api/chat.postMessage'],
      ['api.x.com', '/2/tweets'],
    ] as const) {
      h.sandbox.fault({ host, method: 'POST', path, served: true, status: 503 });
    }
    const page = await configure('Production Lead');
    await declare(page, 'Answers lost');
    await allDone(page);
    const world = h.sandbox.world();
    expect(world.meetings).toHaveLength(1);
    // both files were created through the faulted POST: neither twice
    expect(world.docs).toHaveLength(2);
    expect(world.tweets).toHaveLength(1);
    expect(world.slack.filter((m) => m.channelName === 'marketing')).toHaveLength(1);
    expect(world.slack.filter((m) => m.channelName === 'devrel')).toHaveLength(1);
    expect(world.requests.filter((r) => r.status === 503)).toHaveLength(4);
    await page.close();
  });

  it("fills the team's template when there is one", async () => {
    const { documentId: templateId } = h.sandbox.createDoc({
      title: 'Incident template',
      text: 'Incident: {{title}}\nDeclared {{declared}}\nTimeline\nNothing yet.\nImpact\n',
    });
    const auth = { authorization: `Bearer ${h.sandbox.tokens().google}`, 'content-type': 'application/json' };
    const timelineAt = 1 + 'Incident: {{title}}\nDeclared {{declared}}\n'.length;
    const impactAt = timelineAt + 'Timeline\nNothing yet.\n'.length;
    const heading = (at: number, length: number) => ({
      updateParagraphStyle: { range: { startIndex: at, endIndex: at + length }, paragraphStyle: { namedStyleType: 'HEADING_1' }, fields: 'namedStyleType' },
    });
    await h.sandbox.fetch(`https://docs.googleapis.com/v1/documents/${templateId}:batchUpdate`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ requests: [heading(timelineAt, 9), heading(impactAt, 7)] }),
    });
    const page = await popup();
    const withTemplate = { ...settings(), docTemplateId: templateId };
    expect(await page.evaluate((s) => chrome.runtime.sendMessage({ type: 'settings/save', payload: { settings: s } }), withTemplate)).toMatchObject({
      ok: true,
      data: { ok: true },
    });
    await page.close();
    const declaring = await configure('Production Lead');
    // configure() saved the plain settings again: put the template back before declaring.
    await declaring.evaluate((s) => chrome.runtime.sendMessage({ type: 'settings/save', payload: { settings: s } }), withTemplate);
    await declare(declaring, 'Template day');
    await allDone(declaring);
    const { working } = incidentDocs(h);
    // The template is a person's own doc: read through the Docs API, never copied through Drive.
    expect(h.sandbox.world().requests.some((r) => r.path.includes(`/files/${templateId}/copy`))).toBe(false);
    const lines = working.text.split('\n').filter((l) => !l.startsWith('Public copy'));
    expect(lines[0]).toBe('Incident: Template day');
    expect(lines[1]).toMatch(/^Declared \d{4}-\d\d-\d\d \d\d:\d\d UTC by the Production Lead$/);
    expect(lines.slice(2, 5)).toEqual(['Timeline', 'Nothing yet.', expect.stringMatching(/UTC — \[action\] Major incident declared by the Production Lead/)]);
    expect(h.sandbox.world().docs.find((d) => d.documentId === templateId)!.text).toContain('{{title}}');
    await declaring.close();
  });

  it('asks to reconnect when a service rejects the saved sign-in', async () => {
    h.sandbox.revoke('zoom');
    const page = await configure('Production Lead');
    await declare(page, 'Pages down');
    await page.locator('[data-step="warRoom"][data-state="failed"]').getByText('reconnect Zoom').waitFor();
    // The rest of the handbook goes on; only the Slack calls, which carry the join link, wait.
    await stepDone(h, page, 'tweet');
    expect(await page.locator('[data-step="marketing"]').getAttribute('data-state')).toBe('waiting');
    expect(h.sandbox.world().docs).toHaveLength(2);
    // Told, not left to find out: a notification that opens the connections, and the badge counts it.
    const notified = Object.keys(await h.worker.evaluate(() => chrome.notifications.getAll()));
    expect(notified.some((id) => /^step:inc-.*:warRoom$/.test(id))).toBe(true);
    expect(await h.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
    await page.close();
  });
});

describe('settings import', () => {
  it('names every bad field and saves nothing', async () => {
    const page = await h.extensionPage('src/ui/options/index.html');
    await page.getByRole('button', { name: 'Save settings' }).waitFor();
    const bad = { format: 'incident-desk-settings', version: 1, settings: { ...settings(), organisation: { name: '', domain: 'nope' } } };
    await page.locator('input[type=file]').setInputFiles({ name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await page.getByText('team.json was not imported: 2 problems. Nothing was saved.').waitFor();
    expect(await page.getByRole('list', { name: 'Problems' }).textContent()).toContain('Workspace domain must be a domain like example.com');
    await h.screenshot(page, 'options-import-errors');
    expect((await h.storage()).settings).toBeUndefined();

    const good = { format: 'incident-desk-settings', version: 1, settings: settings() };
    await page.locator('input[type=file]').setInputFiles({ name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
    await page.getByText('Settings from team.json saved.').waitFor();
    expect((await h.storage()).settings).toMatchObject({ organisation: { domain: 'example.com' } });
    await page.close();
  });
});

describe('connections and roster without a sign-in', () => {
  it('imports the roster from Slack into the settings', async () => {
    await h.connect('slack');
    const page = await h.extensionPage('src/ui/options/index.html');
    await page.getByRole('button', { name: 'Import the roster from Slack' }).click();
    await page.getByText(/5 people from Slack added to the roster/).waitFor();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    const roster = ((await h.storage()).settings as Settings).roster;
    expect(roster).toContainEqual({ name: 'Alice Archer', role: '', handle: '@alice', email: 'alice@example.com' });
    expect(roster.some((p) => p.name === 'Incident Desk')).toBe(false);
    await page.close();
  });

  it('checks a pasted GitLab token, and posts the @channel through a Slack webhook', async () => {
    await h.resetExtension();
    await h.connect('google', 'x', 'zoom');
    const page = await h.extensionPage('src/ui/options/index.html');
    const gitlab = page.locator('[data-service="gitlab"]');
    await gitlab.getByText('or use a personal access token').click();
    await gitlab.getByLabel('GitLab personal access token (api scope)').fill('glpat-not-a-real-token-000');
    await gitlab.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('alert').getByText('gitlab.com does not accept that token').waitFor();
    await gitlab.getByLabel('GitLab personal access token (api scope)').fill(h.sandbox.tokens().gitlab);
    await gitlab.getByRole('button', { name: 'Save' }).click();
    await gitlab.getByText('connected (token)').waitFor();

    const slack = page.locator('[data-service="slack"]');
    await slack.getByText('or use an incoming webhook').click();
    await slack
      .getByLabel('Slack incoming webhook URL of the marketing channel')
      .fill('https://hooks.slack.com/services/T0SANDBOX/B0MARKETING/sandbox-marketing-secret');
    await slack.getByRole('button', { name: 'Save' }).click();
    await slack.getByText('connected (webhook)').waitFor();
    await h.screenshot(page, 'options-alternatives');
    await page.close();

    const popup = await configure('Production Lead');
    await declare(popup, 'Webhook only');
    await allDone(popup);
    const marketing = h.sandbox.world().slack.filter((m) => m.via === 'webhook');
    expect(marketing).toHaveLength(1);
    expect(marketing[0]).toMatchObject({ channelName: 'marketing' });
    expect(marketing[0]!.text).toMatch(/^<!channel> /);
    expect(await popup.locator('[data-step="devrel"]').textContent()).toContain('skipped: the Slack webhook posts to the marketing channel only');
    await popup.close();
  });
});
