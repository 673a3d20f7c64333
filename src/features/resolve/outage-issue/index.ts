// Issue 6's export, pure: a resolved incident rendered as a GitLab `outage` issue.
export {
  MAX_DESCRIPTION,
  MAX_NOTE,
  MAX_TITLE,
  SEGMENT_STATUSES,
  type LiveDecision,
  type OutageIssue,
  type OutageReport,
  type SegmentImpact,
  type SegmentStatus,
} from './report';
export { escapeMarkdownText } from './escape-markdown';
export { issueMarker } from './issue-marker';
export { renderOutageIssue } from './render-outage-issue';
