import { describe, expect, it } from 'vitest';
import { paragraph } from '../paragraph';
import { contextCues } from './context-cues';

const found = (text: string) => contextCues(paragraph(text)).map((s) => s.text);

describe('context cues', () => {
  it('reads logins with no cue verb as people where only people stand', () => {
    // Opening a chat line that asks them something, with other logins between.
    expect(found('jmwangi any update on the replica?')).toEqual(['jmwangi']);
    // (the logins made of names are the handles layer's)
    expect(found('pkowalska mtanaka3 ravi_s ping')).toEqual(['pkowalska']);
    // Right after a timeline entry's time stamp, before a verb; "-ing" at its end is no gerund of a word.
    expect(found('12:12 — xiuying confirms the DNS change propagated')).toEqual(['xiuying']);
    expect(found('12:00 UTC — jkarimova bumps the pool size to 200')).toEqual(['jkarimova']);
    expect(found('looks like tvolkova already did it')).toEqual(['tvolkova']);
    expect(found('Quillon77 was the one who noticed')).toEqual(['Quillon77']);
  });

  it('leaves commands, tools and gerunds opening a line alone', () => {
    expect(found('kubectl get pods')).toEqual([]);
    expect(found('nginx is down again?')).toEqual([]);
    expect(found('retrying now, any luck?')).toEqual([]);
    expect(found('rebalancing the shards')).toEqual([]);
    expect(found('12:15 UTC the deploy pipeline is unblocked')).toEqual([]);
  });

  it('reads unknown words as people from their neighbours', () => {
    expect(found('joined #testing-ops along with Draven.')).toEqual(['Draven']);
    expect(found('talking to lantao offline')).toEqual(['lantao']);
    expect(found('MacFan4000 noticed the errors')).toEqual(['MacFan4000']);
    expect(found('ayufan merged the fix')).toEqual(['ayufan']);
    expect(found("as Peterse's runbook was out of date")).toEqual(["Peterse's"]);
    expect(found('the rollback by zorvath finished')).toEqual(['zorvath']);
    expect(found('we called Zorvath at once')).toEqual(['Zorvath']);
    expect(found('yes zorvath, pausing now')).toEqual(['zorvath']);
    expect(found('thanks leta.flatley!')).toEqual(['leta.flatley']);
    expect(found('10:10 UTC: abosco and Daren confirm recovery')).toContain('abosco');
    expect(found('Sev1 declared; the config.yaml was fixed')).toEqual([]);
    expect(found('zorvath set the channel topic')).toEqual(['zorvath']);
    expect(found('so Zorvath was paged at 02:00')).toEqual(['Zorvath']);
    expect(found('so Zorvath had already been notified')).toEqual(['Zorvath']);
    expect(found('so Zorvath will be paged')).toEqual(['Zorvath']);
    expect(found('then Zorvath will probably follow up')).toEqual(['Zorvath']);
    // Systems are restarted and will retry: no person there.
    expect(found('so Zorvath was restarted and will retry')).toEqual([]);
  });

  it('reads "is called X" as naming a thing', () => {
    expect(found('the cluster, formerly called Zorvath, routes writes')).toEqual([]);
    expect(found('we also called Zorvath to confirm')).toEqual(['Zorvath']);
    expect(found('the tool is called Zorvath')).toEqual([]);
  });

  it('leaves products, words and grammar alone', () => {
    expect(found('Redis restarted and Sidekiq is down')).toEqual([]);
    expect(found('(TouchID saves the day, mostly)')).toEqual([]);
    expect(found('@Katharine successfully deploys a fixed Boskos')).toEqual([]);
    expect(found("we've crossed the majority of nodes")).toEqual([]);
    expect(found('pinged the database team on Tuesday')).toEqual([]);
  });

  it('leaves an unknown word before is/has/could to review, not to redaction', () => {
    expect(found('but Seb probably has the context there')).toEqual([]);
    expect(found('Praefect routed writes to the new primary')).toEqual([]);
  });

  it('does not read a lower-case noun before a past tense as a person', () => {
    expect(found('Error rate on the web fleet jumped to 40%')).toEqual([]);
    expect(found('db3 promoted by the failover script')).toEqual([]);
    expect(found('the mirror stalled and the lag grew past an hour')).toEqual([]);
  });
});
