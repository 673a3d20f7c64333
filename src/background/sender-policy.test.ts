import { describe, expect, it } from 'vitest';
import { refusal } from './sender-policy';

const ID = 'abcdefghijklmnop';
const DOC = 'https://docs.google.com/document/d/doc-incident-1/edit';
const docs = async (incidentId: string) => (incidentId === 'inc-20261127-1402-k3f9' ? 'doc-incident-1' : undefined);
// What runtime.getURL('') returns: Chrome's page URLs carry the extension id, Firefox's a random
// per-install uuid that is not the add-on id (sender.id still is).
const BROWSERS = [
  ['Chrome', `chrome-extension://${ID}/`],
  ['Firefox', 'moz-extension://6f2d1c4e-8a1b-4c3d-9e5f-0a1b2c3d4e5f/'],
] as const;

describe.each(BROWSERS)('who may send what on %s', (_browser, BASE) => {
  const docTab = { id: ID, url: DOC, tab: { id: 3, url: DOC } };
  const slackTab = { id: ID, url: 'https://app.slack.com/client/T1/C1' };
  const popup = { id: ID, url: `${BASE}src/ui/popup/index.html` };
  const popupInTab = { ...popup, tab: { id: 4, url: popup.url } };
  const sidebarIn = (tabUrl: string) => ({ id: ID, url: `${BASE}src/ui/sidebar/index.html?doc=doc-incident-1`, tab: { id: 3, url: tabUrl } });
  const sidebar = sidebarIn(DOC);
  const check = (type: Parameters<typeof refusal>[0], payload: unknown, sender: Parameters<typeof refusal>[2]) => refusal(type, payload, sender, BASE, docs);

  it("trusts only its own base URL, not a page URL shaped like another browser's", async () => {
    for (const url of [
      `chrome-extension://${ID}/src/ui/popup/index.html`,
      `moz-extension://${ID}/src/ui/popup/index.html`,
      'moz-extension://00000000-0000-4000-8000-000000000000/src/ui/popup/index.html',
    ]) {
      if (url.startsWith(BASE)) continue;
      expect(await check('settings/save', { settings: {} }, { id: ID, url })).toMatch(/only be sent from the Incident Desk popup/);
    }
  });

  it('lets the popup and settings pages send anything, as a popup or in a tab of their own', async () => {
    for (const page of [popup, popupInTab]) {
      expect(await check('settings/save', { settings: {} }, page)).toBeUndefined();
      expect(await check('connections/token', { service: 'gitlab', token: 'x' }, page)).toBeUndefined();
    }
  });

  it('keeps settings, tokens, roles and declaring out of reach of the sidebar', async () => {
    for (const type of [
      'settings/save',
      'settings/get',
      'connections/token',
      'connections/webhook',
      'connections/disconnect',
      'profile/set',
      'incident/declare',
      'incident/get',
    ] as const) {
      expect(await check(type, {}, sidebar), type).toMatch(/only be sent from the Incident Desk popup/);
    }
  });

  it('binds the sidebar to the doc of the tab it is framed in, whatever doc it names', async () => {
    expect(await check('sidebar/get', { documentId: 'doc-incident-1' }, sidebar)).toBeUndefined();
    expect(await check('timeline/add', { incidentId: 'inc-20261127-1402-k3f9' }, sidebar)).toBeUndefined();
    expect(await check('redaction/term', { incidentId: 'inc-20261127-1402-k3f9', term: 'x' }, sidebar)).toBeUndefined();
    const elsewhere = sidebarIn('https://docs.google.com/document/d/some-other-doc/edit');
    expect(await check('sidebar/get', { documentId: 'doc-incident-1' }, elsewhere)).toBe('The sidebar may only act on the document it is in.');
    expect(await check('timeline/add', { incidentId: 'inc-20261127-1402-k3f9' }, elsewhere)).toBe(
      'The sidebar may only act on the incident of the document it is in.',
    );
  });

  it('gives the sidebar page nothing outside a doc, opened as a tab or framed into another page', async () => {
    const alone = { ...sidebar, tab: { id: 5, url: sidebar.url } };
    expect(await check('sidebar/get', { documentId: 'doc-incident-1' }, alone)).toMatch(/only inside a Google Docs document/);
    expect(await check('sidebar/get', { documentId: 'doc-incident-1' }, sidebarIn('https://evil.example/'))).toMatch(/only inside a Google Docs document/);
    const framedPopup = { ...popup, tab: { id: 6, url: DOC } };
    expect(await check('settings/get', {}, framedPopup)).toMatch(/Only the Incident Desk sidebar may be framed/);
  });

  it('lets the Docs content script itself act on nothing', async () => {
    expect(await check('ping', {}, docTab)).toBeUndefined();
    for (const type of ['sidebar/get', 'timeline/add', 'redaction/term', 'connections/connect'] as const) {
      expect(await check(type, { documentId: 'doc-incident-1', incidentId: 'inc-20261127-1402-k3f9' }, docTab), type).toMatch(
        /only be sent from the Incident Desk sidebar/,
      );
    }
  });

  it('gives Slack the banner and nothing else', async () => {
    expect(await check('incident/banner', {}, slackTab)).toBeUndefined();
    expect(await check('timeline/add', { incidentId: 'inc-20261127-1402-k3f9' }, slackTab)).toMatch(/cannot be sent from Slack/);
  });

  it('refuses a sender without a page', async () => {
    expect(await check('ping', {}, { id: ID, url: '' })).toMatch(/only from Incident Desk pages/);
  });
});
