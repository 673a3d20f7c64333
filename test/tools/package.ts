// `npm run package`: the production builds of both browsers, zipped for the stores into artifacts/,
// each zip read back and checked (test/tools/package-zip.ts). Fails, and leaves no zip behind,
// when a check fails. The builds are made here with VITE_E2E_HOOKS removed from the environment:
// the Firefox e2e build sets it, a store build never carries the hook.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkZip, writeZip, type Target } from './package-zip';

const ROOT = resolve(import.meta.dirname, '../..');
const ARTIFACTS = resolve(ROOT, 'artifacts');
const { version } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string };

const TARGETS: { target: Target; script: string; dir: string }[] = [
  { target: 'chrome', script: 'build', dir: 'dist' },
  { target: 'firefox', script: 'build:firefox', dir: 'dist-firefox' },
];

const env = { ...process.env };
delete env.VITE_E2E_HOOKS;
mkdirSync(ARTIFACTS, { recursive: true });

let failed = false;
for (const { target, script, dir } of TARGETS) {
  const build = spawnSync('npm', ['run', '-s', script], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) {
    console.error(`npm run ${script} failed (exit ${build.status})`);
    process.exit(1);
  }
  const zipPath = resolve(ARTIFACTS, `incident-desk-${target}-${version}.zip`);
  writeZip(resolve(ROOT, dir), zipPath);
  const report = await checkZip(zipPath, target, version);
  if (report.problems.length) {
    failed = true;
    rmSync(zipPath, { force: true });
    console.error(`${target}: ${report.problems.length} problem(s), no zip written:\n${report.problems.map((p) => `  ${p}`).join('\n')}`);
  } else {
    console.log(`${target}: artifacts/incident-desk-${target}-${version}.zip (${report.files.length} files)`);
  }
}
if (failed) process.exit(1);
