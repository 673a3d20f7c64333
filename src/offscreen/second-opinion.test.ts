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

  it('redacts what the tagger calls a person and lets go of what it calls a place', async () => {
    const tag = async () => (text: string) =>
      [...text.matchAll(/\S+/g)].map((m) => ({
        text: m[0],
        offset: { start: m.index, length: m[0].length },
        tags: m[0] === 'Zorvath' ? ['Person', 'FirstName'] : m[0] === 'Qelbrin' ? ['Place', 'City'] : ['Noun'],
      }));
    const r = await redactWithSecondOpinion(['so Zorvath moved it', 'then Qelbrin moved it', 'and Blorft moved it'], {}, {}, tag);
    expect(r.opinion).toEqual({ people: ['Zorvath'], things: ['Qelbrin'] });
    expect(r.texts).toEqual(['so Engineer 1 moved it', 'then Qelbrin moved it', 'and Blorft moved it']);
    expect(r.doubts).toEqual([{ term: 'Blorft', count: 1 }]);
  });

  it('with compromise: a city it knows is no doubt, an unknown word stays held', async () => {
    const r = await redactWithSecondOpinion(['Skopje was slow and Zorvath was fine'], {}, {});
    expect(r.opinion).toEqual({ people: [], things: ['Skopje'] });
    expect(r.doubts).toEqual([{ term: 'Zorvath', count: 1 }]);
  }, 20_000);
});
