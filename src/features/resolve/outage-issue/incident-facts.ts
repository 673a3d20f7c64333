// The top of the issue: the summary, then the facts a reader looks for first (who declared, who
// led comms, when it started, was detected and was resolved, how long it lasted, where the
// public record is).
import { formatUtc } from '../../timeline/timeline';
import { formatDuration } from './duration';
import { escapeMarkdownText } from './escape-markdown';
import { markdownLink } from './links';
import type { OutageReport } from './report';

const BLOG_POST = { yes: 'yes', no: 'no', later: 'to be decided with marketing' } as const;

export function summaryParagraphs(summary: string): string {
  const paragraphs = summary
    .split(/\r\n|[\n\r\u2028\u2029]/)
    .map(escapeMarkdownText)
    .filter((p) => p !== '');
  return paragraphs.length ? paragraphs.join('\n\n') : '_No summary was written._';
}

/** Customers were affected from the first sign of trouble, which may be before the declaration. */
function impactStart(r: OutageReport): string {
  return r.detectedAt && Date.parse(r.detectedAt) < Date.parse(r.declaredAt) ? r.detectedAt : r.declaredAt;
}

export function outageDuration(r: OutageReport): string {
  if (!r.resolvedAt) return 'unknown: no resolution time was recorded';
  const start = impactStart(r);
  if (Date.parse(r.resolvedAt) < Date.parse(start)) return 'unknown: the resolution time is before the start';
  return `${formatDuration(start, r.resolvedAt)}, from ${start === r.declaredAt ? 'declaration' : 'detection'} to resolution`;
}

export function role(name: string): string {
  return `the ${escapeMarkdownText(name)}`;
}

export function incidentFacts(r: OutageReport): string {
  return [
    `- **Declared:** ${formatUtc(r.declaredAt)}, by ${role(r.declarerRole)}`,
    `- **Communications led by:** ${r.commsLeadRole ? role(r.commsLeadRole) : `${role(r.declarerRole)} (the declarer)`}`,
    `- **Detected:** ${r.detectedAt ? formatUtc(r.detectedAt) : 'not recorded'}`,
    `- **Resolved:** ${r.resolvedAt ? formatUtc(r.resolvedAt) : 'not recorded'}`,
    `- **Duration:** ${outageDuration(r)}`,
    `- **Public incident doc:** ${markdownLink(r.publicUrl)}`,
    `- **Working doc (company only):** ${markdownLink(r.docUrl)}`,
    `- **Blog post:** ${r.blogPost ? BLOG_POST[r.blogPost] : 'not decided'}`,
  ].join('\n');
}
