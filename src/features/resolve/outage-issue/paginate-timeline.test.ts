import { describe, expect, it } from 'vitest';
import { paginateTimeline } from './paginate-timeline';

describe('paginating the timeline', () => {
  const items = ['aaaa', 'bbbb', 'cccc', 'dddd', 'eeee'];

  it('keeps everything on the first page when it fits', () => {
    expect(paginateTimeline(items, 25, 10)).toEqual([items]);
  });

  it('fills the first page, then notes, in order, each item whole, each page within its room', () => {
    expect(paginateTimeline(items, 11, 10)).toEqual([['aaaa', 'bbbb'], ['cccc', 'dddd'], ['eeee']]);
  });

  it('may leave the first page empty when even one item does not fit there', () => {
    expect(paginateTimeline(items.slice(0, 1), 3, 10)).toEqual([[], ['aaaa']]);
  });

  it('refuses an item no note can hold rather than dropping it', () => {
    expect(() => paginateTimeline(['x'.repeat(20)], 5, 10)).toThrow(RangeError);
  });
});
