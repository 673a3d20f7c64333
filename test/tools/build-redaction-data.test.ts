import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildData, OUT, render } from './build-redaction-data';

// The detector ships lists generated from packages: a package update, or a hand edit of a list,
// must show up here rather than silently change what is redacted. Fix with `npm run redaction:data`.
describe('generated redaction data', () => {
  const built = buildData();

  it.each(built.map(([name, about, list]) => [name, about, list] as const))('data/%s.ts is what its package produces', (name, about, list) => {
    expect(readFileSync(new URL(`${name}.ts`, OUT), 'utf8') === render(about, list)).toBe(true);
  });

  it('has no data file that nothing generates, but the hand-written infrastructure lexicon', () => {
    const files = readdirSync(OUT)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(files).toEqual([...built.map(([name]) => name), 'infrastructure'].sort());
  });

  it('keeps the people of the name lists out of the product list', () => {
    const products = new Set(built.find(([name]) => name === 'products')?.[2]);
    // simple-icons alone brings a few names as brands; our logo names must not add more.
    expect(['katharine', 'oluwaseun', 'ava'].filter((w) => products.has(w))).toEqual([]);
  });
});
