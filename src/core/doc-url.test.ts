import { describe, expect, it } from 'vitest';
import { editorDocumentId, editorUrl, publishedDocumentId } from './doc-url';

describe('editorDocumentId', () => {
  it.each([
    ['https://docs.google.com/document/d/1AbC_def-GHI/edit', '1AbC_def-GHI'],
    ['https://docs.google.com/document/d/1AbC_def-GHI/edit?tab=t.0#heading=h.x', '1AbC_def-GHI'],
    ['https://docs.google.com/document/u/1/d/1AbC_def-GHI/edit', '1AbC_def-GHI'],
  ])('finds the id in %s', (url, id) => {
    expect(editorDocumentId(url)).toBe(id);
  });

  it.each([
    'https://docs.google.com/document/d/1AbC_def-GHI/pub',
    'https://docs.google.com/document/d/e/2PACX-1vabc/pub',
    'https://docs.google.com/document/u/0/',
    'https://docs.google.com.evil.example/document/d/1AbC_def-GHI/edit',
    'http://docs.google.com/document/d/1AbC_def-GHI/edit',
    'https://docs.google.com/spreadsheets/d/1AbC_def-GHI/edit',
    'not a url',
  ])('ignores %s', (url) => {
    expect(editorDocumentId(url)).toBeUndefined();
  });

  it('round-trips with editorUrl', () => {
    expect(editorDocumentId(editorUrl('doc-12345'))).toBe('doc-12345');
  });
});

describe('publishedDocumentId', () => {
  it('finds the doc of a /pub page, and none in the published-key form or elsewhere', () => {
    expect(publishedDocumentId('https://docs.google.com/document/d/1AbC_def-GHI/pub?embedded=true')).toBe('1AbC_def-GHI');
    expect(publishedDocumentId('https://docs.google.com/document/d/e/2PACX-1vabc/pub')).toBeUndefined();
    expect(publishedDocumentId('https://docs.google.com/document/d/1AbC_def-GHI/edit')).toBeUndefined();
    expect(publishedDocumentId('https://evil.example/document/d/1AbC_def-GHI/pub')).toBeUndefined();
  });
});
