import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import messages from '../../public/_locales/en/messages.json' with { type: 'json' };
import { format, makeT, MESSAGE_KEYS } from './i18n';

const ROOT = resolve(import.meta.dirname, '../..');
const entries = messages as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sources(path);
    return /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [path] : [];
  });
}

/** Every key a `t(…)` call names: `t('key'`, and both keys of `t(cond ? 'a' : 'b'`. */
function keysUsed(): Set<string> {
  const used = new Set<string>();
  for (const file of sources(resolve(ROOT, 'src'))) {
    // Comments may name a key as an example: only code counts.
    const text = readFileSync(file, 'utf8').replace(/^\s*(\/\/|\/?\*).*$/gm, '');
    for (const m of text.matchAll(/\bt\(\s*'(\w+)'/g)) used.add(m[1]!);
    for (const m of text.matchAll(/\bt\([^'()]*\?\s*'(\w+)'\s*:\s*'(\w+)'/g)) used.add(m[1]!).add(m[2]!);
  }
  for (const m of readFileSync(resolve(ROOT, 'manifest.json'), 'utf8').matchAll(/__MSG_(\w+)__/g)) used.add(m[1]!);
  return used;
}

describe('messages.json', () => {
  it('has every key the code uses, and the code uses every key in it', () => {
    const used = keysUsed();
    expect(
      [...used].filter((k) => !(k in entries)),
      'used but not in messages.json',
    ).toEqual([]);
    expect(
      MESSAGE_KEYS.filter((k) => !used.has(k)),
      'in messages.json but used nowhere',
    ).toEqual([]);
  });

  it('is a file the browsers load: valid names, every $NAME$ declared, substitutions $1… in order', () => {
    for (const [key, entry] of Object.entries(entries)) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(key.startsWith('@@')).toBe(false);
      const declared = Object.keys(entry.placeholders ?? {});
      const named = [...entry.message.replace(/\$\$/g, '').matchAll(/\$(\w+)\$/g)].map((m) => m[1]!.toLowerCase());
      expect(new Set(named), key).toEqual(new Set(declared));
      expect(
        declared.map((p) => entry.placeholders![p]!.content),
        key,
      ).toEqual(declared.map((_, i) => `$${i + 1}`));
    }
  });

  it('names the extension in the manifest from the file', () => {
    const manifest = JSON.parse(readFileSync(resolve(ROOT, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.default_locale).toBe('en');
    expect(manifest.name).toBe('__MSG_extName__');
    expect(format('extName')).toBe('Incident Desk');
  });
});

describe('t', () => {
  it('reads the English file where there is no browser, substitutions in place', () => {
    const t = makeT();
    expect(t('impact_savedWait', 42)).toBe('Saved to the doc. The last announcement was under a minute ago; announce again in 42 s.');
    expect(t('settings_notImported_other', 'team.json', 3)).toBe('team.json was not imported: 3 problems. Nothing was saved.');
    expect(t('escalate_reachLabel', 'Call', 'VP of Engineering')).toBe('Call the VP of Engineering');
  });

  it("takes the browser's translation when it has one", () => {
    const t = makeT((key, subs) => (key === 'role_change' ? 'Ändern' : key === 'notify_title' ? `Incident Desk – ${subs[0]}` : ''));
    expect(t('role_change')).toBe('Ändern');
    expect(t('notify_title', 'Fehler')).toBe('Incident Desk – Fehler');
    // A message the translation lacks falls back to English rather than showing nothing.
    expect(t('role_save')).toBe('Save role');
  });
});
