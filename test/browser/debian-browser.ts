import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

/**
 * Debian's own browsers are the browsers of the tests and the demo (browser downloads cannot work
 * here). Installs the package when we are root with apt; otherwise says in one line what to install.
 */
export function ensureDebianBrowser(path: string, pkg: string, name: string, envVar: string): string {
  if (existsSync(path)) return path;
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) throw new Error(`${name} not found at ${path}: install Debian's ${pkg} (sudo apt-get install -y ${pkg}) or set ${envVar}.`);
  console.error(`${name} not found at ${path}; installing Debian's ${pkg} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', pkg],
  ]) {
    const run = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (run.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${run.status}); install ${pkg} by hand.`);
  }
  if (!existsSync(path)) throw new Error(`apt-get installed ${pkg} but ${path} is still missing; set ${envVar}.`);
  return path;
}

/** `tsx <file>` of a launcher: print the browser's path, or why there is none. */
export function printBrowser(name: string, ensure: () => string): void {
  try {
    console.log(`${name}: ${ensure()}`);
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
}
