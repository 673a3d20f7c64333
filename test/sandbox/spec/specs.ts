import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The official API descriptions live next to the repository, in `<repo>/../shared/specs` (see its
 * README for where each file comes from). `SANDBOX_SPECS_DIR` points elsewhere when the checkout
 * is laid out differently.
 */
export const SPECS_DIR = process.env['SANDBOX_SPECS_DIR'] ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/specs');

export const SPEC_FILES = {
  docs: 'google-docs-v1.discovery.json',
  drive: 'google-drive-v3.discovery.json',
  slack: 'slack-web-openapi-v2.json',
  x: 'x-api-v2-openapi.json',
  zoom: 'zoom-meeting-openapi.json',
  pagerduty: 'pagerduty-events-v2.json',
} as const;
export type SpecName = keyof typeof SPEC_FILES;

export class SpecsMissingError extends Error {}

const cache = new Map<SpecName, unknown>();

/** One spec file, parsed once per process; a missing directory or file is a clear error, not a silent pass. */
export function loadSpec(name: SpecName): Record<string, unknown> {
  const hit = cache.get(name);
  if (hit) return hit as Record<string, unknown>;
  const file = join(SPECS_DIR, SPEC_FILES[name]);
  if (!existsSync(file)) {
    throw new SpecsMissingError(
      `the ${name} API description ${file} is missing. The sandbox validates every request against the official specs in <repo>/../shared/specs; ` +
        'check out the shared folder next to the repository or set SANDBOX_SPECS_DIR.',
    );
  }
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  cache.set(name, parsed);
  return parsed;
}

/** Loads every spec up front, so a sandbox without them fails at start rather than on the first request. */
export function loadAllSpecs(): void {
  for (const name of Object.keys(SPEC_FILES) as SpecName[]) loadSpec(name);
}
