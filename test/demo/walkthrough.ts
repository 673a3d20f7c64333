// The demo's walk through every user flow that exists so far. Each step acts as a person would
// in the built extension against the sandbox, and leaves a screenshot. Later features add steps.
import type { Frame, Page } from 'playwright-core';
import { addEntry, typeIntoDoc } from '../e2e/flows';
import type { Harness } from '../e2e/harness';
import { incidentDocs } from '../e2e/flows';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

export interface DemoContext {
  h: Harness;
  documentId: string;
  /** pages left open by one step for the next */
  pages: Record<string, Page>;
  /** the sidebar frames of the doc pages above, by the same names */
  sidebars: Record<string, Frame>;
  incidentDocumentId?: string;
}

export interface DemoStep {
  name: string;
  run(ctx: DemoContext): Promise<void>;
}

const editor = (ctx: DemoContext) => `https://docs.google.com/document/d/${ctx.documentId}/edit`;

export const walkthrough: DemoStep[] = [
  {
    name: 'Open the toolbar popup',
    async run({ h }) {
      const popup = await h.extensionPage('src/ui/popup/index.html');
      await popup.getByTestId('worker-status').getByText('worker up since').waitFor();
      await h.screenshot(popup, '01-popup');
      await popup.close();
    },
  },
  {
    name: 'Open the settings page',
    async run({ h }) {
      const options = await h.extensionPage('src/ui/options/index.html');
      await options.getByTestId('worker-status').getByText('worker up since').waitFor();
      await h.screenshot(options, '02-options');
      await options.close();
    },
  },
  {
    name: 'Open the incident doc: the sidebar mounts',
    async run(ctx) {
      const page = await ctx.h.page(editor(ctx));
      const sidebar = await ctx.h.sidebar(page);
      await sidebar.getByRole('button', { name: 'Check document' }).waitFor();
      await ctx.h.screenshot(page, '03-doc-with-sidebar');
      ctx.pages.doc = page;
      ctx.sidebars.doc = sidebar;
    },
  },
  {
    name: 'Connect Google from the sidebar and read the doc through the Docs API',
    async run(ctx) {
      const sidebar = ctx.sidebars.doc!;
      await sidebar.getByRole('button', { name: 'Check document' }).click();
      await sidebar.getByRole('button', { name: 'Connect Google' }).click();
      await sidebar.getByTestId('doc-status').waitFor();
      await ctx.h.screenshot(ctx.pages.doc!, '04-sidebar-connected');
    },
  },
  {
    name: 'Configure the team settings and pick a role in the popup',
    async run(ctx) {
      await ctx.h.connect('slack', 'x', 'zoom');
      const popup = await ctx.h.extensionPage('src/ui/popup/index.html');
      const settings = structuredClone(DEFAULT_SETTINGS);
      settings.escalation[0] = {
        ...settings.escalation[0]!,
        name: 'Alice',
        slackUser: 'U01ALICE',
        phone: '+1 555 0100',
        pagerdutyRoutingKey: ctx.h.sandbox.tokens().pagerduty,
      };
      const saved = await popup.evaluate((s) => chrome.runtime.sendMessage({ type: 'settings/save', payload: { settings: s } }), settings);
      if (!saved?.data?.ok) throw new Error(`settings were refused: ${JSON.stringify(saved)}`);
      await popup.getByLabel('Your role').selectOption('Engineer');
      await popup.getByRole('button', { name: 'Save role' }).click();
      await popup.getByText('Escalate to declare').waitFor();
      await ctx.h.screenshot(popup, '05-popup-escalation-chain');
      ctx.pages.popup = popup;
    },
  },
  {
    name: 'Escalate: page the Production Lead with the reason',
    async run(ctx) {
      const popup = ctx.pages.popup!;
      await popup.getByLabel('What is happening').fill('GitLab.com database unavailable');
      await popup.getByLabel('Why this is a major incident').fill('Every push and page load fails with 502 since 09:12 UTC.');
      await popup.getByRole('button', { name: 'Page the Production Lead' }).click();
      await popup.locator('[data-role="Production Lead"]').getByText('Page sent').waitFor();
      await ctx.h.screenshot(popup, '06-popup-paged');
    },
  },
  {
    name: 'Declare as the Production Lead: war room, doc, share, redact, publish, tweet, marketing',
    async run(ctx) {
      const popup = ctx.pages.popup!;
      await popup.getByRole('button', { name: 'Change' }).click();
      await popup.getByLabel('Your role').selectOption('Production Lead');
      await popup.getByRole('button', { name: 'Save role' }).click();
      await popup.getByLabel('Title').fill("Jane Doe's migration took the primary database down");
      await popup.getByLabel('Why this is a major incident').fill('GitLab.com is down for every customer; Jane Doe is rolling back.');
      await popup.getByRole('button', { name: 'Declare major incident' }).click();
      await popup.waitForFunction(
        () => {
          const steps = [...document.querySelectorAll('[data-step]')];
          return steps.length === 9 && steps.every((s) => s.getAttribute('data-state') === 'done');
        },
        undefined,
        { timeout: 30_000 },
      );
      await ctx.h.screenshot(popup, '07-popup-declared');
      const { copy } = incidentDocs(ctx.h);
      if (!copy?.publishedText) throw new Error('no published public copy of the incident doc');
      if (/Jane|Doe/.test(copy.publishedText)) throw new Error('a name reached the public copy');
      const published = await ctx.h.page(copy.publishedUrl!);
      await ctx.h.screenshot(published, '08-published-doc');
      await published.close();
    },
  },
  {
    name: 'Open the new incident doc: add timeline entries, one backdated, one with a name',
    async run(ctx) {
      const doc = incidentDocs(ctx.h).working;
      const page = await ctx.h.page(`https://docs.google.com/document/d/${doc.documentId}/edit`);
      const sidebar = await ctx.h.sidebar(page);
      ctx.pages.incident = page;
      ctx.sidebars.incident = sidebar;
      ctx.incidentDocumentId = doc.documentId;
      const entries: [string, string, string?][] = [
        ['Error rate on the web fleet jumped to 40%', 'fact', new Date(Date.now() - 10 * 60_000).toISOString().slice(0, 16).replace('T', ' ')],
        ['Jane Doe saw replication lag on db2', 'finding'],
        ['disk full on the replica?', 'guess'],
        ['Failing over to db3', 'action'],
      ];
      for (const [text, kind, time] of entries) {
        await addEntry(sidebar, text, kind, time);
        // The written entry carries the pseudonym, so look for the words after the name.
        await sidebar
          .locator('.entry:not(.pending)', { hasText: text.replace('Jane Doe ', '') })
          .first()
          .waitFor({ timeout: 20_000 });
      }
      await ctx.h.screenshot(page, '09-sidebar-timeline');
    },
  },
  {
    name: 'Review the names in the doc before publishing, and redact them',
    async run(ctx) {
      const page = ctx.pages.incident!;
      const sidebar = ctx.sidebars.incident!;
      // A colleague types straight into the doc, past the sidebar.
      const NOTE = `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC — [action] Alice Archer and Bruno Brandt are rebuilding the replicas`;
      await typeIntoDoc(ctx.h, ctx.incidentDocumentId!, NOTE, true);
      await sidebar.getByRole('button', { name: 'Review names in the doc' }).click();
      await sidebar.getByRole('list', { name: 'Terms to redact' }).getByText('Alice Archer', { exact: true }).waitFor({ timeout: 20_000 });
      await sidebar.getByRole('list', { name: 'Terms to redact' }).scrollIntoViewIfNeeded();
      await ctx.h.screenshot(page, '09b-sidebar-redaction-review');
      await sidebar.getByRole('button', { name: 'Redact and republish' }).click();
      await sidebar.getByRole('status').getByText('public copy republished').waitFor({ timeout: 20_000 });
    },
  },
  {
    name: 'Redact a name from the editor by keyboard: copy it, Alt+Shift+R, paste, Enter',
    async run(ctx) {
      const page = ctx.pages.incident!;
      const sidebar = ctx.sidebars.incident!;
      await typeIntoDoc(ctx.h, ctx.incidentDocumentId!, 'Handover from Brisk to the night shift at 22:00', true);
      // The editor draws on a canvas: find the word as drawn, double-click it and copy, as a person does.
      const wordBox = () =>
        page.evaluate(() =>
          (window as unknown as { __sandboxEditor: { wordBox(w: string): { x: number; y: number; height: number } | null } }).__sandboxEditor.wordBox('Brisk'),
        );
      await page.waitForFunction(
        () => (window as unknown as { __sandboxEditor: { wordBox(w: string): unknown } }).__sandboxEditor.wordBox('Brisk'),
        undefined,
        { timeout: 15_000 },
      );
      const box = (await wordBox())!;
      await page.mouse.dblclick(box.x + 3, box.y + box.height / 2);
      await page.keyboard.press('Control+C');
      // The shortcut's command, as Chrome would deliver it.
      await ctx.h.worker.evaluate(() => (chrome.commands.onCommand as unknown as { dispatch(command: string): void }).dispatch('redact-copied'));
      await sidebar.waitForFunction(() => document.activeElement?.id === 'id-redact');
      await page.keyboard.press('Control+V');
      await sidebar.getByTestId('redact-occurrences').getByText('1 occurrence in the doc will be replaced').waitFor({ timeout: 15_000 });
      await ctx.h.screenshot(page, '09c-editor-redact-by-keyboard');
      await page.keyboard.press('Enter');
      await page.getByRole('status').getByText('Redacted everywhere in the doc: 1 occurrence changed').waitFor({ timeout: 20_000 });
    },
  },
  {
    name: 'Marketing records customer impact and announces it',
    async run(ctx) {
      const sidebar = ctx.sidebars.incident!;
      const gitlab = sidebar.locator('[data-segment="GitLab.com"]');
      await gitlab.getByLabel('Status').selectOption('major outage');
      await gitlab.getByLabel('Affected customers').fill('all users: writes fail');
      await sidebar.locator('[data-segment="GitHost"]').getByLabel('Status').selectOption('degraded');
      await sidebar.locator('[data-segment="on-premises"]').getByLabel('Status').selectOption('operational');
      await sidebar.getByRole('button', { name: 'Save and announce' }).click();
      await sidebar.getByRole('status').getByText('announced in the marketing channel').waitFor({ timeout: 20_000 });
      await sidebar.locator('[data-segment="GitHost"]').scrollIntoViewIfNeeded();
      await ctx.h.screenshot(ctx.pages.incident!, '10-sidebar-impact');
    },
  },
  {
    name: 'Marketing confirms the war room goes live',
    async run(ctx) {
      const sidebar = ctx.sidebars.incident!;
      await sidebar.getByRole('button', { name: 'Confirm live' }).click();
      await sidebar.getByRole('status').getByText('Recorded: the war room is live.').waitFor({ timeout: 20_000 });
    },
  },
  {
    name: 'See the incident in Slack and add a message to the timeline',
    async run(ctx) {
      const slack = await ctx.h.page('https://app.slack.com/client/T0SANDBOX/C01PRODUCTION');
      await slack.getByRole('region', { name: 'Active major incident' }).waitFor();
      const message = slack.locator('[data-qa="message_container"]', { hasText: 'Failover started' });
      await message.locator('[data-qa="message-text"]').click({ button: 'right' });
      await ctx.h.worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        await (chrome.contextMenus.onClicked as unknown as { dispatch(info: unknown, tab: unknown): void }).dispatch(
          {
            menuItemId: 'add-selection-to-timeline',
            selectionText: 'Failover started. Customers on GitLab.com see 502s on git push.',
            pageUrl: 'https://app.slack.com/client/T0SANDBOX/C01PRODUCTION',
            editable: false,
          },
          tab,
        );
      });
      await slack.getByRole('status').getByText('Added to the incident timeline').waitFor();
      await ctx.h.screenshot(slack, '11-slack-banner-and-toast');
      await slack.close();
    },
  },
  {
    name: 'Resolve: final entry, last scan, Slack, reply tweet and the outage issue',
    async run(ctx) {
      await ctx.h.connect('gitlab');
      const popup = ctx.pages.popup!;
      await popup.reload();
      await popup.getByLabel('One-line summary').fill('Replicas rebuilt from the snapshot; writes succeed again');
      await popup.getByLabel('yes', { exact: true }).check();
      await popup.getByRole('button', { name: 'Resolve incident' }).click();
      await popup.waitForFunction(() => document.querySelector('[data-step="export"]')?.getAttribute('data-state') === 'done', undefined, { timeout: 30_000 });
      await ctx.h.screenshot(popup, '12-popup-resolved');
      const issue = ctx.h.sandbox.world().issues[0];
      if (!issue?.labels.includes('outage')) throw new Error('no outage issue');
      const page = await ctx.h.page(issue.web_url);
      await ctx.h.screenshot(page, '13-outage-issue');
      await page.close();
    },
  },
  {
    name: 'Look at the outside world',
    async run(ctx) {
      const world = await ctx.h.page(ctx.h.sandbox.controlUrl);
      await ctx.h.screenshot(world, '99-outside-world');
      await world.close();
    },
  },
];
