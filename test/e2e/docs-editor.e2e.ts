// The sidebar and "Redact selection" on the Docs editor as it really is: the document drawn on a
// canvas with the page's own right-click menu, the sidebar an extension frame the page cannot
// reach, and the document's text never under the sidebar.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';
import { addEntry, declaredIncident, incidentDocs, typeIntoDoc } from './flows';

let h: Harness;
let incident: { incidentId: string; documentId: string };
let page: Page;
let sb: Frame;

const TITLE = 'Replica lag on db2';
const docOf = () => h.sandbox.world().docs.find((d) => d.documentId === incident.documentId)!;
/** What the public sees: the incident's public copy. */
const copyOf = () => incidentDocs(h, incident.documentId).copy!;
/** The editor redraws its pages after a resize: measure the first page once it is drawn again. */
async function drawnPageBox(): Promise<{ x: number; y: number; width: number; height: number }> {
  let box: { x: number; y: number; width: number; height: number } | null = null;
  await expect
    .poll(
      async () =>
        (box = await page
          .locator('.kix-page-paginated')
          .first()
          .boundingBox()
          .catch(() => null)) !== null,
    )
    .toBe(true);
  return box!;
}
const editorUrl = () => `https://docs.google.com/document/d/${incident.documentId}/edit`;

/** What a person's menu click in `on` hands the worker; native menus cannot be clicked from a test. */
async function menuClick(on: Page, info: Record<string, unknown>) {
  await on.bringToFront();
  await h.worker.evaluate(async (i) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    await (chrome.contextMenus.onClicked as unknown as { dispatch(info: unknown, tab: unknown): void }).dispatch({ editable: false, ...i }, tab);
  }, info);
}

/** Selects the first occurrence of `text` under `scope` as a drag would, and returns what the browser sees selected. */
function selectText(target: Page | Frame, scope: string, text: string): Promise<string> {
  return target.evaluate(
    ([s, t]) => {
      const walker = document.createTreeWalker(document.querySelector(s)!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(t);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + t.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return getSelection()!.toString();
      }
      return '';
    },
    [scope, text] as const,
  );
}

beforeAll(async () => {
  h = await startHarness();
  incident = await declaredIncident(h, TITLE);
  page = await h.page(editorUrl());
  sb = await h.sidebar(page);
  await sb.getByRole('heading', { name: 'Timeline' }).waitFor();
});
afterAll(async () => {
  await h?.shutdown();
});

describe('the sandbox editor behaves like the real one', () => {
  it('draws the document on a canvas, keeps selections to itself and shows its own right-click menu', async () => {
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __sandboxEditor: { wordBox(w: string): unknown } }).__sandboxEditor.wordBox('Timeline')))
      .not.toBeNull();
    expect(await page.locator('.kix-page-paginated canvas.kix-canvas-tile-content').count()).toBeGreaterThan(0);
    expect(await page.locator('.kix-appview-editor').innerText()).toBe('');
    const box = (await page.evaluate(() =>
      (window as unknown as { __sandboxEditor: { wordBox(w: string): { x: number; y: number; height: number } } }).__sandboxEditor.wordBox('Timeline'),
    ))!;
    await page.mouse.dblclick(box.x + 4, box.y + box.height / 2);
    await page.locator('.kix-selection-overlay').first().waitFor();
    expect(await page.evaluate(() => getSelection()?.toString())).toBe('');
    await page.mouse.click(box.x + 4, box.y + box.height / 2, { button: 'right' });
    await page.getByRole('menu').getByRole('menuitem', { name: 'Suggest edits' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('menu').isVisible()).toBe(false);
  });
});

