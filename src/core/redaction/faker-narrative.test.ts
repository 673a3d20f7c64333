import { allFakers } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import { findFindings } from './index';

// Lone given names, lone surnames and full names of twenty locales (Japanese, Korean and Chinese
// among them: scripts without capitals) in the sentences of a postmortem narrative.
const LOCALES = ['en', 'de', 'fr', 'pl', 'es', 'it', 'nl', 'pt_BR', 'tr', 'ru', 'ja', 'ko', 'zh_CN', 'vi', 'en_IN', 'yo_NG', 'sv', 'fi', 'cs_CZ', 'uk'] as const;
const SHAPES = ['{N} enlisted help from the AWS RDS team.', 'Diagnosis proved difficult, so {N} proposed a new table.', '{N} paused ingestion and resumed it later.',
  'After talking to {N}, we rolled back.', 'The fix from {N} went out at noon.', 'On Tuesday {N} noticed the lag.', 'We thank {N} and {M} for the quick work.',
  '{N}, who was on call, escalated to the database team.', 'It was {N} who spotted the bad config.', '{N} led the retro; {M} took notes.',
  'Later, {N} confirmed the backups were fine.', 'Working with {M}, {N} drained the node.', 'According to {N}, the alert had fired twice.',
  'The runbook by {N} was out of date.', '{N}’s patch fixed the leak.', 'In the end {N} restarted the primary.'];

function outcomes(): { found: number; held: number; left: string[]; total: number } {
  let found = 0;
  let held = 0;
  const left: string[] = [];
  LOCALES.forEach((locale, li) => {
    const f = allFakers[locale];
    f.seed(100 + li);
    for (let i = 0; i < 40; i++) {
      const alone = i % 3 === 0 ? f.person.firstName() : i % 3 === 1 ? f.person.lastName() : `${f.person.firstName()} ${f.person.lastName()}`;
      const other = f.person.firstName();
      const shape = SHAPES[(i + li) % SHAPES.length] ?? '';
      const text = shape.replace('{N}', alone).replace('{M}', other);
      const { spans, doubts } = findFindings(text);
      for (const name of shape.includes('{M}') ? [alone, other] : [alone]) {
        const start = text.indexOf(name);
        const covered = (by: { start: number; end: number }[]) => [...name].every((ch, k) => !/\p{L}/u.test(ch) || by.some((s) => s.start <= start + k && start + k < s.end));
        if (covered(spans)) found++;
        else if (covered([...spans, ...doubts])) held++;
        else left.push(text);
      }
    }
  });
  return { found, held, left, total: found + held + left.length };
}

describe('names of many locales in narrative sentences', () => {
  const r = outcomes();
  it('finds nearly all of them', () => {
    expect(r.found / r.total).toBeGreaterThanOrEqual(0.95);
  });
  it('leaves at most 1% neither found nor held (products and acronyms that are also names: Schneider, Wal)', () => {
    expect(r.left.length / r.total, r.left.join('\n')).toBeLessThanOrEqual(0.01);
  });
});
