import { describe, expect, it } from 'vitest';
import { paragraph } from '../paragraph';
import { speakers } from './speakers';

const found = (text: string) => speakers(paragraph(text)).map((s) => s.text);

describe('chat speakers', () => {
  it('finds the speaker before a chat time stamp', () => {
    expect(found('liggitt [6:27 AM] seeing that on all e2e-gce jobs')).toEqual(['liggitt']);
    expect(found('Sen Lu [3:10 PM] sounds like fun')).toEqual(['Sen Lu']);
    expect(found('dims [7:41 AM] turtles all the way down')).toEqual(['dims']);
  });

  it('finds IRC nicks and initials speaking', () => {
    expect(found('<metadave> anyone seeing 502s?')).toEqual(['metadave']);
    expect(found('[12:01] <@metadave> anyone?')).toEqual(['metadave']);
    expect(found('metadave> yes, since Monday')).toEqual(['metadave']);
    expect(found('SH: It looks like pg_dump may be failing')).toEqual(['SH']);
    expect(found('tony-yang: on it')).toEqual(['tony-yang']);
    expect(found('10:02 - ptrnovak: rolled back the deploy')).toEqual(['ptrnovak']);
    expect(found('[ilkka] restarted the primary')).toEqual(['ilkka']);
    expect(found('vkarimova — Today at 10:02 AM')).toEqual(['vkarimova']);
    expect(found('拓哉11: on it')).toEqual(['拓哉11']);
  });

  it('leaves bracketed log levels and labels alone', () => {
    expect(found('[INFO] restarted the primary')).toEqual([]);
    expect(found('[resolved] primary is back')).toEqual([]);
    expect(found('10:02 UTC - rollback: done')).toEqual([]);
  });

  it('leaves headings, times and bots alone', () => {
    expect(found('At 10:30 AM we restarted Sidekiq')).toEqual([]);
    expect(found('Note: the replica lagged')).toEqual([]);
    expect(found('RCA: disk full')).toEqual([]);
    expect(found('Attendees: Fenna Bakker, Kwame Asante')).toEqual([]);
    expect(found('Co-authored-by: Carolyn Cole')).toEqual([]);
    expect(found('GitHub [10:02 AM] new pull request')).toEqual([]);
    expect(found('Tweet: [@Terrorobe](https://twitter.com/terrorobe)')).toEqual([]);
  });
});
