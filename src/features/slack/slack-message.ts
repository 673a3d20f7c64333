// Slack mrkdwn: only &, < and > are special, and escaping them is what keeps a title such as
// "<!everyone> db down" from mentioning the whole workspace or breaking a link.
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `<url|label>`: characters that would end the link early are encoded. */
export function slackLink(url: string, label: string): string {
  return `<${url.replace(/[<>|]/g, encodeURIComponent)}|${escapeSlack(label).replace(/\|/g, '¦')}>`;
}

export interface Announcement {
  title: string;
  declarerRole: string;
  commsLeadRole?: string;
  docUrl: string;
  /** absent when the Workspace does not allow publishing to the web */
  publicUrl?: string;
  warRoomUrl: string;
}

const NOT_PUBLISHED = 'not published: this Google Workspace does not allow publishing to the web';

/** The marketing channel's call: <!channel>, what happened, and where to look. */
export function marketingAnnouncement(a: Announcement): string {
  return [
    `<!channel> *Major incident declared:* ${escapeSlack(a.title)}`,
    `Declared by the ${escapeSlack(a.declarerRole)}${a.commsLeadRole ? `; communications are led by the ${escapeSlack(a.commsLeadRole)}` : ''}.`,
    `• Incident doc (edit): ${slackLink(a.docUrl, 'incident doc')}`,
    `• Public copy: ${a.publicUrl ? slackLink(a.publicUrl, 'published doc') : NOT_PUBLISHED}`,
    `• War room: ${slackLink(a.warRoomUrl, 'Zoom war room')}`,
    'Marketing: please start on communications, fill in the customer impact per segment in the doc, and decide whether the war room goes live.',
  ].join('\n');
}

export function devrelNotice(a: Announcement): string {
  return [
    `Heads-up: major incident declared: ${escapeSlack(a.title)}.`,
    `Public copy for the community: ${a.publicUrl ? slackLink(a.publicUrl, 'published doc') : NOT_PUBLISHED}; war room: ${slackLink(a.warRoomUrl, 'Zoom')}.`,
  ].join('\n');
}

export function escalationMessage(opts: { title: string; why: string; fromRole: string; toRole: string }): string {
  return [
    `You are being escalated to as ${escapeSlack(opts.toRole)} to declare a major incident: ${escapeSlack(opts.title)}`,
    `From the ${escapeSlack(opts.fromRole)}. Why this is a major incident: ${escapeSlack(opts.why)}`,
  ].join('\n');
}

/**
 * The communications lead's direct message: where everything is, and how to take part. The doc
 * link is also the way to join: opened in a browser with Incident Desk, its sidebar offers
 * "Join this incident". Names no one: the lead is addressed by the DM itself.
 */
export function commsLeadMessage(a: Announcement & { commsLeadRole: string }): string {
  return [
    `You lead communications for a major incident, as the ${escapeSlack(a.commsLeadRole)}: ${escapeSlack(a.title)}`,
    `The ${escapeSlack(a.declarerRole)} declared it and asks you to follow the handbook's communication guideline while they work on solving it.`,
    `• Incident doc (edit, timeline, customer impact): ${slackLink(a.docUrl, 'incident doc')}`,
    `• Public copy: ${a.publicUrl ? slackLink(a.publicUrl, 'published doc') : NOT_PUBLISHED}`,
    `• War room: ${slackLink(a.warRoomUrl, 'Zoom war room')}`,
    `• Join in your browser: ${slackLink(a.docUrl, 'open the doc and press "Join this incident"')} in the Incident Desk sidebar`,
    'Yours to follow: the tweet and the marketing @channel (Incident Desk sends them), the customer impact per segment, and whether the war room goes live.',
  ].join('\n');
}