describe('the sidebar is out of the page scripts’ reach', () => {
  it('is an extension page in a closed shadow root: the page can neither read it nor click it', async () => {
    expect(await sb.evaluate(() => location.origin)).toBe(`chrome-extension://${h.extensionId}`);
    await sb.getByTestId('acting-on').getByText(TITLE).waitFor();
    const seen = await page.evaluate(() => {
      const host = document.querySelector('incident-desk-sidebar');
      // Everything the page can walk: its DOM, open shadow roots, and its frames.
      const texts: string[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.shadowRoot) walk(el.shadowRoot);
          if (el instanceof HTMLIFrameElement) texts.push(el.src);
        }
        texts.push((root as Document).body?.innerText ?? (root as ShadowRoot).textContent ?? '');
      };
      walk(document);
      const frames: string[] = [];
      for (let i = 0; i < window.frames.length; i++) {
        try {
          frames.push(window.frames[i]!.document.body?.innerText ?? '');
        } catch {
          frames.push('unreadable');
        }
      }
      return { hasHost: Boolean(host), shadowRoot: host?.shadowRoot ?? null, all: texts.join('\n'), frames };
    });
    expect(seen.hasHost).toBe(true);
    expect(seen.shadowRoot).toBeNull();
    expect(seen.all).not.toContain('Timeline entries');
    expect(seen.all).not.toContain('chrome-extension://');
    for (const text of seen.frames) expect(text).not.toMatch(/Incident Desk|War room|Save and announce/);

    // The page clicks where the "Save and announce" button is drawn: nothing reaches the sidebar.
    await sb.getByRole('button', { name: 'Save and announce' }).scrollIntoViewIfNeeded();
    const button = (await sb.getByRole('button', { name: 'Save and announce' }).boundingBox())!;
    const frameBox = (await (await sb.frameElement()).boundingBox())!;
    const before = h.sandbox.world().slack.length;
    const hit = await page.evaluate(
      ([x, y]) => {
        const target = document.elementFromPoint(x, y)!;
        for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
          target.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y }));
        // …and poses as the sidebar asking the page to collapse it.
        window.postMessage({ incidentDesk: 'layout', collapsed: true }, '*');
        return target.tagName.toLowerCase();
      },
      [button.x + button.width / 2, button.y + button.height / 2] as const,
    );
    expect(hit).toBe('incident-desk-sidebar');
    await page.waitForTimeout(1500);
    expect(h.sandbox.world().slack.length).toBe(before);
    expect((await (await sb.frameElement()).boundingBox())!.width).toBe(frameBox.width);
  });

  it('binds the sidebar to the doc of its tab and gives it no popup rights', async () => {
    const replies = await sb.evaluate(async () => [
      await chrome.runtime.sendMessage({ type: 'settings/get', payload: {} }),
      await chrome.runtime.sendMessage({ type: 'sidebar/get', payload: { documentId: 'some-other-doc-1234' } }),
      await chrome.runtime.sendMessage({ type: 'incident/declare', payload: { title: 'x', why: 'y' } }),
    ]);
    expect(replies.map((r) => r.ok)).toEqual([false, false, false]);
    expect(replies[1].error.message).toBe('The sidebar may only act on the document it is in.');
  });
});

describe('Redact selection where a selection exists', () => {
  it('in the editor, by keyboard: copy the name, Alt+Shift+R, paste, see the occurrences, Enter', async () => {
    await typeIntoDoc(h, incident.documentId, 'db3 promoted by postgres-bot, as postgres-bot was on call', true);
    const wordBox = () =>
      page.evaluate(() =>
        (window as unknown as { __sandboxEditor: { wordBox(w: string): { x: number; y: number; height: number } | null } }).__sandboxEditor.wordBox(
          'postgres-bot',
        ),
      );
    await expect.poll(wordBox).not.toBeNull();
    const box = (await wordBox())!;
    await page.mouse.dblclick(box.x + 4, box.y + box.height / 2);
    await page.keyboard.press('Control+C');

    await h.worker.evaluate(() => (chrome.commands.onCommand as unknown as { dispatch(command: string): void }).dispatch('redact-copied'));
    await expect.poll(() => sb.evaluate(() => document.hasFocus() && document.activeElement?.id)).toBe('id-redact');
    await page.keyboard.press('Control+V');
    expect(await sb.getByLabel('Text to redact').inputValue()).toBe('postgres-bot');
    const shown = sb.getByTestId('redact-occurrences');
    await shown.getByText('2 occurrences in the doc will be replaced').waitFor();
    expect(await shown.textContent()).toContain('db3 promoted by postgres-bot');
    await h.screenshot(page, 'docs-editor-redact-field');
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('Redacted everywhere in the doc: 2 occurrences changed').waitFor({ timeout: 15_000 });
    expect(docOf().text).not.toContain('postgres-bot');
    await expect.poll(() => copyOf().publishedText?.includes('postgres-bot')).toBe(false);
  });

  it('on the published page', async () => {
    await addEntry(sb, 'failover approved by ops-robot-7', 'action');
    await expect.poll(() => copyOf().publishedText?.includes('ops-robot-7'), { timeout: 20_000 }).toBe(true);
    const published = await h.page(copyOf().publishedUrl!);
    const selected = await selectText(published, '#contents', 'ops-robot-7');
    expect(selected).toBe('ops-robot-7');
    await menuClick(published, { menuItemId: 'redact-selection', selectionText: selected, pageUrl: published.url() });
    await published.getByRole('status').getByText('Redacted everywhere in the doc: 1 occurrence changed').waitFor({ timeout: 15_000 });
    expect(docOf().text).not.toContain('ops-robot-7');
    await expect.poll(() => copyOf().publishedText?.includes('ops-robot-7'), { timeout: 15_000 }).toBe(false);
    await published.close();
  });

  it('in the sidebar: the read-only text of the doc', async () => {
    // A name the detector misses (a nickname), typed straight into the doc by a colleague.
    await typeIntoDoc(h, incident.documentId, 'handover to Brisk at noon', true);
    await sb.getByText("The doc's text").click();
    await sb.getByLabel("The doc's text (read-only)").getByText('handover to Brisk at noon').waitFor({ timeout: 15_000 });
    const selected = await selectText(sb, '.doc-text-body', 'Brisk');
    expect(selected).toBe('Brisk');
    await menuClick(page, { menuItemId: 'redact-selection', selectionText: selected, pageUrl: page.url(), frameUrl: sb.url() });
    await page.getByRole('status').getByText('Redacted everywhere in the doc: 1 occurrence changed').waitFor({ timeout: 15_000 });
    expect(docOf().text).not.toContain('Brisk');
    await expect.poll(() => sb.getByLabel("The doc's text (read-only)").textContent(), { timeout: 15_000 }).not.toContain('Brisk');
  });

  it('in Slack: the name of a message’s author', async () => {
    await typeIntoDoc(h, incident.documentId, 'Dmitri Volkov started the failover', true);
    await expect.poll(() => docOf().text.includes('Dmitri Volkov started')).toBe(true);
    const slack = await h.page('https://app.slack.com/client/T0SANDBOX/C01PRODUCTION');
    const selected = await selectText(slack, '[data-qa="message_sender_name"]', 'Dmitri Volkov');
    expect(selected).toBe('Dmitri Volkov');
    await menuClick(slack, { menuItemId: 'redact-selection', selectionText: selected, pageUrl: slack.url() });
    await slack
      .getByRole('status')
      .getByText(/Redacted everywhere in the doc: \d+ occurrences? changed/)
      .waitFor({ timeout: 15_000 });
    expect(docOf().text).not.toContain('Dmitri Volkov');
    await slack.close();
  });
});

