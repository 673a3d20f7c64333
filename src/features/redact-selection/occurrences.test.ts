import { describe, expect, it } from 'vitest';
import { occurrences } from './occurrences';

describe('occurrences of a term the doc will replace', () => {
  it('finds whole words only, case-sensitive, with some context', () => {
    const found = occurrences(['db3 promoted by postgres-bot', 'postgres-bots are many; Postgres-bot too', 'ask postgres-bot.'], ' postgres-bot ');
    expect(found.map((o) => [o.paragraph, o.match])).toEqual([
      [0, 'postgres-bot'],
      [2, 'postgres-bot'],
    ]);
    expect(found[0]).toMatchObject({ before: 'db3 promoted by ', after: '' });
  });

  it('shortens long context with an ellipsis', () => {
    const [hit] = occurrences([`${'x '.repeat(40)}Jane Doe said ${'y '.repeat(40)}`], 'Jane Doe');
    expect(hit!.before.startsWith('…')).toBe(true);
    expect(hit!.after.endsWith('…')).toBe(true);
    expect(hit!.before.length).toBe(33);
  });

  it('treats a term as text, not a pattern, and finds nothing for an empty one', () => {
    expect(occurrences(['a.b and axb'], 'a.b')).toHaveLength(1);
    expect(occurrences(['anything'], '  ')).toEqual([]);
  });
});
