import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useHarness } from './use-harness';
import { declaredIncident, timelineOf } from './flows';

const h = useHarness();

async function resolveFromPopup(summary: string, blogPost: 'yes' | 'no' | 'later' = 'no'): Promise<Page> {
  const popup = await h.extensionPage('src/ui/popup/index.html');
  await popup.getByLabel('One-line summary').fill(summary);
  await popup.getByLabel(blogPost, { exact: true }).check();
  await popup.getByRole('button', { name: 'Resolve incident' }).click();
  await popup.getByRole('heading', { name: 'Incident resolved' }).waitFor();
  return popup;
}

async function resolveStepsDone(popup: Page) {
  await popup.waitForFunction(
    () =>
      ['finalEntry', 'finalScan', 'announceResolution', 'replyTweet', 'export'].every(
        (n) => document.querySelector(`[data-step="${n}"]`)?.getAttribute('data-state') === 'done',
      ),
    undefined,
    { timeout: 30_000 },
  );
}

describe('resolving an incident', () => {
  it('writes the final entry, announces it, replies to the tweet, and opens one outage issue with the redacted timeline', async () => {
    const { documentId } = await declaredIncident(h, "Jane Doe's deploy broke CI");
    await h.connect('gitlab');
    const popup = await resolveFromPopup('Jane Doe reverted the deploy; pipelines run again', 'yes');
    await resolveStepsDone(popup);
    await h.screenshot(popup, 'popup-resolved');

    const world = h.sandbox.world();
    const doc = world.docs.find((d) => d.documentId === documentId)!;
    expect(timelineOf(doc.text).at(-1)).toMatch(/\[action\] Resolved: Engineer \d+ reverted the deploy; pipelines run again$/);
    expect(world.issues).toHaveLength(1);
    const issue = world.issues[0]!;
    expect(issue.labels).toEqual(expect.arrayContaining(['outage', 'blog post']));
    expect(issue.projectPath).toBe('gitlab-com/infrastructure');
    expect(issue.description).toContain('Resolved: Engineer');
    expect(issue.description).toMatch(/## Timeline/);
    expect(issue.description).toContain('- [ ]');
    expect(`${issue.title}\n${issue.description}`).not.toMatch(/Jane|Doe/);
    expect(issue.quickActions).toEqual([]);
    expect(doc.text).toContain(`Outage issue: ${issue.web_url}`);
    expect(world.slack.some((m) => m.channelName === 'marketing' && /resolved/i.test(m.text))).toBe(true);
    expect(world.tweets).toHaveLength(2);
    expect(await popup.getByRole('link', { name: 'Outage issue' }).getAttribute('href')).toBe(issue.web_url);
    expect(await h.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
  });

  it('retries an export refused with 429 and still opens one issue', async () => {
    await declaredIncident(h, 'Registry down');
    await h.connect('gitlab');
    h.sandbox.fault({ host: 'gitlab.com', method: 'POST', path: '/issues', status: 429, retryAfter: 1 });
    const popup = await resolveFromPopup('Registry back');
    await popup.locator('[data-step="export"][data-state="retrying"]').waitFor();
    await resolveStepsDone(popup);
    expect(h.sandbox.world().issues).toHaveLength(1);
  });

  it('opens one issue even when the worker dies while creating it', async () => {
    await declaredIncident(h, 'Pages down');
    await h.connect('gitlab');
    // GitLab creates the issue at once and answers late: the worker is stopped while it waits.
    h.sandbox.fault({ host: 'gitlab.com', method: 'POST', path: '/issues', served: true, delayMs: 5000, count: 1 });
    await resolveFromPopup('Pages back');
    await expect.poll(() => h.sandbox.world().issues.length).toBe(1);
    await h.stopWorker();
    const wake = await h.extensionPage('src/ui/popup/index.html');
    await resolveStepsDone(wake);
    expect(h.sandbox.world().issues).toHaveLength(1);
  });

  it('downloads the record as Markdown from the sidebar without GitLab', async () => {
    const { documentId } = await declaredIncident(h, 'Search slow');
    const page = await h.page(`https://docs.google.com/document/d/${documentId}/edit`);
    const sidebar = await h.sidebar(page);
    await sidebar.getByRole('button', { name: 'Download Markdown' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), sidebar.getByRole('button', { name: 'Download Markdown' }).click()]);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const markdown = readFileSync(path, 'utf8');
    expect(markdown).toContain('Outage: Search slow');
    expect(markdown).toContain('## Timeline');
  });
});

describe('Slack', () => {
  it('shows the incident banner and adds a selected message to the timeline at its time, without its author', async () => {
    const { documentId } = await declaredIncident(h, 'Web fleet errors');
    const slack = await h.page('https://app.slack.com/client/T0SANDBOX/C01PRODUCTION');
    await slack.getByRole('region', { name: 'Active major incident' }).getByText('Major incident: Web fleet errors').waitFor();
    await h.screenshot(slack, 'slack-banner');

    const message = slack.locator('[data-qa="message_container"]', { hasText: 'Failover started' });
    const time = await message.locator('time').getAttribute('datetime');
    await message.locator('[data-qa="message-text"]').click({ button: 'right' });
    await h.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      await (chrome.contextMenus.onClicked as unknown as { dispatch(info: unknown, tab: unknown): void }).dispatch(
        {
          menuItemId: 'add-selection-to-timeline',
          selectionText: 'Dmitri Volkov 09:12 Failover started. Customers on GitLab.com see 502s on git push.',
          pageUrl: 'https://app.slack.com/client/T0SANDBOX/C01PRODUCTION',
          editable: false,
        },
        tab,
      );
    });
    await slack.getByRole('status').getByText('Added to the incident timeline').waitFor();
    const expected = `${new Date(time!).toISOString().slice(0, 16).replace('T', ' ')} UTC — [fact] Failover started. Customers on GitLab.com see 502s on git push.`;
    await expect.poll(() => timelineOf(h.sandbox.world().docs.find((d) => d.documentId === documentId)!.text), { timeout: 20_000 }).toContain(expected);

    await slack.getByRole('button', { name: 'Dismiss the incident banner' }).click();
    expect(await slack.getByRole('region', { name: 'Active major incident' }).count()).toBe(0);
  });
});
