import { escapeHtml } from '../http';
import type { World } from '../world';

const e = escapeHtml;

function section(title: string, count: number, body: string, wide = false): string {
  return `<section${wide ? ' class="wide"' : ''}><h2>${e(title)} <span class="count">${count}</span></h2>${count === 0 ? '<p class="empty">Nothing yet.</p>' : body}</section>`;
}

function pre(s: string): string {
  return `<pre>${e(s)}</pre>`;
}

/** What the outside world saw, for a person watching a demo or debugging a test. Refreshes itself. */
export function outsideWorldHtml(w: World, info: { port: number; hosts: readonly string[] }): string {
  const docs = w.docs
    .map(
      (d) => `<article>
  <h3>${e(d.title)} <a href="https://docs.google.com/document/d/${e(d.documentId)}/edit">${e(d.documentId)}</a></h3>
  <p class="meta">revision ${e(d.revisionId)} · ${d.revisionCount} revisions · ${d.permissions.map((p) => `<span class="tag">${e(p.type)}${p.domain ? `:${e(p.domain)}` : ''}${p.emailAddress ? `:${e(p.emailAddress)}` : ''} ${e(p.role)}</span>`).join(' ')}</p>
  <div class="cols"><div><h4>Text</h4>${pre(d.text)}</div>
  <div><h4>Published ${d.publishedRevisionId ? `<span class="tag ok">revision ${e(d.publishedRevisionId)}${d.publishAuto ? ' · auto' : ''}</span>` : '<span class="tag">not published</span>'}</h4>${d.publishedText !== undefined ? pre(d.publishedText) : ''}</div></div>
</article>`,
    )
    .join('');
  const tweets = w.tweets.map((t) => `<article><p class="meta">${e(t.createdAt)} · ${e(t.host)} · id ${e(t.id)}</p>${pre(t.text)}</article>`).join('');
  const slack = w.slack
    .map(
      (m) =>
        `<article><p class="meta">#${e(m.channelName)} · ${e(m.ts)} · via ${e(m.via)}${m.threadTs ? ` · thread ${e(m.threadTs)}` : ''}</p>${pre(m.text)}</article>`,
    )
    .join('');
  const issues = w.issues
    .map(
      (i) => `<article><h3><a href="${e(i.web_url)}">${e(i.projectPath)}#${i.iid}</a> ${e(i.title)} <span class="tag">${e(i.state)}</span></h3>
  <p class="meta">${e(i.host)} · ${i.labels.map((l) => `<span class="tag label">${e(l)}</span>`).join(' ')}${i.confidential ? ' <span class="tag">confidential</span>' : ''}${i.quickActions.length > 0 ? ` · <span class="tag bad">quick actions ran: ${e(i.quickActions.join('; '))}</span>` : ''}</p>${pre(i.description)}
  ${w.notes
    .filter((n) => n.host === i.host && n.project_id === i.project_id && n.issue_iid === i.iid)
    .map((n) => `<div class="note"><p class="meta">note ${n.id}${n.internal ? ' · internal' : ''}</p>${pre(n.body)}</div>`)
    .join('')}</article>`,
    )
    .join('');
  const meetings = w.meetings
    .map(
      (m) =>
        `<article><h3>${e(m.topic)}</h3><p class="meta">id ${m.id} · <a href="${e(m.join_url)}">${e(m.join_url)}</a>${m.livestreamStatus ? ` · livestream ${e(m.livestreamStatus)}` : ''}</p></article>`,
    )
    .join('');
  const pages = w.pages
    .map(
      (p) =>
        `<article><h3>${e(p.summary)} <span class="tag">${e(p.status)}</span></h3><p class="meta">${e(p.severity)} · ${e(p.source)} · dedup_key ${e(p.dedup_key)} · ${p.events.map((x) => e(x.event_action)).join(' → ')}</p></article>`,
    )
    .join('');
  const grants = w.grants
    .map(
      (g) =>
        `<tr><td>${e(g.at)}</td><td>${e(g.service)}</td><td><span class="tag ${g.outcome === 'denied' ? 'bad' : 'ok'}">${e(g.outcome)}</span></td><td>${e(g.clientId)}</td><td>${e(g.scope)}</td></tr>`,
    )
    .join('');
  const requests = w.requests
    .slice(-40)
    .reverse()
    .map(
      (r) =>
        `<tr><td>${e(r.at.slice(11, 23))}</td><td>${e(r.method)}</td><td>${e(r.host)}${e(r.path)}</td><td class="${r.status >= 400 ? 'bad' : ''}">${r.status}</td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Outside world · Incident Desk sandbox</title>
<style>
  body { margin: 0; font: 14px/1.45 system-ui, sans-serif; background: #f4f5f7; color: #1d2330; }
  header { background: #1d2330; color: #fff; padding: 16px 28px; }
  header h1 { margin: 0; font-size: 20px; }
  header p { margin: 4px 0 0; color: #aab; font-size: 12px; }
  main { display: grid; grid-template-columns: repeat(auto-fill, minmax(520px, 1fr)); gap: 18px; padding: 20px 28px; }
  section { background: #fff; border-radius: 10px; padding: 14px 18px; box-shadow: 0 1px 3px rgba(0,0,0,.08); min-width: 0; }
  section.wide { grid-column: 1 / -1; }
  h2 { margin: 0 0 10px; font-size: 16px; } h3 { margin: 6px 0; font-size: 14px; } h4 { margin: 6px 0; font-size: 12px; color: #556; }
  .count { background: #e4e7ee; border-radius: 10px; padding: 0 8px; font-size: 12px; }
  article { border-top: 1px solid #eceef2; padding: 8px 0; }
  .meta { color: #667; font-size: 12px; margin: 2px 0; }
  pre { background: #f7f8fa; border-radius: 6px; padding: 8px 10px; white-space: pre-wrap; word-break: break-word; margin: 4px 0; max-height: 320px; overflow: auto; }
  .cols { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
  .tag { display: inline-block; background: #eef0f4; border-radius: 4px; padding: 0 6px; font-size: 12px; }
  .tag.ok { background: #dcf3e4; } .tag.bad, td.bad { background: #fde2e1; } .tag.label { background: #e5e0fb; }
  .note { margin-left: 16px; } .empty { color: #99a; }
  table { width: 100%; border-collapse: collapse; font-size: 12px; } td { padding: 3px 6px; border-top: 1px solid #eceef2; }
  a { color: #2155cc; }
</style></head>
<body>
<header><h1>What the outside world saw</h1><p>Sandbox on 127.0.0.1:${info.port} · serving ${info.hosts.map(e).join(', ')}</p></header>
<main id="world">
  ${section('Google Docs', w.docs.length, docs, true)}
  ${section('Tweets', w.tweets.length, tweets)}
  ${section('Slack messages', w.slack.length, slack)}
  ${section('GitLab issues', w.issues.length, issues)}
  ${section('Zoom meetings', w.meetings.length, meetings)}
  ${section('PagerDuty pages', w.pages.length, pages)}
  ${section('OAuth grants', w.grants.length, `<table>${grants}</table>`)}
  ${section('Recent requests', w.requests.length, `<table>${requests}</table>`, true)}
</main>
<script>
  setInterval(async () => {
    try {
      const page = new DOMParser().parseFromString(await (await fetch('/', { cache: 'no-store' })).text(), 'text/html');
      const next = page.getElementById('world');
      if (next) document.getElementById('world').replaceWith(next);
    } catch {}
  }, 2000);
</script>
</body></html>`;
}
