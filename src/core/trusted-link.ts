// Links that arrive in API answers (a meeting's join URL, an issue's web_url, a published link)
// are shown to people and opened from the popup, the sidebar and Slack. One is kept only when it
// is https on the host that service serves it from, so a tampered or broken answer cannot put a
// javascript: URL or a look-alike host in front of a responder.

export type HostRule = (host: string) => boolean;

export const ZOOM_HOSTS: HostRule = (host) => host === 'zoom.us' || host.endsWith('.zoom.us');
export const DOCS_HOSTS: HostRule = (host) => host === 'docs.google.com';
export const exactHost =
  (expected: string): HostRule =>
  (host) =>
    host === expected.toLowerCase();

export function trustedLink(url: unknown, allowed: HostRule): string | undefined {
  if (typeof url !== 'string' || !URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || !allowed(parsed.hostname)) return undefined;
  return parsed.toString();
}
