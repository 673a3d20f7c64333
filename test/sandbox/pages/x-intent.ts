import { escapeHtml, html, params } from '../http';
import type { Service } from '../service';
import type { State } from '../world';
import { weightedLength } from '../fakes/x';

/**
 * x.com/intent/tweet: the composer prefilled from the query, as X assembles it (text, url,
 * #hashtags, "via @user"). Posting from it records a tweet, like a user pressing Post.
 */
export function xIntent(state: State): Service {
  return {
    hosts: ['x.com', 'twitter.com'],
    handle(req) {
      if (req.path !== '/intent/tweet' && req.path !== '/intent/post') return undefined;
      if (req.method === 'POST') {
        const text = (params(req).get('text') ?? '').normalize('NFC');
        const duplicate = state.tweets.some((t) => t.text === text);
        if (text.trim() !== '' && !duplicate) {
          state.tweets.push({ id: String(1_800_000_000_000_000_000n + BigInt(state.next())), text, host: req.host, createdAt: new Date().toISOString() });
        }
        return html(duplicate ? 403 : 200, shell(duplicate ? '<p class="note">Whoops! You already said that.</p>' : '<p class="note">Your post was sent.</p>'));
      }
      const text = composed(req.query);
      const left = 280 - weightedLength(text);
      return html(
        200,
        shell(`<form method="post" action="${escapeHtml(req.path)}">
  <textarea name="text" id="intent-text" aria-label="Post text" rows="7">${escapeHtml(text)}</textarea>
  <div class="row"><span class="count${left < 0 ? ' over' : ''}" id="intent-remaining">${left}</span><button type="submit">Post</button></div>
</form>`),
      );
    },
  };
}

function composed(q: URLSearchParams): string {
  const parts = [q.get('text') ?? ''];
  const url = q.get('url');
  if (url) parts.push(url);
  const tags = (q.get('hashtags') ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  if (tags.length > 0) parts.push(tags.map((t) => `#${t}`).join(' '));
  const via = q.get('via');
  if (via) parts.push(`via @${via}`);
  return parts.filter(Boolean).join(' ');
}

function shell(inner: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Post / X</title>
<style>
  body { margin: 0; font-family: -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif; background: #000; color: #e7e9ea; display: grid; place-items: start center; }
  main { width: 600px; margin-top: 60px; background: #000; border: 1px solid #2f3336; border-radius: 16px; padding: 16px; }
  .logo { font-size: 28px; font-weight: 800; }
  textarea { width: 100%; background: transparent; color: #e7e9ea; border: 0; font-size: 20px; resize: none; margin: 12px 0; }
  .row { display: flex; justify-content: flex-end; gap: 12px; align-items: center; border-top: 1px solid #2f3336; padding-top: 12px; }
  .count.over { color: #f4212e; }
  button { background: #1d9bf0; color: #fff; border: 0; border-radius: 20px; padding: 8px 18px; font-weight: 700; font-size: 15px; }
  .note { font-size: 18px; }
</style></head><body><main><div class="logo">𝕏</div>${inner}</main></body></html>`;
}
