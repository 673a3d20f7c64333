// The handbook's `outage` label always, then the team's labels, then `blog post` when marketing
// decided on one. Names differing only in case count as one, so a team's `Outage` does not put
// a second, look-alike label on the issue.
export const OUTAGE_LABEL = 'outage';
export const BLOG_POST_LABEL = 'blog post';

export function outageIssueLabels(configured: string[], blogPost: 'yes' | 'no' | 'later' | undefined): string[] {
  const wanted = [OUTAGE_LABEL, ...configured, ...(blogPost === 'yes' ? [BLOG_POST_LABEL] : [])];
  const seen = new Set<string>();
  const labels: string[] = [];
  for (const label of wanted.map((l) => l.trim())) {
    const key = label.toLowerCase();
    if (label === '' || seen.has(key)) continue;
    seen.add(key);
    labels.push(label);
  }
  return labels;
}
