// Writes a store zip from a build directory and checks what is in it before anyone uploads it:
// `npm run package` (test/tools/package.ts) builds both browsers and calls these; the unit test
// runs them on small fixture directories.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import JSZip from 'jszip';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Zips `sourceDir` into `zipPath` with `web-ext build` (Mozilla's packager; the Chrome Web Store
 * takes the same kind of zip: manifest.json at its root). Hidden files are left out, as web-ext does.
 */
export function writeZip(sourceDir: string, zipPath: string): void {
  const run = spawnSync(
    resolve(ROOT, 'node_modules/.bin/web-ext'),
    ['build', '--source-dir', sourceDir, '--artifacts-dir', dirname(zipPath), '--filename', basename(zipPath), '--overwrite-dest', '--no-config-discovery'],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`web-ext build ${sourceDir} failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
}

export type Target = 'chrome' | 'firefox';

/** What a store upload must not carry, with the reason a reviewer would give. */
const FORBIDDEN_FILES: { pattern: RegExp; why: string }[] = [
  { pattern: /\.map$/, why: 'a source map (it ships our sources and any string in them)' },
  { pattern: /\.(pem|key|crt|cer|p12|pfx)$/i, why: 'a key or certificate file (the sandbox makes its certificate at start-up; none may ship)' },
  { pattern: /(^|\/)(test|e2e|sandbox)\//, why: 'test code' },
  { pattern: /(^|\/)\.[^/]+$/, why: 'a hidden file' },
];

/** Text that only a test build or a leaked secret puts into a file. */
const FORBIDDEN_TEXT: { pattern: RegExp; why: string }[] = [
  // background/index.ts exposes the context-menu handler as a global only when VITE_E2E_HOOKS=1.
  { pattern: /globalThis\.incidentDesk\s*=|onMenuClicked\s*:/, why: 'the e2e test hook (built with VITE_E2E_HOOKS=1)' },
  { pattern: /sourceMappingURL=/, why: 'a source map reference' },
  { pattern: /-----BEGIN [A-Z ]*(PRIVATE KEY|CERTIFICATE)-----/, why: 'a private key or certificate' },
];

export interface ZipReport {
  manifest: Record<string, unknown>;
  files: string[];
  problems: string[];
}

/**
 * Reads the zip back and lists every problem: a manifest a store would refuse (missing, wrong
 * version, unresolved `__MSG_…__`, the other browser's keys) and any file or text that must not ship.
 */
export async function checkZip(zipPath: string, target: Target, version: string): Promise<ZipReport> {
  const zip = await JSZip.loadAsync(await readFile(zipPath));
  const files = Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name);
  const problems: string[] = [];
  const text = async (name: string) => (await zip.file(name)?.async('string')) ?? '';

  if (!files.includes('manifest.json')) return { manifest: {}, files, problems: ['no manifest.json at the root of the zip'] };
  const manifest = JSON.parse(await text('manifest.json')) as Record<string, unknown>;
  if (manifest.version !== version) problems.push(`manifest version ${String(manifest.version)} is not the package version ${version}`);

  const locale = manifest.default_locale;
  if (typeof locale !== 'string') problems.push('manifest has no default_locale');
  else {
    const path = `_locales/${locale}/messages.json`;
    if (!files.includes(path)) problems.push(`no ${path} for default_locale "${locale}"`);
    else {
      const messages = JSON.parse(await text(path)) as Record<string, { message?: string }>;
      const known = new Set(Object.keys(messages).map((k) => k.toLowerCase()));
      for (const [, key] of JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)) {
        if (!known.has(key!.toLowerCase())) problems.push(`manifest uses __MSG_${key}__, which ${path} does not define`);
      }
    }
  }

  const gecko = (manifest.browser_specific_settings as { gecko?: { id?: string } } | undefined)?.gecko;
  if (target === 'firefox') {
    if (!gecko?.id) problems.push('Firefox manifest has no browser_specific_settings.gecko.id');
    if ((manifest.background as { service_worker?: unknown } | undefined)?.service_worker) problems.push('Firefox manifest has a background.service_worker');
  } else if (!(manifest.background as { service_worker?: unknown } | undefined)?.service_worker) {
    problems.push('Chrome manifest has no background.service_worker');
  }

  for (const name of files) {
    for (const f of FORBIDDEN_FILES) if (f.pattern.test(name)) problems.push(`${name}: ${f.why}`);
    if (/\.(png|jpe?g|gif|webp|ico|woff2?|ttf|wasm)$/i.test(name)) continue;
    const body = await text(name);
    for (const f of FORBIDDEN_TEXT) if (f.pattern.test(body)) problems.push(`${name}: ${f.why}`);
  }
  return { manifest, files, problems };
}
