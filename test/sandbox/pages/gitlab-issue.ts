import type { State } from '../world';
import { escapeHtml, html } from '../http';

/**
 * The issue's web_url, shaped like a GitLab issue page. The description is shown as GitLab stores
 * it (Markdown source), with its labels and notes, so a person can read what the export wrote.
 */
export function gitlabIssuePage(state: State, host: string, path: string) {
  const m = /^\/(.+)\/-\/issues\/(\d+)$/.exec(path);
  if (!m) return undefined;
  const issue = state.issues.find((i) => i.host === host && i.projectPath === m[1] && i.iid === Number(m[2]));
  if (!issue) return html(404, '<h1>404 Page Not Found</h1>');
  const notes = state.notes.filter((n) => n.host === host && n.project_id === issue.project_id && n.issue_iid === issue.iid);
  const labels = issue.labels.map((l) => `<span class="label">${escapeHtml(l)}</span>`).join('');
  return html(
    200,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(issue.title)} (#${issue.iid}) · Issues · ${escapeHtml(issue.projectPath)} · GitLab</title>
<style>
  body { margin: 0; font: 14px/1.5 system-ui, sans-serif; color: #333238; background: #fff; }
  header { background: #1f1e24; color: #fff; padding: 10px 24px; font-weight: 600; }
  main { max-width: 980px; margin: 24px auto; padding: 0 24px; }
  .crumbs { color: #737278; font-size: 13px; }
  h1 { font-size: 22px; margin: 8px 0; }
  .state { background: #108548; color: #fff; border-radius: 12px; padding: 2px 10px; font-size: 12px; }
  .label { display: inline-block; background: #dd2b0e; color: #fff; border-radius: 12px; padding: 1px 10px; margin-right: 6px; font-size: 12px; }
  pre { white-space: pre-wrap; background: #fbfafd; border: 1px solid #dcdcde; border-radius: 4px; padding: 16px; font: 13px/1.5 ui-monospace, monospace; }
</style></head><body>
<header>GitLab</header>
<main>
  <div class="crumbs">${escapeHtml(issue.projectPath)} › Issues › #${issue.iid}</div>
  <h1>${escapeHtml(issue.title)}</h1>
  <p><span class="state">${issue.state === 'opened' ? 'Open' : 'Closed'}</span> ${labels}</p>
  <pre>${escapeHtml(issue.description)}</pre>
  ${notes.map((n) => `<h2>Comment</h2><pre>${escapeHtml(n.body)}</pre>`).join('')}
</main></body></html>`,
  );
}
