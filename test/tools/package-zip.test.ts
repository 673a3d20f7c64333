import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkZip, writeZip } from './package-zip';

const work = mkdtempSync(join(tmpdir(), 'package-zip-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const MANIFEST = {
  manifest_version: 3,
  name: '__MSG_extName__',
  version: '1.2.3',
  default_locale: 'en',
  background: { service_worker: 'service-worker-loader.js', type: 'module' },
};
const MESSAGES = { extName: { message: 'Incident Desk' } };

/** A build directory: manifest, locale, a script, plus whatever else the case adds. */
function fixture(name: string, extra: Record<string, string> = {}, manifest: object = MANIFEST): string {
  const dir = join(work, name);
  const files = {
    'manifest.json': JSON.stringify(manifest),
    '_locales/en/messages.json': JSON.stringify(MESSAGES),
    'assets/index.js': 'console.log("worker")',
    ...extra,
  };
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  return dir;
}

function zipOf(name: string, extra?: Record<string, string>, manifest?: object): string {
  const zip = join(work, 'out', `${name}.zip`);
  writeZip(fixture(name, extra, manifest), zip);
  return zip;
}

describe('store zip', () => {
  it('holds the build with manifest.json at its root and passes a clean build', async () => {
    const report = await checkZip(zipOf('clean'), 'chrome', '1.2.3');
    expect(report.problems).toEqual([]);
    expect(report.files.sort()).toEqual(['_locales/en/messages.json', 'assets/index.js', 'manifest.json']);
    expect(report.manifest.name).toBe('__MSG_extName__');
  }, 30_000);

  it('refuses the e2e hook, source maps, keys and a wrong version', async () => {
    const zip = zipOf('dirty', {
      'assets/index.js': 'x(),globalThis.incidentDesk={onMenuClicked:_a};\n//# sourceMappingURL=index.js.map',
      'assets/index.js.map': '{}',
      'sandbox.pem': '-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----',
    });
    const { problems } = await checkZip(zip, 'chrome', '2.0.0');
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('manifest version 1.2.3 is not the package version 2.0.0'),
        expect.stringContaining('assets/index.js: the e2e test hook'),
        expect.stringContaining('assets/index.js: a source map reference'),
        expect.stringContaining('assets/index.js.map: a source map'),
        expect.stringContaining('sandbox.pem: a key or certificate file'),
        expect.stringContaining('sandbox.pem: a private key or certificate'),
      ]),
    );
  }, 30_000);

  it('refuses a manifest whose __MSG_ names have no message, and a Firefox one without its id', async () => {
    const zip = zipOf('unlocalised', {}, { ...MANIFEST, description: '__MSG_extDescription__' });
    const { problems } = await checkZip(zip, 'firefox', '1.2.3');
    expect(problems).toContain('manifest uses __MSG_extDescription__, which _locales/en/messages.json does not define');
    expect(problems).toContain('Firefox manifest has no browser_specific_settings.gecko.id');
    expect(problems).toContain('Firefox manifest has a background.service_worker');
  }, 30_000);
});
