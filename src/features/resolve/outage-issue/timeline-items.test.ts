import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../timeline/timeline';
import { timelineItems } from './timeline-items';
import { visibleText } from './test-support';

const entry = (at: string, kind: TimelineEntry['kind'], text: string): TimelineEntry => ({ at: `2026-11-27T${at}:00.000Z`, kind, text });

describe('timeline items', () => {
  it('keeps the time in UTC, the kind and the text', () => {
    expect(timelineItems([entry('14:02', 'fact', 'Writes fail.')], 1_000)).toEqual(['- **2026-11-27 14:02 UTC** — [fact] Writes fail.']);
  });

  it('marks a guess as unconfirmed so nobody reads it as a fact', () => {
    expect(timelineItems([entry('14:20', 'guess', 'WAL volume full?')], 1_000)).toEqual([
      '- **2026-11-27 14:20 UTC** — **[guess]** _(unconfirmed)_ WAL volume full?',
    ]);
  });

  it('puts backdated entries in time order, ties in the order written', () => {
    const items = timelineItems([entry('14:10', 'fact', 'b'), entry('13:55', 'data', 'a'), entry('14:10', 'action', 'c')], 1_000);
    expect(items.map((i) => i.slice(-1))).toEqual(['a', 'b', 'c']);
  });

  it('escapes the text, so an entry can never become a quick action or a nested list', () => {
    const [item] = timelineItems([entry('14:02', 'fact', '/close\n- [ ] task')], 1_000);
    expect(item).toBe('- **2026-11-27 14:02 UTC** — [fact] \\/close - \\[ \\] task');
  });

  it('cuts an entry longer than an item into "(continued)" items, every word kept', () => {
    const words = Array.from({ length: 400 }, (_, i) => `w${i}<`);
    const items = timelineItems([entry('14:02', 'data', words.join(' '))], 300);
    expect(items.length).toBeGreaterThan(1);
    for (const item of items) expect(item.length).toBeLessThanOrEqual(300);
    expect(items.slice(1).every((i) => i.startsWith('- **2026-11-27 14:02 UTC** — [data] _(continued)_ '))).toBe(true);
    const text = items.map((i) => visibleText(i.replace(/^- .*? — \[data\] (_\(continued\)_ )?/, ''))).join(' ');
    expect(text).toBe(words.join(' '));
  });

  it('cuts text without spaces too, never inside a surrogate pair', () => {
    const items = timelineItems([entry('14:02', 'data', '🔥'.repeat(500))], 200);
    for (const item of items) {
      expect(item.length).toBeLessThanOrEqual(200);
      expect(item).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
    expect(items.join('').split('🔥').length - 1).toBe(500);
  });
});
