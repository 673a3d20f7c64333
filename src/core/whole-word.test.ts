import { describe, expect, it } from 'vitest';
import { wholeWord } from './whole-word';

// The Docs API runs RE2; for these patterns JavaScript's RegExp agrees with it.
const matches = (term: string, text: string) => new RegExp(wholeWord(term), 'g').exec(text)?.[0];

describe('whole-word pattern for replaceAllText', () => {
  it('never rewrites a name inside a longer word', () => {
    expect(matches('Al', 'Alerts fired; Al restarted it')).toBe('Al');
    expect(new RegExp(wholeWord('Al')).exec('Alerts fired')).toBeNull();
  });

  it('matches names that start or end with a non-ASCII letter', () => {
    expect(matches('José', 'José said so')).toBe('José');
    expect(matches('Zoë', 'ask Zoë.')).toBe('Zoë');
    expect(matches('Łukasz', 'then Łukasz failed over')).toBe('Łukasz');
  });

  it('escapes the term and handles handles and emails', () => {
    expect(matches('@jdoe', 'thanks @jdoe!')).toBe('@jdoe');
    expect(matches('a.b@example.com', 'mail a.b@example.com now')).toBe('a.b@example.com');
    expect(new RegExp(wholeWord('a.b')).exec('axb')).toBeNull();
  });
});
