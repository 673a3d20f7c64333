import { describe, expect, it } from 'vitest';
import { paragraph } from '../paragraph';
import { compromisePeople } from './compromise-people';

const found = (text: string) => compromisePeople(paragraph(text)).map((s) => s.text);

describe('compromise people', () => {
  it('settles honorifics and names that are also words', () => {
    expect(found('Dr. Smith reviewed the plan with Ms. Alvarez.')).toEqual(['Smith', 'Alvarez']);
    expect(found('Mark Hernandez confirmed the fix.')).toEqual(['Mark Hernandez']);
  });

  it('does not run on sentences without such a case, nor take verbs for names', () => {
    expect(found('Redis restarted on Tuesday.')).toEqual([]);
    expect(found('Mark the incident as resolved.')).toEqual([]);
  });
});
