import { describe, expect, it, vi } from 'vitest';
import { loadCompromise, redactWithSecondOpinion } from './second-opinion';

describe('redactWithSecondOpinion', () => {
  it('never loads the tagger for a scan without doubts', async () => {
    const load = vi.fn(loadCompromise);
    const r = await redactWithSecondOpinion(['Katharine Berry restarted the replica.'], {}, {}, load);
    expect(load).not.toHaveBeenCalled();
    expect(r.texts).toEqual(['Engineer 1 restarted the replica.']);
  });

  it('keeps the doubts held when the tagger cannot load', async () => {
    const r = await redactWithSecondOpinion(['so Zorvath moved it'], {}, {}, () => Promise.reject(new Error('no chunk')));
    expect(r.doubts).toEqual([{ term: 'Zorvath', count: 1 }]);
    expect(r.texts).toEqual(['so Zorvath moved it']);
  });

  it('with compromise: a name it knows is redacted, a city it knows is no doubt, an unknown word stays held', async () => {
    const texts = ['Benjamin Elder [9:03 PM] Katharine span up 55 nodes', 'Skopje was slow and Zorvath was fine'];
    const r = await redactWithSecondOpinion(texts, {}, {});
    expect(r.opinion).toEqual({ people: ['Katharine'], things: ['Skopje'] });
    expect(r.texts).toEqual(['Engineer 1 [9:03 PM] Engineer 2 span up 55 nodes', 'Skopje was slow and Zorvath was fine']);
    expect(r.doubts).toEqual([{ term: 'Zorvath', count: 1 }]);
  }, 20_000);
});
