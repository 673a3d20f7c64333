import { describe, expect, it } from 'vitest';
import { createScanner } from './index';

const doc = ['Katharine Berry joined the war room.', 'Redis restarted on Tuesday.', 'Berry asked @liggitt to check.', 'liggitt found the cause.'];

describe('scanner', () => {
  it('finds names in one paragraph from what another one says', () => {
    const spans = createScanner()
      .scan(doc)
      .map((p) => p.map((s) => s.text));
    expect(spans).toEqual([['Katharine Berry'], [], ['Berry', '@liggitt'], ['liggitt']]);
  });

  it('gives after an edit what a fresh scan gives', () => {
    const scanner = createScanner();
    scanner.scan(doc);
    const edited = [...doc];
    edited[1] = 'Redis restarted on Tuesday; Dagny Moreau noticed.';
    expect(scanner.scan(edited)).toEqual(createScanner().scan(edited));
    edited[1] = 'Redis restarted on Tuesday.';
    expect(scanner.scan(edited)).toEqual(createScanner().scan(edited));
  });

  it('applies the roster in every paragraph', () => {
    const spans = createScanner({ roster: [{ name: 'Wendell Quist' }] }).scan(['quist restarted it', 'the QUIST job']);
    expect(spans.map((p) => p.map((s) => s.text))).toEqual([['quist'], ['QUIST']]);
  });
});
