import { describe, expect, it } from 'vitest';
import { paragraph } from '../paragraph';
import { acronymInitials, initials } from './initials';

const found = (text: string) => initials(paragraph(text)).map((s) => s.text);
const held = (text: string) => acronymInitials(paragraph(text)).map((s) => s.text);

describe('initials', () => {
  it('finds capitals used for a person', () => {
    expect(found('YP happened to run one manually about 6 hours prior')).toEqual(['YP']);
    expect(found('though YP has not yet been able to figure it out')).toEqual(['YP']);
    expect(found('According to JN these don’t appear to be working')).toEqual(['JN']);
  });

  it('leaves abbreviations alone', () => {
    expect(found('LVM snapshots are taken once every 24 hours')).toEqual([]);
    expect(found('the PR merged and CI failed, GKE was slow')).toEqual([]);
    expect(found('No SQL dumps were made as a result')).toEqual([]);
    expect(found('the MR merged cleanly; MR !8812 reverted it')).toEqual([]);
  });

  it('reads "MR" opening a timeline entry, then doing what only a person does, as initials', () => {
    expect(found('10:31 UTC — MR rolls back the canary')).toEqual(['MR']);
    expect(found('07:31 UTC MR restarted the exporter')).toEqual(['MR']);
    // What a merge request itself does, or one with an article, stays the merge request.
    expect(found('10:31 UTC — MR merged')).toEqual([]);
    expect(found('10:31 UTC — MR reverts the change')).toEqual([]);
    expect(found('The MR rolls back the canary')).toEqual([]);
    expect(found('10:40 — CI restarted the job')).toEqual([]);
  });

  it('holds an abbreviation doing what people do for review', () => {
    expect(held('07:31 UTC MR restarted the exporter')).toEqual(['MR']);
    expect(held('the MR merged cleanly; MR !8812 reverted it; old WAL files')).toEqual([]);
  });
});
