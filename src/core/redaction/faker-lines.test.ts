import { allFakers } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import { findFindings } from './index';

// Lone given names, lone surnames, full names and handles made from them, of twenty locales
// (Japanese, Korean and Chinese among them: scripts without capitals), in the sentences of a
// postmortem narrative and in the lines of chat logs and timelines.
const LOCALES = [
  'en',
  'de',
  'fr',
  'pl',
  'es',
  'it',
  'nl',
  'pt_BR',
  'tr',
  'ru',
  'ja',
  'ko',
  'zh_CN',
  'vi',
  'en_IN',
  'yo_NG',
  'sv',
  'fi',
  'cs_CZ',
  'uk',
  'ar',
  'he',
  'el',
] as const;
const SHAPES = [
  '{N} enlisted help from the AWS RDS team.',
  'Diagnosis proved difficult, so {N} proposed a new table.',
  '{N} paused ingestion and resumed it later.',
  'After talking to {N}, we rolled back.',
  'The fix from {N} went out at noon.',
  'On Tuesday {N} noticed the lag.',
  'We thank {N} and {M} for the quick work.',
  '{N}, who was on call, escalated to the database team.',
  'It was {N} who spotted the bad config.',
  '{N} led the retro; {M} took notes.',
  'Later, {N} confirmed the backups were fine.',
  'Working with {M}, {N} drained the node.',
  'According to {N}, the alert had fired twice.',
  'The runbook by {N} was out of date.',
  '{N}’s patch fixed the leak.',
  'In the end {N} restarted the primary.',
];

// Where postmortems put people: roles, appositives, teams, thanks.
const ROLES = [
  '{N} (SRE) paused the workers.',
  '{N}, our DBRE, took the first look.',
  'The on-call engineer, {N}, escalated at 03:10.',
  '{N} from the database team joined.',
  'With help from {N}, we found the leak.',
  '{N} and I rotated the keys.',
  '{N} was the incident commander.',
  '{N} took over as IC.',
  'Engineers {N} and {M} paired on the fix.',
  'SRE {N} drained the node.',
  'Our colleague {N} wrote the script.',
  'Kudos to {N} for the quick work.',
  '{N} worked through the night.',
  '{N} joined the call at 03:10.',
  'The spike was noticed by {N}.',
  'Once {N} had confirmed the fix, we reopened traffic.',
  'When {N} tried to fail over, the replica refused.',
  'Until {N} realised the cause, we were guessing.',
  '{N} suggested we pause the queue.',
  '{N} reached out to AWS support.',
  'We asked {N} to check the backups.',
  '{N} on the database team confirmed it.',
  '{N} ran the migration again.',
  'Shout-out to {N}!',
  '{N} got paged at 02:00.',
  'As {N} noted, the graphs lied.',
  '{N} is our DBRE.',
];

const CHAT = [
  '{N}  9:15 AM',
  '{N}: on it',
  '<{N}> restarted the job',
  '@{N} can you look?',
  'thanks {N}!',
  '{N} [10:01 AM] rolling back',
  'cc {N}',
  'ok {N}, merging',
  '{N} joined the channel',
  '10:02 UTC — {N} acknowledges the page',
  '10:05 {N} restarts the primary',
  '- 10:07 {N} rolled back the deploy',
  '10:10 UTC: {N} and {M} confirm recovery',
  '**10:12** {N} declares the incident',
  '10:15 — paged {N}',
  '{N} is looking into it',
  'I think {N} knows',
  'assigned to {N}',
  '{N}: can you check the graphs?',
  '10:20 {N} hands over to {M}',
];

const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}]/gu, '')
    .toLowerCase();

type Who = (f: (typeof allFakers)['en'], i: number) => string;

function outcomes(shapes: string[], seed: number, who: Who): { found: number; held: number; left: string[]; total: number } {
  let found = 0;
  let held = 0;
  const left: string[] = [];
  LOCALES.forEach((locale, li) => {
    const f = allFakers[locale];
    f.seed(seed + li);
    for (let i = 0; i < 40; i++) {
      const alone = who(f, i);
      const other = f.person.firstName();
      const shape = shapes[(i + li) % shapes.length] ?? '';
      const text = shape.replace('{N}', alone).replace('{M}', other);
      const { spans, doubts } = findFindings(text);
      for (const name of shape.includes('{M}') ? [alone, other] : [alone]) {
        const start = text.indexOf(name);
        const covered = (by: { start: number; end: number }[]) =>
          [...name].every((ch, k) => !/\p{L}/u.test(ch) || by.some((s) => s.start <= start + k && start + k < s.end));
        if (covered(spans)) found++;
        else if (covered([...spans, ...doubts])) held++;
        else left.push(text);
      }
    }
  });
  return { found, held, left, total: found + held + left.length };
}

const names: Who = (f, i) => (i % 3 === 0 ? f.person.firstName() : i % 3 === 1 ? f.person.lastName() : `${f.person.firstName()} ${f.person.lastName()}`);
// Handles as people make them: "jdoe", "jane.doe", "jane_d", "jane7", or the name as written.
const handles: Who = (f, i) => {
  const [g, l] = [f.person.firstName(), f.person.lastName()];
  const [ga, la] = [ascii(g), ascii(l)];
  const forms = [g, `${g} ${l}`, `${ga[0] ?? ''}${la}`, `${ga}.${la}`, `${ga}_${la[0] ?? ''}`, `${ga}${i}`];
  return (ga === '' ? g : forms[i % forms.length]) ?? g;
};

// What is left is products and acronyms that are also names (Schneider, Wal) and handles that are words or tools (aurora, hugo).
describe.each([
  ['names of many locales in narrative sentences', SHAPES, 100, names],
  ['names of many locales where postmortems put people', ROLES, 300, names],
  ['names and handles of many locales in chat and timeline lines', CHAT, 7, handles],
] as const)('%s', (_title, shapes, seed, who) => {
  const r = outcomes([...shapes], seed, who);
  it('finds nearly all of them', () => {
    expect(r.found / r.total).toBeGreaterThanOrEqual(0.95);
  });
  it('leaves at most 1% neither found nor held', () => {
    expect(r.left.length / r.total, r.left.join('\n')).toBeLessThanOrEqual(0.01);
  });
});
