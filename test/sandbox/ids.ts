import { randomBytes } from 'node:crypto';

/** Opaque random id in the URL-safe alphabet Google and Slack ids use, so clients cannot lean on a format. */
export function randomId(length: number): string {
  return randomBytes(Math.ceil((length * 3) / 4) + 1)
    .toString('base64url')
    .slice(0, length);
}
