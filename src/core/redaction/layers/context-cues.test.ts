import { describe, expect, it } from 'vitest';
import { paragraph } from '../paragraph';
import { contextCues } from './context-cues';

const found = (text: string) => contextCues(paragraph(text)).map((s) => s.text);

describe('context cues', () => {
  it('reads unknown words as people from their neighbours', () => {
    expect(found('joined #testing-ops along with Draven.')).toEqual(['Draven']);
    expect(found('but Seb probably has the context there')).toEqual(['Seb']);
    expect(found('talking to lantao offline')).toEqual(['lantao']);
    expect(found('MacFan4000 noticed the errors')).toEqual(['MacFan4000']);
    expect(found('ayufan merged the fix')).toEqual(['ayufan']);
    expect(found("Peterse's runbook was out of date")).toEqual(["Peterse's"]);
  });

  it('leaves products, words and grammar alone', () => {
    expect(found('Redis restarted and Sidekiq is down')).toEqual([]);
    expect(found('(TouchID saves the day, mostly)')).toEqual([]);
    expect(found('@Katharine successfully deploys a fixed Boskos')).toEqual([]);
    expect(found("we've crossed the majority of nodes")).toEqual([]);
    expect(found('pinged the database team on Tuesday')).toEqual([]);
  });
});
