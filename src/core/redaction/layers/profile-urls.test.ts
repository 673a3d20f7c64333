import { describe, expect, it } from 'vitest';
import { paragraph } from '../paragraph';
import { profileUrls } from './profile-urls';
import type { DoubtSpan } from '../types';

const found = (text: string) => profileUrls(paragraph(text)).map((s) => s.person);
const doubted = (text: string) => {
  const doubts: DoubtSpan[] = [];
  profileUrls(paragraph(text), doubts);
  return doubts.map((d) => d.text);
};

describe('profile URLs', () => {
  it('finds the account of profile pages and tweets', () => {
    expect(found('Created by: [Katharine Berry](https://github.com/Katharine)')).toEqual(['Katharine']);
    expect(found('[@Terrorobe](https://twitter.com/terrorobe/status/826706562563588098)')).toEqual(['terrorobe']);
    expect(found('see x.com/jdoe and https://gitlab.com/users/ayufan')).toEqual(['jdoe', 'ayufan']);
    expect(found('https://gitlab.slack.com/team/U024BE7LH')).toEqual(['U024BE7LH']);
  });

  it('finds accounts on other sites, and personal repositories', () => {
    expect(found('https://www.linkedin.com/in/jane-q-doe-12ab/ and https://mastodon.example/@zed')).toEqual(['jane-q-doe-12ab', 'zed']);
    expect(found('https://stackoverflow.com/users/42/sam-q and https://news.ycombinator.com/user?id=pgx')).toEqual(['sam-q', 'pgx']);
    expect(found('https://codeberg.org/olumide and https://medium.com/@lin.w/post-1')).toEqual(['olumide', 'lin.w']);
    expect(found('fork at https://github.com/sarah-jones/api/tree/fix')).toEqual(['sarah-jones']);
  });

  it("takes an unknown account whose repository is plainly its own: dotfiles, a fork said to be someone's", () => {
    expect(found('see https://codeberg.org/fjeldstad/dotfiles')).toEqual(['fjeldstad']);
    expect(found('her fork: https://gitlab.com/rtesfaye/gitaly')).toEqual(['rtesfaye']);
    expect(found('https://github.com/qzorvath/qzorvath.github.io')).toEqual(['qzorvath']);
    expect(found('our fork: https://gitlab.com/gitlab-org/gitaly')).toEqual([]);
    expect(doubted('Runbook: https://gitlab.com/gitlab-com/runbooks/-/blob/master/docs/failover.md')).toEqual([]);
  });

  it('holds an unknown account with a repository path for review', () => {
    expect(found('https://github.com/zqxv/api/pull/3')).toEqual([]);
    expect(doubted('https://github.com/zqxv/api/pull/3')).toEqual(['zqxv']);
  });

  it('leaves repositories, org accounts and site pages alone', () => {
    expect(found('https://github.com/kubernetes/kubernetes/commits/master')).toEqual([]);
    expect(found('https://github.com/kubernetes and https://gitlab.com/gitlab-org')).toEqual([]);
    expect(found('https://twitter.com/intent/tweet?text=hi https://github.com/features')).toEqual([]);
    expect(found('https://lib-confluence.princeton.edu/display/IT/IT+Outages')).toEqual([]);
  });
});
