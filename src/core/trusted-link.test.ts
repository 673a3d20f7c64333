import { describe, expect, it } from 'vitest';
import { DOCS_HOSTS, exactHost, trustedLink, ZOOM_HOSTS } from './trusted-link';

describe('links from API answers', () => {
  it('keeps https links on the service host', () => {
    expect(trustedLink('https://us02web.zoom.us/j/123?pwd=x', ZOOM_HOSTS)).toBe('https://us02web.zoom.us/j/123?pwd=x');
    expect(trustedLink('https://gitlab.example.test/g/p/-/issues/4', exactHost('gitlab.example.test'))).toBeDefined();
    expect(trustedLink('https://docs.google.com/document/d/e/2PACX-1/pub', DOCS_HOSTS)).toBeDefined();
  });

  it('drops other schemes, look-alike hosts, credentials and junk', () => {
    for (const bad of [
      'javascript:alert(1)',
      'http://zoom.us/j/1',
      'https://zoom.us.evil.example/j/1',
      'https://evilzoom.us/j/1',
      'https://u:p@zoom.us/j/1',
      'not a url',
      42,
      undefined,
    ]) {
      expect(trustedLink(bad, ZOOM_HOSTS)).toBeUndefined();
    }
    expect(trustedLink('https://gitlab.com/x', exactHost('gitlab.example.test'))).toBeUndefined();
  });
});
