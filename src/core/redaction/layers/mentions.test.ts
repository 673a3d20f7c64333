import { describe, expect, it } from 'vitest';
import { paragraph } from '../paragraph';
import { isTeamHandle, mentions } from './mentions';

const found = (text: string) => mentions(paragraph(text)).map((s) => s.text);

describe('mentions', () => {
  it('finds handles without trailing punctuation', () => {
    expect(found('Thanks for finding the bug @liggitt!')).toEqual(['@liggitt']);
    expect(found('@BentTheElder: root cause identified.')).toEqual(['@BentTheElder']);
    expect(found('loops in @Random-Liu.')).toEqual(['@Random-Liu']);
  });

  it('takes the surname of a display-name mention', () => {
    expect(found('@Katharine Berry is also looking')).toEqual(['@Katharine Berry']);
    expect(found('@Tony Yang https://example.com')).toEqual(['@Tony Yang']);
    expect(found('@Leta Orozco Amaya can you look?')).toEqual(['@Leta Orozco Amaya']);
    // A given name that is also a brand is still a person when mentioned; our own tools are not.
    expect(found('@Ana Orozco can you look? @jenkins rebuild')).toEqual(['@Ana Orozco']);
    expect(found('@Katharine Can you look')).toEqual(['@Katharine']);
  });

  it('leaves team aliases, broadcasts, org accounts and e-mail domains alone', () => {
    expect(found('@test-infra-oncall there is something broken')).toEqual([]);
    expect(found('@here @channel @gitlab-com/gl-infra @sre-oncall')).toEqual([]);
    expect(found('mail bentheelder@google.com and follow @gitlabstatus')).toEqual([]);
    expect(isTeamHandle('release-managers')).toBe(true);
    expect(isTeamHandle('cblecker')).toBe(false);
  });
});
