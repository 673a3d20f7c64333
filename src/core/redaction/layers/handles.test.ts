import { describe, expect, it } from 'vitest';
import { paragraph } from '../paragraph';
import { handleDoubts, initialledHandles } from './handles';

const found = (text: string) => initialledHandles(paragraph(text)).map((s) => s.text);
const doubted = (text: string) => handleDoubts(paragraph(text)).map((s) => s.text);

describe('handles', () => {
  it('takes a name and an initial for an account', () => {
    expect(found('kofi_m can you look?')).toEqual(['kofi_m']);
    expect(found('rollback by svetlana-p finished')).toEqual(['svetlana-p']);
    expect(found('ask j.kowalski')).toEqual(['j.kowalski']);
  });

  it('takes the other ways logins are made of names, wherever they stand', () => {
    // An initial glued to a known surname, a name and digits, a name and a capital, initials and a name.
    expect(found('the commit is by `hrustamov`')).toEqual(['hrustamov']);
    expect(found('pkowalska mtanaka3 ravi_s ping')).toEqual(['mtanaka3', 'ravi_s']);
    expect(found('12:06 — DeShawnW drains node pool b')).toEqual(['DeShawnW']);
    expect(found('Thanks to ff_rahman for the quick turnaround')).toEqual(['ff_rahman']);
    // With an initial, a word no list holds is as good as a name.
    expect(found('per zhanna.b the token is rotated')).toEqual(['zhanna.b']);
  });

  it('leaves hosts, devices and settings shaped like logins alone', () => {
    expect(found('the patroni2 and gitaly3 and redis7 hosts, api_v2, foo.bar and config.yaml')).toEqual([]);
    expect(found('disk_a, node_b, eth0, sdb1, db_a, web_b, max_connections and shared_buffers')).toEqual([]);
    expect(found('UserSessionWorker, CleanupStaleBuilds, PgBouncer and IPv6')).toEqual([]);
  });

  it('leaves words, tools and team handles with an initial alone', () => {
    expect(found('node-a and pod-b restarted; the ops-x rota')).toEqual([]);
    expect(found("@kofi_m is the mention layer's")).toEqual([]);
  });

  it('holds account-shaped tokens holding a name', () => {
    expect(doubted('zorblat_77 and valentina.rossi')).toEqual(['zorblat_77', 'valentina.rossi']);
  });

  it('holds a team word with digits and a name beside it, but not a team or a host', () => {
    expect(doubted('dev_ana92 will own the follow-up')).toEqual(['dev_ana92']);
    expect(doubted('sre-team2, infra_42, redis-2, pg_main1 and ci_runner7 restarted')).toEqual([]);
  });
});
