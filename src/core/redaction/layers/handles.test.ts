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

  it('leaves words, tools and team handles with an initial alone', () => {
    expect(found('node-a and pod-b restarted; the ops-x rota')).toEqual([]);
    expect(found('@kofi_m is the mention layer\'s')).toEqual([]);
  });

  it('holds account-shaped tokens holding a name', () => {
    expect(doubted('zorblat_77 and valentina.rossi')).toEqual(['zorblat_77', 'valentina.rossi']);
  });
});
