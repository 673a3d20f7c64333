// The resolved incident as one GitLab issue: a description GitLab accepts, plus follow-up notes
// when the timeline is too long for it. Same report in, same text out, so a retried export can
// compare what it would post with what is already there.
import { impactTable } from './impact-table';
import { incidentFacts, summaryParagraphs } from './incident-facts';
import { issueMarker } from './issue-marker';
import { outageIssueLabels } from './issue-labels';
import { outageIssueTitle } from './issue-title';
import { liveDecision } from './live-decision';
import { paginateTimeline } from './paginate-timeline';
import { postMortem } from './post-mortem';
import { GITLAB_LIMITS, type IssueLimits, type OutageIssue, type OutageReport } from './report';
import { timelineItems } from './timeline-items';

// Smaller items pack the description and the notes more tightly, and a 50,000-character
// entry is already far beyond anything written during an incident.
const MAX_ITEM = 50_000;
// Room is kept for the widest part numbers, since the count is known only after paginating.
const WIDEST_PART = 99_999;

function noteHeading(part: number, parts: number): string {
  return `## Timeline (continued, part ${part} of ${parts})\n\n`;
}

function continuedNotice(parts: number): string {
  const where = parts === 2 ? 'the comment below (part 2 of 2)' : `the comments below (parts 2 to ${parts} of ${parts})`;
  return `_The timeline continues in ${where}._`;
}

function timelineIntro(r: OutageReport): string {
  const guesses = r.timeline.some((e) => e.kind === 'guess') ? ' Entries marked **[guess]** were working assumptions, not confirmed facts.' : '';
  return `_All times are UTC.${guesses}_`;
}

export function renderOutageIssue(r: OutageReport, labels: string[], limits: IssueLimits = GITLAB_LIMITS): OutageIssue {
  const head = [
    issueMarker(r.incidentId),
    '## Summary',
    summaryParagraphs(r.summary),
    incidentFacts(r),
    '## Customer impact',
    impactTable(r.impact),
    '## War room',
    liveDecision(r.live),
    '## Timeline',
    timelineIntro(r),
  ].join('\n\n');
  const tail = `\n\n${postMortem(r)}\n`;

  const noteRoom = limits.note - noteHeading(WIDEST_PART, WIDEST_PART).length;
  const firstRoom = limits.description - head.length - tail.length - `\n\n\n\n${continuedNotice(WIDEST_PART)}`.length;
  if (firstRoom < 0 || noteRoom < 2) {
    throw new RangeError('The summary and customer impact are too long for a GitLab issue description');
  }

  const items = timelineItems(r.timeline, Math.min(MAX_ITEM, noteRoom - 1));
  const [first = [], ...rest] = paginateTimeline(items, firstRoom, noteRoom);
  const parts = rest.length + 1;
  const timeline = items.length === 0 ? '_No timeline entries were recorded._' : first.join('\n');
  const notice = parts > 1 ? `\n\n${continuedNotice(parts)}` : '';

  return {
    title: outageIssueTitle(r.title, r.incidentId),
    description: `${head}\n\n${timeline}${notice}${tail}`,
    notes: rest.map((page, i) => `${noteHeading(i + 2, parts)}${page.join('\n')}\n`),
    labels: outageIssueLabels(labels, r.blogPost),
  };
}
