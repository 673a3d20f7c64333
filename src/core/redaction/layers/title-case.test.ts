import { describe, expect, it } from 'vitest';
import { paragraph } from '../paragraph';
import { titleCaseNames } from './title-case';

const found = (text: string) => titleCaseNames(paragraph(text)).map((s) => s.text);

describe('title-case pairs', () => {
  it('finds two unknown capitalised words in a row', () => {
    expect(found('Yorick Peterse ran pg_basebackup')).toEqual(['Yorick Peterse']);
  });

  it('leaves headings and products alone', () => {
    expect(found('Root Cause: the Redis Sentinel failover')).toEqual([]);
    expect(found('Customer Impact on GitLab.com and GitHost')).toEqual([]);
    expect(found('broke the Production Web UI')).toEqual([]);
    expect(found('Spyglass Testgrid and Patroni Sidekiq')).toEqual([]);
  });
});
