// `npm run bench`: performance figures, printed. Nothing here passes or fails.
import { spawnSync } from 'node:child_process';
import { run as redaction } from './redaction';
import { run as extension } from './extension';

console.log('# Redaction (Node, no roster)');
await redaction();
console.log('\n# Built extension in Chromium against the sandbox');
const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(1);
await extension();
