import { describe, expect, it } from 'vitest';
import { findFindings, redact } from './index';
import { secondOpinion, verdictOf, type TaggedTerm, type Tagger } from './second-opinion';

const term = (text: string, start: number, tags: string[]): TaggedTerm => ({ text, tags, offset: { start, length: text.length } });
const at = (start: number, end: number, reason: 'unknown-capitalised' | 'surname' | 'profile-link' = 'unknown-capitalised') => ({ start, end, reason });

describe('verdictOf', () => {
  it('promotes what the tagger calls a person, but not an honorific alone', () => {
    expect(verdictOf([term('Katharine', 0, ['Noun', 'Person', 'FirstName'])], at(0, 9))).toBe('person');
    expect(verdictOf([term('MR', 0, ['Noun', 'Person', 'Honorific', 'Abbreviation'])], at(0, 2))).toBe('unsure');
  });

  it('dismisses grammar and places, and leaves a bare noun in doubt', () => {
    expect(verdictOf([term('Mark', 0, ['Verb', 'Imperative'])], at(0, 4))).toBe('thing');
    expect(verdictOf([term('Skopje', 0, ['Noun', 'Place', 'City'])], at(0, 6))).toBe('thing');
    expect(verdictOf([term('Zorvath', 0, ['Noun', 'Singular'])], at(0, 7))).toBe('unsure');
    expect(verdictOf([term('Zorvath', 0, ['Noun'])], at(10, 17))).toBe('unsure');
  });

  it('lets only a place dismiss what our data calls a surname, and nothing dismiss an account', () => {
    expect(verdictOf([term('Mensah', 0, ['Verb'])], at(0, 6, 'surname'))).toBe('unsure');
    expect(verdictOf([term('Mensah', 0, ['Place'])], at(0, 6, 'surname'))).toBe('thing');
    expect(verdictOf([term('tfifita', 19, ['Url', 'Place'])], at(19, 26, 'profile-link'))).toBe('unsure');
  });
});

describe('secondOpinion', () => {
  // A tagger that knows one person and one city, and calls every other word a noun.
  const tag: Tagger = (text) =>
    [...text.matchAll(/\S+/g)].map((m) => term(m[0], m.index, m[0] === 'Zorvath' ? ['Person'] : m[0] === 'Qelbrin' ? ['Place'] : ['Noun']));

  it('calls a term a person if any occurrence reads as one, a thing only if every one does', () => {
    const texts = ['Zorvath moved it', 'then Qelbrin moved it\nso Blorft moved it'];
    const held = texts.map((t) => findFindings(t).doubts);
    expect(held.flat().map((d) => d.text)).toEqual(['Zorvath', 'Qelbrin', 'Blorft']);
    expect(secondOpinion(texts, held, tag)).toEqual({ people: ['Zorvath'], things: ['Qelbrin'] });
    const mixed = ['Qelbrin moved it', 'Zorvath and Qelbrin moved it'];
    expect(
      secondOpinion(
        mixed,
        mixed.map((t) => findFindings(t).doubts),
        (t) => tag(t.replace('Qelbrin moved', 'Qelbrin xmoved')),
      ),
    ).toMatchObject({ things: ['Qelbrin'] });
  });

  it('is applied by redact: its people redacted as written, its things no longer held', () => {
    const text = 'Zorvath moved it; Qelbrin moved it too';
    const before = redact(text, {}, {});
    expect(before.doubts.map((d) => d.term)).toEqual(['Zorvath', 'Qelbrin']);
    const after = redact(text, {}, {}, { people: ['Zorvath'], things: ['Qelbrin'] });
    expect(after.text).toBe('Engineer 1 moved it; Qelbrin moved it too');
    expect(after.doubts).toEqual([]);
  });
});
