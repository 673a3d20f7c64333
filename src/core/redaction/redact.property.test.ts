import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPeople, redact } from './index';

// Words every detector must leave alone: ordinary words, products, hosts, dates, team aliases.
const PLAIN = [
  'the',
  'replica',
  'restarted',
  'Redis',
  'Sidekiq',
  'PgBouncer',
  'Patroni',
  'Gitaly',
  'Cloudflare',
  'Zoom',
  'Slack',
  'GitLab.com',
  'GitHost',
  'db1.cluster.gitlab.com',
  'on',
  'Tuesday',
  'March',
  'we',
  'pinged',
  'and',
  'database',
  'backup',
  'UTC',
  '10:30',
  'failed',
  'was',
  'is',
  'Root',
  'Cause:',
  '@test-infra-oncall',
  'admin@example.com',
  'ops@gitlab.com',
  'deploy',
  'incident',
  'The',
  'queue',
  'after',
  'with',
  'thanks',
  'LVM',
  'SQL',
  'PR',
  'merged',
  'https://github.com/kubernetes/kubernetes/commits/master',
  '502s',
  'errors',
  'Customer',
  'Impact',
];
const SEPARATORS = [' ', ' ', ' ', ', ', '. ', '\n', ': ', ' (', ') '];

const plainText = fc
  .array(fc.tuple(fc.constantFrom(...PLAIN), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 40 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

// Made-up names from syllables, so no dictionary knows them and no list could hold them.
const syllable = fc.constantFrom('ka', 'zo', 'vri', 'mel', 'dun', 'quo', 'tha', 'rix', 'bel', 'nor', 'sku', 'fey');
const madeUpWord = fc.array(syllable, { minLength: 2, maxLength: 3 }).map((s) => s.join(''));
const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const person = fc.tuple(madeUpWord, madeUpWord).map(([first, last]) => ({
  first: capital(first),
  last: capital(last),
  name: `${capital(first)} ${capital(last)}`,
  handle: `${first}${last.slice(0, 2)}`,
  email: `${first}.${last}@example.com`,
}));

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const survives = (text: string, term: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(term)}(?![\\p{L}\\p{N}])`, 'iu').test(text);

describe('redaction properties', () => {
  it('roster names inserted anywhere never survive, whatever variant or case', () => {
    fc.assert(
      fc.property(
        plainText,
        person,
        fc.nat(),
        fc.constantFrom('name', 'first', 'last', 'handle', 'email', '@handle', 'possessive'),
        fc.constantFrom('as is', 'lower', 'upper'),
        (text, p, at, variant, casing) => {
          const written = {
            name: p.name,
            first: p.first,
            last: p.last,
            handle: p.handle,
            email: p.email,
            '@handle': `@${p.handle}`,
            possessive: `${p.last}'s`,
          }[variant];
          const cased = casing === 'lower' ? written.toLowerCase() : casing === 'upper' ? written.toUpperCase() : written;
          const cut = at % (text.length + 1);
          const input = `${text.slice(0, cut)} ${cased} ${text.slice(cut)}`;
          const out = redact(input, { roster: [{ name: p.name, handle: p.handle, email: p.email }] }, {}).text;
          for (const part of [p.first, p.last, p.handle, p.email]) expect(survives(out, part), out).toBe(false);
        },
      ),
    );
  });

  it('redacting redacted text changes nothing', () => {
    const piece = fc.oneof(
      plainText,
      person.map((p) => p.name),
      person.map((p) => `@${p.handle}`),
      person.map((p) => `${p.handle} [6:27 AM]`),
      person.map((p) => `<${p.email}>`),
      person.map((p) => `${p.first} restarted the replica`),
      fc.constantFrom('YP restarted it', 'thanks Katharine', 'Adrian demos', "Peterse's runbook", 'talking to lantao'),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), fc.boolean(), (pieces, withRoster) => {
        const text = pieces.join('\n');
        const settings = withRoster ? { roster: [{ name: 'Dagny Lindqvist', role: 'Production Lead' }] } : {};
        const once = redact(`${text}\nDagny Lindqvist paged`, settings, {});
        const twice = redact(once.text, settings, once.map);
        expect(twice.text).toBe(once.text);
        expect(twice.map).toEqual(once.map);
      }),
    );
  });

  it('text without names comes back unchanged', () => {
    fc.assert(
      fc.property(plainText, (text) => {
        expect(findPeople(text)).toEqual([]);
        expect(redact(text, {}, {}).text).toBe(text);
      }),
    );
  });
});
