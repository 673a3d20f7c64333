// `web-ext lint` on the Firefox build (dist-firefox/), as addons.mozilla.org would run it. Fails on
// any error, and on any warning that is not one of those the README explains ("Firefox" section):
// a new warning must be fixed or explained there, not slip by.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = resolve(ROOT, 'dist-firefox');

/** Warning code and file prefix → why it stays (the README says the same in full). */
export const EXPLAINED: { code: string; file: RegExp; why: string }[] = [
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^assets\/theme-[\w-]+\.js$/, why: "preact's renderer supports dangerouslySetInnerHTML; Incident Desk never uses it" },
];

interface Message {
  code: string;
  message: string;
  file?: string;
  line?: number;
}

if (!existsSync(resolve(DIST, 'manifest.json'))) {
  console.error('No dist-firefox/: run "npm run build:firefox" first.');
  process.exit(1);
}
const run = spawnSync(resolve(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', DIST, '--output', 'json', '--no-config-discovery'], {
  encoding: 'utf8',
});
let report: { errors: Message[]; warnings: Message[]; notices: Message[] };
try {
  report = JSON.parse(run.stdout) as typeof report;
} catch {
  console.error(`web-ext lint gave no report (exit ${run.status}):\n${run.stderr}`);
  process.exit(1);
}
const unexplained = report.warnings.filter((w) => !EXPLAINED.some((e) => e.code === w.code && e.file.test(w.file ?? '')));
const show = (m: Message) => `  ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} ${m.message}`;
console.log(
  `web-ext lint dist-firefox: ${report.errors.length} errors, ${report.warnings.length} warnings (${report.warnings.length - unexplained.length} explained in the README), ${report.notices.length} notices`,
);
for (const m of report.errors) console.log(show(m));
for (const m of unexplained) console.log(`${show(m)}  (not explained in the README)`);
if (report.errors.length || unexplained.length) process.exit(1);
