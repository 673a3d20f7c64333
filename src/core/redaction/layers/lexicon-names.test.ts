import { describe, expect, it } from 'vitest';
import { paragraph } from '../paragraph';
import { lexiconNames } from './lexicon-names';

const found = (text: string) => lexiconNames(paragraph(text)).map((s) => s.text);

describe('names from compromise’s lexicon', () => {
  it('finds given names and grows them into full names', () => {
    expect(found('Michael Renner asks some interesting questions')).toEqual(['Michael Renner']);
    expect(found('Anything I can do to help Katharine?')).toEqual(['Katharine']);
    expect(found('Katharine Berry is also looking')).toEqual(['Katharine Berry']);
    expect(found('Cole Wagner [2:37 PM] the set of nodes')).toEqual(['Cole Wagner']);
    expect(found('Adrian demos')).toEqual(['Adrian']);
    expect(found('John F. Kennedy and Vincent van Gogh')).toEqual(['John F. Kennedy', 'Vincent van Gogh']);
  });

  it('needs a cue for lower-case names', () => {
    expect(found('which laura approved')).toEqual(['laura']);
    expect(found('things are worse, tony disappeared somewhere')).toEqual(['tony']);
  });

  it('leaves words that are also names alone', () => {
    expect(found('Mark the incident as resolved')).toEqual([]);
    expect(found('We will restart it in May or June')).toEqual([]);
    expect(found('Grant access to the Redis cluster')).toEqual([]);
    expect(found('Katharine Monday')).toEqual(['Katharine']);
  });
});
