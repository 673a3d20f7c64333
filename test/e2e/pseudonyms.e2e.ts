// One pseudonym map per incident, shared by its responders: Alice declared the incident in her
// browser, Bob joined it from the doc in his, each signed in to Google as themselves. Names they
// type at the same moment get different pseudonyms, a name one of them typed keeps its pseudonym in
// the other's browser, and the public copy says what the working doc says.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { parseEntryName } from '../../src/core/pseudonym-map';
import { startHarness, type Harness } from './harness';
import { addEntry, declaredIncident, publicText, syncPublicCopyNow, timelineOf } from './flows';

let h: Harness;
let other: Harness;
let incident: { incidentId: string; documentId: string };
let alice: Frame;
let bob: Frame;

const working = () => h.sandbox.world().docs.find((d) => d.documentId === incident.documentId)!;
const published = () => publicText(h, incident.documentId);
const pseudonymOn = (lines: string[], deed: string) => {
  const line = lines.find((l) => l.includes(deed));
  return line ? (/\] (Engineer \d+) /.exec(line)?.[1] ?? `no pseudonym in "${line}"`) : undefined;
};

beforeAll(async () => {
  h = await startHarness();
  incident = await declaredIncident(h, 'Replica lag on the primary cluster');
  alice = await h.sidebar(await h.page(`https://docs.google.com/document/d/${incident.documentId}/edit`));
  await alice.getByRole('heading', { name: 'Timeline' }).waitFor();
  other = await startHarness({ sandbox: h.sandbox, googleUser: 'bob@example.com' });
  await other.connect('google');
  bob = await other.sidebar(await other.page(`https://docs.google.com/document/d/${incident.documentId}/edit`));
  await bob.getByRole('button', { name: 'Join this incident' }).click();
  await bob.getByRole('heading', { name: 'Timeline' }).waitFor();
});
afterAll(async () => {
  await other?.shutdown();
  await h?.shutdown();
});

it('gives two people named at the same moment in two browsers two pseudonyms, kept in one map in the working doc', async () => {
  const today = new Date().toISOString().slice(0, 10);
  await Promise.all([
    addEntry(alice, 'Yusuf Okonkwo restarted the pooler', 'action', `${today} 00:02`),
    addEntry(bob, 'Priya Raman drained the queue', 'action', `${today} 00:03`),
  ]);
  await expect
    .poll(
      () => [pseudonymOn(timelineOf(working().text), 'restarted the pooler'), pseudonymOn(timelineOf(working().text), 'drained the queue')].every(Boolean),
      { timeout: 30_000 },
    )
    .toBe(true);
  const lines = timelineOf(working().text);
  const yusuf = pseudonymOn(lines, 'restarted the pooler')!;
  const priya = pseudonymOn(lines, 'drained the queue')!;
  expect(yusuf).toMatch(/^Engineer \d+$/);
  expect(priya).toMatch(/^Engineer \d+$/);
  expect(yusuf).not.toBe(priya);
  expect(working().text).not.toMatch(/Yusuf|Okonkwo|Priya|Raman/);
  // The map is the working doc's named ranges, written by both browsers.
  const entries = working()
    .namedRanges.map((r) => parseEntryName(r.name))
    .filter((a) => a !== undefined);
  expect(entries).toEqual(
    expect.arrayContaining([
      { key: 'yusuf okonkwo', pseudonym: yusuf },
      { key: 'priya raman', pseudonym: priya },
    ]),
  );
  const byPseudonym = new Map<string, Set<string>>();
  for (const e of entries) byPseudonym.set(e.pseudonym, new Set([...(byPseudonym.get(e.pseudonym) ?? []), e.key]));
  expect(byPseudonym.get(yusuf)).toEqual(new Set(['yusuf okonkwo']));
  expect(byPseudonym.get(priya)).toEqual(new Set(['priya raman']));

  // Bob names Yusuf, whom only Alice's browser has seen: the same pseudonym.
  await addEntry(bob, 'Yusuf Okonkwo confirmed the fix', 'fact', `${today} 00:04`);
  await expect.poll(() => pseudonymOn(timelineOf(working().text), 'confirmed the fix'), { timeout: 30_000 }).toBe(yusuf);

  // The public copy, written by Alice's browser alone, uses the same pseudonyms, and holds no map.
  await syncPublicCopyNow(h);
  await expect.poll(() => pseudonymOn(timelineOf(published()), 'confirmed the fix'), { timeout: 30_000 }).toBe(yusuf);
  const publicLines = timelineOf(published());
  expect(pseudonymOn(publicLines, 'restarted the pooler')).toBe(yusuf);
  expect(pseudonymOn(publicLines, 'drained the queue')).toBe(priya);
  expect(published()).not.toMatch(/Yusuf|Okonkwo|Priya|Raman/);
  const copy = h.sandbox.world().docs.find((d) => d.publishedUrl && d.documentId !== incident.documentId)!;
  expect(copy.namedRanges).toEqual([]);
  expect(working().publishedUrl).toBeUndefined();
});
