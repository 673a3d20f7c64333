// `npm start`: build, start the sandbox, open Chromium with the extension on a sandbox incident
// doc. With a display it stays open for you to use; without one (or with --headless) it walks
// through every flow, writes screenshots and demo-output/report.json, and fails if a step did.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startHarness } from '../e2e/harness';
import { walkthrough, type DemoContext } from './walkthrough';

const OUT = resolve(import.meta.dirname, '../../demo-output');
const args = new Set(process.argv.slice(2));
const headless = args.has('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

function buildExtension() {
  console.log('Building the extension…');
  const run = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error('The build failed; see above.');
}

async function main(): Promise<number> {
  if (!args.has('--no-build')) buildExtension();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });

  const h = await startHarness({ headless, screenshots: resolve(OUT, 'screenshots') });
  const documentId = h.sandbox.createDoc({
    title: 'Major incident: database replica lag',
    text: 'Summary\nReplication lag on the primary database cluster.\nTimeline\n',
  }).documentId;
  console.log(`Sandbox: https on 127.0.0.1:${h.sandbox.port}; outside world at ${h.sandbox.controlUrl}`);

  if (!headless) {
    const doc = await h.page(`https://docs.google.com/document/d/${documentId}/edit`);
    await h.page(h.sandbox.controlUrl);
    await doc.bringToFront();
    console.log('Chromium is open on the sandbox incident doc. Close the browser (or press Ctrl-C) to stop.');
    await new Promise<void>((done) => {
      h.context.on('close', () => done());
      process.once('SIGINT', () => done());
    });
    await h.shutdown().catch(() => undefined);
    return 0;
  }

  const ctx: DemoContext = { h, documentId, pages: {}, sidebars: {} };
  const steps: { name: string; ok: boolean; ms: number; error?: string }[] = [];
  for (const step of walkthrough) {
    const started = performance.now();
    try {
      await step.run(ctx);
      steps.push({ name: step.name, ok: true, ms: Math.round(performance.now() - started) });
      console.log(`  ok    ${step.name}`);
    } catch (err) {
      const error = (err as Error).message.split('\n')[0]!;
      steps.push({ name: step.name, ok: false, ms: Math.round(performance.now() - started), error });
      console.log(`  FAIL  ${step.name}: ${error}`);
    }
  }
  const report = { steps, world: h.sandbox.world() };
  writeFileSync(resolve(OUT, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  await h.shutdown();
  const failed = steps.filter((s) => !s.ok).length;
  console.log(`\n${steps.length - failed} of ${steps.length} steps passed.`);
  console.log(`Report: ${resolve(OUT, 'report.json')}\nScreenshots: ${resolve(OUT, 'screenshots')}`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`Demo failed: ${err.message}`);
    process.exit(1);
  },
);
