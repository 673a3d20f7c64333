// The handbook's last step: the resolved incident's doc becomes one `outage` issue in the
// infrastructure tracker, and the doc links to it. Also the same report as files to download,
// for a team without GitLab or while GitLab is down.
import { findSection, insertParagraphs } from '../../core/doc-sections';
import { SECTIONS } from '../../core/incident-doc';
import { escapeMarkdownText, issueMarker, renderOutageIssue, type OutageIssue } from './outage-issue';
import { planNotes } from './outage-notes';
import type { Settings } from '../../core/settings';
import { addNote, createIssue, findIssueByMarker, listNotes, updateIssue, updateNote, type GitLabIssue } from '../../services/gitlab';
import { exactHost, trustedLink } from '../../core/trusted-link';
import { AppError } from '../../core/errors';
import type { Executor } from '../../background/outbox';
import { buildOutageReport } from './outage-report.worker';
import { load } from '../../background/store';
import { documentOf } from '../../background/incident-docs';
import { republish } from '../../background/public-copy';

const LINK_PREFIX = 'Outage issue: ';

async function renderedIssue(incidentId: string, outside = false): Promise<OutageIssue> {
  const { gitlab } = await load('settings');
  return renderOutageIssue(await buildOutageReport(incidentId, outside), gitlab.labels);
}

/**
 * The issue found by its marker is brought up to date, but only in what the export owns: its
 * title may have been edited by people since, and their labels stay.
 */
async function refresh(gitlab: Settings['gitlab'], existing: GitLabIssue, issue: OutageIssue): Promise<GitLabIssue> {
  const missing = issue.labels.filter((l) => !existing.labels.includes(l));
  if (existing.description === issue.description && !missing.length) return existing;
  return updateIssue(gitlab.instanceUrl, gitlab.projectPath, existing.iid, { description: issue.description, addLabels: missing });
}

async function syncNotes(gitlab: Settings['gitlab'], iid: number, notes: string[]): Promise<void> {
  if (!notes.length) return;
  const plan = planNotes(notes, await listNotes(gitlab.instanceUrl, gitlab.projectPath, iid));
  for (const note of plan.update) await updateNote(gitlab.instanceUrl, gitlab.projectPath, iid, note.id, note.body);
  // One at a time, in order: GitLab shows notes in the order they were created.
  for (const body of plan.create) await addNote(gitlab.instanceUrl, gitlab.projectPath, iid, body);
}

async function linkIssueInDoc(incidentId: string, documentId: string, url: string): Promise<void> {
  const line = `${LINK_PREFIX}${url}`;
  // Also after a cut-off attempt that wrote the line: the public copy must show it too.
  await republish(incidentId, documentId, {
    plan: (read) => {
      const section = findSection(read, SECTIONS.postMortem);
      if (!section) {
        throw new AppError(
          'not_found',
          'The doc has no Post-mortem heading for the issue link; add it back and retry (the issue is found again, not made twice).',
        );
      }
      if (section.body.some((p) => p.text.trim() === line)) return undefined;
      const at = section.heading.endIndex;
      return [
        ...insertParagraphs(at, [line]),
        { updateTextStyle: { range: { startIndex: at + LINK_PREFIX.length, endIndex: at + line.length }, textStyle: { link: { url } }, fields: 'link' } },
      ];
    },
  });
}

export const exportExecutor: Executor = async ({ step }) => {
  const { incidentId } = step;
  const { gitlab } = await load('settings');
  const documentId = await documentOf(incidentId);
  const issue = await renderedIssue(incidentId, true);
  // Looked up on every run, not only after an interruption: GitLab has no idempotency key, and
  // a person may press Retry on an export whose create did go through.
  const existing = await findIssueByMarker(gitlab.instanceUrl, gitlab.projectPath, issueMarker(incidentId));
  const saved = existing
    ? await refresh(gitlab, existing, issue)
    : await createIssue(gitlab.instanceUrl, gitlab.projectPath, { title: issue.title, description: issue.description, labels: issue.labels });
  await syncNotes(gitlab, saved.iid, issue.notes);
  const issueUrl = trustedLink(saved.web_url, exactHost(new URL(gitlab.instanceUrl).hostname));
  if (!issueUrl) throw new AppError('internal', `GitLab answered with an issue link that is not on ${new URL(gitlab.instanceUrl).host}; it is not used.`);
  await linkIssueInDoc(incidentId, documentId, issueUrl);
  return { issueUrl, iid: String(saved.iid) };
};

/** The issue as one Markdown file: title, description, then the timeline's continuation notes. */
export async function exportMarkdown(incidentId: string): Promise<string> {
  const issue = await renderedIssue(incidentId);
  return `${[`# ${escapeMarkdownText(issue.title)}`, issue.description.trimEnd(), ...issue.notes.map((n) => n.trimEnd())].join('\n\n')}\n`;
}

export async function exportJson(incidentId: string): Promise<string> {
  return `${JSON.stringify(await buildOutageReport(incidentId), null, 2)}\n`;
}