describe('the document’s text stays uncovered', () => {
  for (const width of [1280, 1440, 1920]) {
    it(`at ${width} px the sidebar docks beside the page`, async () => {
      await page.bringToFront();
      await page.setViewportSize({ width, height: 900 });
      await expect.poll(async () => (await (await sb.frameElement()).boundingBox())?.width).toBe(320);
      const frame = (await (await sb.frameElement()).boundingBox())!;
      const pageBox = await drawnPageBox();
      // The page's text runs between its 1-inch margins; the page itself stays clear too.
      expect(frame.x).toBeGreaterThanOrEqual(pageBox.x + pageBox.width);
      expect(pageBox.x).toBeGreaterThan(0);
      const companion = (await page.locator('.docs-companion-app-switcher-container').boundingBox())!;
      expect(frame.x + frame.width).toBeLessThanOrEqual(companion.x + 1);
      await h.screenshot(page, `docs-editor-${width}`);
    });
  }

  it('collapses to a handle when the window is too narrow for both, and opens from the shortcut', async () => {
    await page.setViewportSize({ width: 1024, height: 800 });
    await expect.poll(async () => (await (await sb.frameElement()).boundingBox())?.width).toBe(40);
    const handle = (await (await sb.frameElement()).boundingBox())!;
    const pageBox = await drawnPageBox();
    expect(handle.x).toBeGreaterThanOrEqual(pageBox.x + pageBox.width);
    await sb.getByRole('button', { name: 'Open Incident Desk' }).waitFor();
    await h.screenshot(page, 'docs-editor-1024-handle');
    await h.worker.evaluate(() => (chrome.commands.onCommand as unknown as { dispatch(command: string): void }).dispatch('focus-timeline'));
    await expect.poll(async () => (await (await sb.frameElement()).boundingBox())?.width).toBe(320);
    await page.setViewportSize({ width: 1400, height: 900 });
  });

  it('widens from the keyboard on its edge, and the page moves over to stay clear', async () => {
    await sb.getByRole('separator', { name: /Resize Incident Desk/ }).press('ArrowLeft');
    await sb.getByRole('separator', { name: /Resize Incident Desk/ }).press('ArrowLeft');
    await expect.poll(async () => (await (await sb.frameElement()).boundingBox())?.width).toBe(360);
    const frame = (await (await sb.frameElement()).boundingBox())!;
    const pageBox = await drawnPageBox();
    expect(frame.x).toBeGreaterThanOrEqual(pageBox.x + pageBox.width);
  });
});
