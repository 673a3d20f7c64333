import { describe, expect, it } from 'vitest';
import { paragraph } from '../paragraph';
import { profileUrls } from './profile-urls';

const found = (text: string) => profileUrls(paragraph(text)).map((s) => s.text);

describe('profile URLs', () => {
  it('finds the account of profile pages and tweets', () => {
    expect(found('Created by: [Katharine Berry](https://github.com/Katharine)')).toEqual(['Katharine']);
    expect(found('[@Terrorobe](https://twitter.com/terrorobe/status/826706562563588098)')).toEqual(['terrorobe']);
    expect(found('see x.com/jdoe and https://gitlab.com/users/ayufan')).toEqual(['jdoe', 'ayufan']);
    expect(found('https://gitlab.slack.com/team/U024BE7LH')).toEqual(['U024BE7LH']);
  });

  it('leaves repositories, org accounts and site pages alone', () => {
    expect(found('https://github.com/kubernetes/kubernetes/commits/master')).toEqual([]);
    expect(found('https://github.com/kubernetes and https://gitlab.com/gitlab-org')).toEqual([]);
    expect(found('https://twitter.com/intent/tweet?text=hi https://github.com/features')).toEqual([]);
    expect(found('https://lib-confluence.princeton.edu/display/IT/IT+Outages')).toEqual([]);
  });
});
