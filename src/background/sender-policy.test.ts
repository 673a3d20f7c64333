import { describe, expect, it } from 'vitest';
import { refusal } from './sender-policy';

const ID = 'abcdefghijklmnop';
const docTab = { id: ID, url: 'https://docs.google.com/document/d/doc-incident-1/edit' };
const otherDocTab = { id: ID, url: 'https://docs.google.com/document/d/some-other-doc/edit' };
const slackTab = { id: ID, url: 'https://app.slack.com/client/T1/C1' };
const popup = { id: ID, url: `chrome-extension://${ID}/src/ui/popup/index.html` };
const docs = async (incidentId: string) => (incidentId === 'inc-20261127-1402-k3f9' ? 'doc-incident-1' : undefined);
const check = (type: Parameters<typeof refusal>[0], payload: unknown, sender: { id: string; url: string }) => refusal(type, payload, sender, ID, docs);

describe('who may send what', () => {
  it('lets the popup and settings pages send anything', async () => {
    expect(await check('settings/save', { settings: {} }, popup)).toBeUndefined();
    expect(await check('connections/token', { service: 'gitlab', token: 'x' }, popup)).toBeUndefined();
  });

  it('keeps settings, tokens, roles and declaring out of reach of a page', async () => {
    for (const type of ['settings/save', 'settings/get', 'connections/token', 'connections/webhook', 'connections/disconnect', 'profile/set', 'incident/declare', 'incident/get'] as const) {
      expect(await check(type, {}, docTab), type).toMatch(/only be sent from the Incident Desk popup/);
    }
  });

  it('lets a doc tab act on its own doc and incident only', async () => {
    expect(await check('sidebar/get', { documentId: 'doc-incident-1' }, docTab)).toBeUndefined();
    expect(await check('timeline/add', { incidentId: 'inc-20261127-1402-k3f9' }, docTab)).toBeUndefined();
    expect(await check('sidebar/get', { documentId: 'doc-incident-1' }, otherDocTab)).toBe('A doc tab may only act on its own document.');
    expect(await check('timeline/add', { incidentId: 'inc-20261127-1402-k3f9' }, otherDocTab)).toBe('A doc tab may only act on its own incident.');
  });

  it('gives Slack the banner and nothing else', async () => {
    expect(await check('incident/banner', {}, slackTab)).toBeUndefined();
    expect(await check('timeline/add', { incidentId: 'inc-20261127-1402-k3f9' }, slackTab)).toMatch(/cannot be sent from Slack/);
  });

  it('refuses a sender without a page', async () => {
    expect(await check('ping', {}, { id: ID, url: '' })).toMatch(/only from Incident Desk pages/);
  });
});
