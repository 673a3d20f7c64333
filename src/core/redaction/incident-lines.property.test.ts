import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFindings, redact } from './index';

// Made-up people of many cultures: given names and surnames combined at random, so no list holds the pair.
const GIVEN = [
  'Oluwaseun',
  'Mei-Ling',
  'Siddharth',
  'Aigerim',
  'Tomasz',
  'Ngozi',
  'Hiroshi',
  'Søren',
  'Fatima Zahra',
  'Björn',
  'Thandiwe',
  'Oisín',
  'Leilani',
  'Nguyen Van',
  'Grace',
  'Will',
  'Pieter',
  'María José',
  'Kwabena',
  'Yusuf',
];
const SURNAMES = [
  'Adeyemi',
  'Tsai',
  'Raghunathan',
  'Bekova',
  'Wiśniewski',
  'Eze',
  'Tanabe',
  'Kierkegaard-Lund',
  'El Idrissi',
  'Håkansson',
  'Dlamini',
  "O'Connell",
  'Kahale',
  'Minh',
  'van der Berg',
  'de la Cruz',
  'Price',
  'Okonkwo',
  'Mensah',
  'Yılmaz',
];
const person = fc.tuple(fc.constantFrom(...GIVEN), fc.constantFrom(...SURNAMES)).map(([given, last]) => ({
  given,
  last,
  name: `${given} ${last}`,
  handle: `${given[0]}${last.replace(/[^\p{L}]/gu, '')}`.toLowerCase(),
}));

// Lines as incident docs hold them, with a slot for a person.
const TEMPLATES = [
  (who: string) => `09:14 UTC — ${who} starts the rollback of release 2024.11.3`,
  (who: string) => `${who}  9:15 AM`,
  (who: string) => `Participants: ${who}, the Production Lead`,
  (who: string) => `From: ${who} <ops-alerts@example.com>`,
  (who: string) => `Acknowledged by ${who}`,
  (who: string) => `The Redis primary ran out of memory, and ${who} restarted it on Tuesday.`,
  (who: string) => `thanks ${who}, that fixed it`,
];

// Name-free incident text: products, capitalised nouns, weekdays, months, abbreviations.
const PLAIN_LINES = [
  'The Persons table has a properties column that often exceeds the 2KB threshold.',
  'Grace period for failed payments was extended to 72 hours.',
  'Mark the incident as resolved once the queue drains.',
  'Will the replica recover without a restart?',
  'MR !4521 adds the missing alert; the SRE and DBA teams reviewed it.',
  'Monday, Tuesday and Wednesday were affected; Thursday was clean.',
  'The freeze runs from Mon 23 Dec to Fri 3 Jan.',
  'Root Cause Analysis',
  'Customer Impact on GitLab.com and GitHost',
  'Sidekiq queues grew past the alert threshold when Redis ran out of memory.',
  '**14:30 UTC** - Incident declared, severity 2',
  'https://github.com/kubernetes/kubernetes/commits/master',
  'PgBouncer failed over to the standby pool at 10:30.',
];

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const survives = (text: string, term: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(term)}(?![\\p{L}\\p{N}])`, 'iu').test(text);

describe('redaction of generated incident lines', () => {
  it('never leaves a roster person, in any template or variant', () => {
    fc.assert(
      fc.property(person, fc.constantFrom(...TEMPLATES), fc.constantFrom('name', 'given', 'last', 'handle', 'lower'), (p, template, variant) => {
        const written = { name: p.name, given: p.given, last: p.last, handle: `@${p.handle}`, lower: p.name.toLowerCase() }[variant];
        const out = redact(template(written), { roster: [{ name: p.name, handle: p.handle }] }, {}).text;
        for (const part of [p.name, p.handle, ...p.name.split(' ').filter((w) => w.length > 3 && !['Grace', 'Will', 'Price'].includes(w))]) {
          expect(survives(out, part), out).toBe(false);
        }
      }),
    );
  });

  it('redacts or holds every generated full name, without a roster', () => {
    fc.assert(
      fc.property(person, fc.constantFrom(...TEMPLATES), (p, template) => {
        const line = template(p.name);
        const at = line.indexOf(p.name);
        const { spans, doubts } = findFindings(line);
        for (let i = at; i < at + p.name.length; i++) {
          if (!/\p{L}/u.test(line[i] ?? '')) continue;
          expect(
            [...spans, ...doubts].some((s) => s.start <= i && i < s.end),
            `${line} @${i}`,
          ).toBe(true);
        }
      }),
    );
  });

  it('leaves name-free lines unchanged and raises no doubt on them', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PLAIN_LINES), { minLength: 1, maxLength: 6 }), (lines) => {
        const text = lines.join('\n');
        expect(redact(text, {}, {}).text).toBe(text);
        expect(findFindings(text).doubts).toEqual([]);
      }),
    );
  });

  it('changes nothing when redacting twice', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(person, fc.constantFrom(...TEMPLATES)), { minLength: 1, maxLength: 5 }), (entries) => {
        const text = entries.map(([p, t]) => t(p.name)).join('\n');
        const once = redact(text, {}, {});
        expect(redact(once.text, {}, once.map).text).toBe(once.text);
      }),
    );
  });
});
