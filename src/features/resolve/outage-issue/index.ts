// Issue 6's export, pure: a resolved incident rendered as a GitLab `outage` issue.
export type { OutageIssue, OutageReport } from './report';
export { escapeMarkdownText } from './escape-markdown';
export { issueMarker } from './issue-marker';
export { renderOutageIssue } from './render-outage-issue';
