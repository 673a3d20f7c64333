// Writes src/storage/fixtures/unversioned-active-incident.json: chrome.storage.local exactly as the
// built extension left it after declaring an incident whose tweet and Slack posts are still
// pending (X and Slack answer 503 with a long Retry-After), for the storage migrations' tests.
// Run against a build of the version whose shape is wanted:
//   npm run build && flock /tmp/browser.lock npx tsx test/tools/capture-storage-fixture.ts
// Secrets are not in storage.local (tokens live in the vault); the sandbox's PagerDuty routing key
// that the team settings carry is blanked all the same.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startHarness } from '../e2e/harness';
import { teamSettings } from '../e2e/flows';

const OUT = resolve(import.meta.dirname, '../../src/storage/fixtures/unversioned-active-incident.json');

const h = await startHarness();
try {
  await h.resetExtension();
  await h.connect('google', 'slack', 'x', 'zoom');
  h.sandbox.fault({ host: 'api.x.com', method: 'POST', path: '/2/tweets', status: 503, retryAfter: 3600 });
  h.sandbox.fault({ host: 'slack.com', method: 'POST', path: '/api/chat.postMessage', status: 503, retryAfter: 3600, count: 2 });
  const page = await h.extensionPage('src/ui/popup/index.html');
  const call = (type: string, payload: unknown) => page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);
  await call('settings/save', { settings: teamSettings(h) });
  await call('profile/set', { role: 'Production Lead' });
  await call('incident/declare', { title: 'Database replica lag', why: 'GitLab.com is down for every customer.' });
  const deadline = Date.now() + 30_000;
  for (;;) {
    const outbox = ((await h.storage())['outbox'] ?? []) as { name: string; state: string }[];
    const pending = outbox.filter((s) => ['tweet', 'marketing', 'devrel'].includes(s.name) && s.state === 'retrying');
    const rest = outbox.filter((s) => !['tweet', 'marketing', 'devrel'].includes(s.name));
    if (pending.length === 3 && rest.every((s) => s.state === 'done')) break;
    if (Date.now() > deadline) throw new Error(`the outbox did not settle: ${JSON.stringify(outbox.map((s) => [s.name, s.state]))}`);
    await page.waitForTimeout(200);
  }
  const stored = await h.storage();
  const settings = stored['settings'] as { escalation: { pagerdutyRoutingKey: string }[] };
  for (const person of settings.escalation) person.pagerdutyRoutingKey = '';
  writeFileSync(OUT, `${JSON.stringify(stored, null, 2)}\n`);
  console.log(`wrote ${OUT} (${Object.keys(stored).join(', ')})`);
} finally {
  await h.shutdown();
}
