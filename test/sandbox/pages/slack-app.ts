import { escapeHtml, html } from '../http';
import type { Service } from '../service';
import type { State } from '../world';
import { BOT_USER_ID, CHANNELS, SEEDED_MESSAGES, TEAM, USERS } from '../fakes/slack-directory';

/** app.slack.com: a page shaped like the Slack web client, showing a channel's messages with author and time. */
export function slackApp(state: State): Service {
  return {
    hosts: ['app.slack.com'],
    handle(req) {
      const channelId = /^\/client\/[^/]+\/([^/]+)/.exec(req.path)?.[1] ?? 'C01PRODUCTION';
      const channel = CHANNELS.find((c) => c.id === channelId) ?? CHANNELS[0];
      if (!channel) return html(404, 'no channels');
      const now = Date.now();
      const seeded = SEEDED_MESSAGES.filter((m) => m.channel === channel.id).map((m) => ({
        user: m.user,
        text: m.text,
        at: new Date(now - m.minutesAgo * 60_000),
      }));
      const posted = state.slack
        .filter((m) => m.channel === channel.id)
        .map((m) => ({ user: m.user, text: m.text, at: new Date(Number(m.ts.split('.')[0]) * 1000) }));
      return html(200, page(channel.id, channel.name, [...seeded, ...posted]));
    },
  };
}

function page(channelId: string, channelName: string, messages: Array<{ user: string; text: string; at: Date }>): string {
  const channels = CHANNELS.filter((c) => c.is_member && !c.is_archived)
    .map((c) => `<a class="ch${c.id === channelId ? ' active' : ''}" href="/client/${TEAM.id}/${c.id}">${c.is_private ? '🔒' : '#'} ${escapeHtml(c.name)}</a>`)
    .join('');
  const items = messages
    .map((m) => {
      const user = USERS.find((u) => u.id === m.user);
      const name = user?.real_name ?? m.user;
      const time = m.at.toISOString();
      return `<div class="c-message_kit__message" data-qa="message_container" role="listitem">
  <div class="avatar" style="background:${color(m.user)}">${escapeHtml(name.slice(0, 1))}</div>
  <div class="c-message_kit__gutter">
    <div><span class="c-message__sender" data-qa="message_sender_name">${escapeHtml(name)}</span>${m.user === BOT_USER_ID ? '<span class="app">APP</span>' : ''}
    <time class="c-timestamp" datetime="${time}" title="${time}">${time.slice(11, 16)}</time></div>
    <div class="p-rich_text_section" data-qa="message-text">${mrkdwn(m.text)}</div>
  </div></div>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(channelName)} (Channel) - ${escapeHtml(TEAM.name)} - Slack</title>
<style>
  * { box-sizing: border-box; }
  body { margin: 0; font-family: Lato, 'Helvetica Neue', Arial, sans-serif; display: grid; grid-template-rows: 40px 1fr; height: 100vh; background: #3f0e40; }
  .top { background: #350d36; color: #fff; display: flex; align-items: center; justify-content: center; }
  .top input { width: 40%; border-radius: 6px; border: 0; padding: 5px 10px; background: #5d385e; color: #fff; }
  .app-body { display: grid; grid-template-columns: 260px 1fr; min-height: 0; }
  .sidebar { color: #cfc3cf; padding: 12px 8px; }
  .sidebar h1 { color: #fff; font-size: 18px; margin: 4px 8px 16px; }
  .ch { display: block; color: inherit; text-decoration: none; padding: 4px 12px; border-radius: 6px; font-size: 15px; }
  .ch.active { background: #1164a3; color: #fff; }
  .main { background: #fff; border-radius: 8px 0 0 0; display: grid; grid-template-rows: 50px 1fr 90px; min-height: 0; }
  .head { border-bottom: 1px solid #ddd; padding: 12px 20px; font-weight: 900; font-size: 18px; }
  .messages { overflow: auto; padding: 12px 0; }
  .c-message_kit__message { display: flex; gap: 8px; padding: 8px 20px; }
  .c-message_kit__message:hover { background: #f8f8f8; }
  .avatar { width: 36px; height: 36px; border-radius: 6px; color: #fff; display: grid; place-items: center; font-weight: 700; flex: none; }
  .c-message__sender { font-weight: 900; margin-right: 6px; }
  .app { font-size: 10px; background: #e8e8e8; color: #555; padding: 1px 3px; border-radius: 2px; margin-right: 6px; }
  .c-timestamp { color: #616061; font-size: 12px; }
  .p-rich_text_section { font-size: 15px; line-height: 1.46; white-space: pre-wrap; }
  .mention { background: #fff3c2; color: #1264a3; border-radius: 3px; padding: 0 2px; }
  .composer { margin: 0 20px 20px; border: 1px solid #bbb; border-radius: 8px; padding: 12px; color: #888; }
</style></head>
<body>
  <div class="top"><input placeholder="Search ${escapeHtml(TEAM.name)}" aria-label="Search"></div>
  <div class="app-body">
    <nav class="sidebar"><h1>${escapeHtml(TEAM.name)}</h1>${channels}</nav>
    <section class="main" data-channel-id="${escapeHtml(channelId)}">
      <div class="head"># ${escapeHtml(channelName)}</div>
      <div class="messages" role="list">${items}</div>
      <div class="composer">Message #${escapeHtml(channelName)}</div>
    </section>
  </div>
</body></html>`;
}

/** Draws Slack's control sequences the way the client shows them; everything else stays text. */
function mrkdwn(text: string): string {
  const decode = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return text
    .split(/(<[^<>]+>)/)
    .map((part) => {
      const m = /^<([^<>|]+)(?:\|([^<>]+))?>$/.exec(part);
      if (!m?.[1]) return escapeHtml(decode(part));
      const [, target, label] = m;
      if (target.startsWith('!')) return `<span class="mention">@${escapeHtml(target.slice(1).split('^')[0] ?? '')}</span>`;
      if (target.startsWith('@')) return `<span class="mention">@${escapeHtml(USERS.find((u) => u.id === target.slice(1))?.name ?? target.slice(1))}</span>`;
      if (target.startsWith('#')) return `<span class="mention">#${escapeHtml(CHANNELS.find((c) => c.id === target.slice(1))?.name ?? target.slice(1))}</span>`;
      return `<a href="${escapeHtml(target)}">${escapeHtml(decode(label ?? target))}</a>`;
    })
    .join('');
}

function color(id: string): string {
  const palette = ['#e01e5a', '#2eb67d', '#36c5f0', '#ecb22e', '#4a154b', '#1264a3'];
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) % palette.length;
  return palette[h] ?? '#1264a3';
}
