import { describe, expect, it } from 'vitest';
import { findPeople, redact, RedactionError, type RosterPerson } from './index';

const roster: RosterPerson[] = [
  { name: 'Yorick Peterse', handle: '@yorickpeterse', email: 'yorick@example.com', role: 'Production Lead' },
  { name: 'Dagny Lindqvist', handle: 'dlindqvist' },
];

describe('redact', () => {
  it('gives each person one pseudonym across variants linked by a full name', () => {
    const r = redact('Katharine Berry restarted it. Later Katharine and @Katharine checked; Berry agreed.', {}, {});
    expect(r.text).toBe('Engineer 1 restarted it. Later Engineer 1 and Engineer 1 checked; Engineer 1 agreed.');
  });

  it('keeps two people who share a first name apart, and a speaker header with a particle whole', () => {
    const r = redact('09:14 UTC — Grace Adeyemi starts the rollback\nGrace van der Berg  9:15 AM', {}, {});
    expect(r.text).toBe('09:14 UTC — Engineer 1 starts the rollback\nEngineer 2  9:15 AM');
  });

  it('links handles to the local part of an e-mail address', () => {
    const r = redact('@BenTheElder wrote to bentheelder@google.com', {}, {});
    expect(r.text).toBe('Engineer 1 wrote to Engineer 1');
  });

  it('uses roster roles and links every roster variant, at any capitalisation', () => {
    const r = redact("yorick peterse paged @yorickpeterse; Peterse's mail yorick@example.com; dlindqvist and Dagny replied", { roster }, {});
    expect(r.text).toBe("the Production Lead paged the Production Lead; the Production Lead's mail the Production Lead; Engineer 1 and Engineer 1 replied");
  });

  it('keeps the map across calls and returns a new one', () => {
    const map = {};
    const first = redact('Katharine Berry restarted it', {}, map);
    const second = redact('Adrian pinged Katharine', {}, first.map);
    expect(map).toEqual({});
    expect(second.text).toBe('Engineer 2 pinged Engineer 1');
    expect(Object.values(second.map)).toContain('Engineer 2');
  });

  it('never reads a pseudonym as a name, so redacting twice changes nothing', () => {
    const once = redact('liggitt [6:27 AM] Engineer 1 restarted it, thanks @Katharine', {}, {});
    expect(once.text).toBe('Engineer 2 [6:27 AM] Engineer 1 restarted it, thanks Engineer 3');
    expect(redact(once.text, {}, once.map).text).toBe(once.text);
    expect(findPeople("Engineer 12 and Engineer 3's script")).toEqual([]);
  });

  it('honours the allow-list and the deny-list', () => {
    expect(redact('Adrian demos the Zeus console', { allow: ['adrian'] }, {}).text).toBe('Adrian demos the Zeus console');
    expect(redact('the Zeus console broke', { deny: ['Zeus'] }, {}).text).toBe('the Engineer 1 console broke');
  });

  it('counts the terms it replaced, for the review panel', () => {
    const r = redact('@liggitt and @liggitt and Katharine Berry', {}, {});
    expect(r.terms).toEqual([
      { term: '@liggitt', pseudonym: 'Engineer 2', count: 2 },
      { term: 'Katharine Berry', pseudonym: 'Engineer 1', count: 1 },
    ]);
  });

  it('lists what may be a person and was left as written, for review', () => {
    const r = redact('Zorvath is degraded; Zorvath was restarted by the operator', {}, {});
    expect(r.text).toBe('Zorvath is degraded; Zorvath was restarted by the operator');
    expect(r.doubts).toEqual([{ term: 'Zorvath', count: 2 }]);
  });

  it('replaces a profile link whole, so no half-link is left', () => {
    expect(redact('see https://gitlab.com/wkamau for the fix', {}, {}).text).toBe('see Engineer 1 (link removed) for the fix');
    expect(redact('Created by: [Katharine Berry](https://github.com/Katharine)', {}, {}).text).toBe('Created by: [Engineer 1](#)');
    expect(redact('@kmensah pushed https://github.com/kmensah/api/tree/fix', {}, {}).text).toBe('Engineer 1 pushed Engineer 1 (link removed)');
  });

  it('fails closed when detection throws', () => {
    const broken = { roster: [{ name: 42 as unknown as string }] };
    expect(() => redact('Katharine restarted it', broken, {})).toThrow(RedactionError);
    expect(() => redact(undefined as unknown as string, {}, {})).toThrow(RedactionError);
  });
});

describe('findPeople', () => {
  it('takes a calendar word standing right before a name as part of it, not beside a date', () => {
    const texts = (t: string) => findPeople(t).map((s) => s.text);
    expect(texts('Wed 11:02 UTC Sat Tavita confirms recovery')).toEqual(['Sat Tavita']);
    expect(texts('Tue 07:20 Mon Jae-won confirms')).toEqual(['Mon Jae-won']);
    expect(texts('on Sat Kofi Mensah restarted it')).toEqual(['Kofi Mensah']);
    expect(texts('The Jan 3 and Feb 14 incidents had one cause')).toEqual([]);
  });

  it('keeps initials that stand before a name', () => {
    expect(findPeople('Stan Hu and DJ Mountney helped with the upgrade').map((s) => s.text)).toEqual(['Stan Hu', 'DJ Mountney']);
    expect(findPeople('The PR Katharine opened').map((s) => s.text)).toEqual(['Katharine']);
    expect(findPeople('A Katharine said J. Berry restarted it').map((s) => s.text)).toEqual(['Katharine', 'J. Berry']);
  });
});

describe('the roster', () => {
  it('is never left, even when a name is also a product', () => {
    const out = redact('DUNZO and dunzo restarted it; Redis is fine', { roster: [{ name: 'Kaka Dunzo' }] }, {}).text;
    expect(out).toBe('Engineer 1 and Engineer 1 restarted it; Redis is fine');
  });

  it('is found by the logins made of its names', () => {
    const out = redact('sionevaipulu merged it; sione.vaipulu and svaipulu reviewed', { roster: [{ name: 'Sione Vaipulu' }] }, {}).text;
    expect(out).toBe('Engineer 1 merged it; Engineer 1 and Engineer 1 reviewed');
    // Without a roster, a login beside the full name it is made of is the same person.
    expect(redact('Sunny Rajagopalan  3:21 PM  Argo CD shows it synced by srajagopalan', {}, {}).text).toBe(
      'Engineer 1  3:21 PM  Argo CD shows it synced by Engineer 1',
    );
  });
});
