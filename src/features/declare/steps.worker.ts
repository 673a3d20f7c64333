// What each step of declaring does. Every executor is safe to run twice: when its step was cut
// off or failed after the service acted (mayHaveRun) it first looks for what that attempt created.
import browser from 'webextension-polyfill';
import { editorUrl } from '../../core/doc-url';
import { incidentDocRequests, publicCopyLine, SECTIONS, writeLinesRequests } from '../../core/incident-doc';
import { findSection, insertionIndex, insertParagraphs, paragraphs } from '../../core/doc-sections';
import { formatEntry, formatUtc } from '../timeline/timeline';
import { mayHaveRun } from '../../core/outbox';
import type { DeclareStep, Incident } from '../../core/incident';
import { commsLeadMessage, devrelNotice, marketingAnnouncement } from '../slack/slack-message';
import { incidentTweet, tweetIntentUrl } from './tweet';
import { fitForX } from '../../background/x-count';
import { DOCS_HOSTS, trustedLink, ZOOM_HOSTS } from '../../core/trusted-link';
import { batchUpdate, getDocument } from '../../services/docs';
import { createDocFile, findByAppProperty, publicUrl, publishToWeb, shareWithDomain } from '../../services/drive';
import { getToken } from '../../services/vault';
import { openDirectMessageWith, postMessage } from '../../services/slack';
import { postTweet } from '../../services/x';
import { createWarRoom, findWarRoom } from '../../services/zoom';
import { AppError } from '../../core/errors';
import type { Executor, StepContext } from '../../background/outbox';
import { redactForOutside, scanDoc } from '../../background/scan';
import { renderPublicCopy, startPublicSync } from '../../background/public-copy';
import { load, update } from '../../background/store';
import { writePinned } from '../../background/doc-writes';
import { postToChannel } from '../slack/post.worker';

const KEY_PROPERTY = 'incidentDeskKey';

async function incidentOf(ctx: StepContext): Promise<Incident> {
  const incident = (await load('incidents'))[ctx.step.incidentId];
  if (!incident) throw new AppError('not_found', `Incident ${ctx.step.incidentId} is no longer known to this browser.`);
  return incident;
}

function need(ctx: StepContext, step: DeclareStep, field: string): string {
  const value = ctx.results[step]?.[field];
  if (!value) throw new AppError('internal', `Step "${step}" left no ${field}.`);
  return value;
}

/** Title and reason as the public may read them: redacted and free of undecided doubts, or nothing goes out. */
async function publicWording(incident: Incident) {
  const { texts } = await redactForOutside(incident.id, [incident.title, incident.why]);
  return { title: texts[0]!, why: texts[1]! };
}

function slackRef(incidentId: string): string {
  return `(Incident Desk ${incidentId})`;
}

export const declareExecutors: Record<DeclareStep, Executor> = {
  async warRoom(ctx): Promise<Record<string, string>> {
    const incident = await incidentOf(ctx);
    const { zoom } = await load('settings');
    if (zoom.personalRoomUrl) return { warRoomUrl: zoom.personalRoomUrl };
    if (!(await getToken('zoom'))) {
      throw new AppError('not_connected', 'Connect Zoom, or set a personal room link in settings, to start the war room.');
    }
    const topic = `Major incident war room [${incident.id}]`;
    const meeting = (mayHaveRun(ctx.step) && (await findWarRoom(incident.id))) || (await createWarRoom(topic));
    const warRoomUrl = trustedLink(meeting.join_url, ZOOM_HOSTS);
    if (!warRoomUrl)
      throw new AppError('internal', 'Zoom answered with a join link that is not an https zoom.us link; it is not shown. Retry, or set a personal room link.');
    return { warRoomUrl, meetingId: String(meeting.id) };
  },

  async doc(ctx) {
    const incident = await incidentOf(ctx);
    const settings = await load('settings');
    const { title, why } = await publicWording(incident);
    const existing = mayHaveRun(ctx.step) ? (await findByAppProperty(KEY_PROPERTY, ctx.step.key))[0] : undefined;
    // Created through Drive so the idempotency key is on the file from its first moment.
    const file = existing ?? (await createDocFile(`Major incident: ${title}`, { [KEY_PROPERTY]: ctx.step.key }));
    const documentId = file.id!;
    const firstEntry = { at: incident.declaredAt, kind: 'action' as const, text: `Major incident declared by the ${incident.declarerRole}: ${why}` };
    let doc = await getDocument(documentId);
    if (settings.docTemplateId && paragraphs(doc).every((p) => !p.text.trim())) {
      // The team's template is someone's own doc, which drive.file cannot copy: its text and
      // heading styles are read through the Docs API (the documents scope reaches any doc the
      // person can open) and written into our new doc.
      const template = await getDocument(settings.docTemplateId);
      const lines = paragraphs(template).map((p) => ({ text: p.text, style: p.style }));
      await batchUpdate(documentId, writeLinesRequests(lines, doc.body?.content?.at(-1)?.endIndex ?? 2), doc.revisionId ?? undefined);
      doc = await getDocument(documentId);
    }
    if (!findSection(paragraphs(doc), SECTIONS.timeline)) {
      const requests = incidentDocRequests({
        title: `Major incident: ${title}`,
        summary: why,
        declaredAt: incident.declaredAt,
        declarerRole: incident.declarerRole,
        ...(incident.commsLeadRole ? { commsLeadRole: incident.commsLeadRole } : {}),
        segments: settings.segments,
        firstEntry,
      });
      await batchUpdate(documentId, requests, doc.revisionId ?? undefined);
    } else {
      // The team's template has its own layout: fill its placeholders and open its Timeline.
      const line = formatEntry(firstEntry);
      await writePinned(documentId, (current) => {
        const timeline = findSection(paragraphs(current), SECTIONS.timeline)!;
        if (timeline.body.some((p) => p.text === line)) return undefined;
        const fill = (placeholder: string, text: string) => ({ replaceAllText: { containsText: { text: placeholder, matchCase: true }, replaceText: text } });
        return [
          ...insertParagraphs(insertionIndex(timeline, firstEntry.at), [line]),
          fill('{{title}}', title),
          fill('{{summary}}', why),
          fill('{{declared}}', `${formatUtc(incident.declaredAt)} by the ${incident.declarerRole}`),
          fill('{{comms lead}}', incident.commsLeadRole ? `the ${incident.commsLeadRole}` : `the ${incident.declarerRole}`),
        ];
      });
    }
    return { documentId, docUrl: editorUrl(documentId) };
  },

  async share(ctx) {
    const { organisation } = await load('settings');
    const permission = await shareWithDomain(need(ctx, 'doc', 'documentId'), organisation.domain);
    return { permissionId: permission.id ?? '', domain: organisation.domain };
  },

  async scan(ctx) {
    const result = await scanDoc(ctx.step.incidentId, need(ctx, 'doc', 'documentId'));
    return { revisionId: result.revisionId, replaced: String(result.replaced) };
  },

  async publish(ctx): Promise<Record<string, string>> {
    const documentId = need(ctx, 'doc', 'documentId');
    const incident = await incidentOf(ctx);
    const { title } = await publicWording(incident);
    // The public copy (see public-copy.ts): our own file, never shared for editing.
    const existing = mayHaveRun(ctx.step) ? (await findByAppProperty(KEY_PROPERTY, ctx.step.key))[0] : undefined;
    const copy = existing ?? (await createDocFile(`Major incident (public): ${title}`, { [KEY_PROPERTY]: ctx.step.key }));
    const publicDocumentId = copy.id!;
    const shownRevision = await renderPublicCopy(incident.id, documentId, publicDocumentId);
    let revision: Awaited<ReturnType<typeof publishToWeb>>;
    try {
      revision = await publishToWeb(publicDocumentId);
    } catch (err) {
      // A Workspace admin can turn publishing to the web off (apis.md): say so, and let the
      // tweet and Slack go out without a public link rather than not at all.
      if (err instanceof AppError && err.status === 403) {
        return { publicDocumentId, skipped: 'this Google Workspace does not allow publishing to the web (ask an admin to allow it for this doc, then Retry)' };
      }
      throw err;
    }
    const url = trustedLink(publicUrl(publicDocumentId, revision), DOCS_HOSTS);
    if (!url) throw new AppError('internal', 'Drive answered with a published link that is not on docs.google.com; it is not used.');
    await update('published', (all) => ({ ...all, [incident.id]: shownRevision }));
    await linkPublicCopy(documentId, url);
    await startPublicSync();
    return { publicUrl: url, publicDocumentId };
  },

  async tweet(ctx): Promise<Record<string, string>> {
    const incident = await incidentOf(ctx);
    const { organisation } = await load('settings');
    const { title } = await publicWording(incident);
    const publicLink = ctx.results['publish']?.['publicUrl'];
    const { text } = await fitForX(incidentTweet({ organisation: organisation.name, title, ...(publicLink ? { publicUrl: publicLink } : {}) }));
    if (!(await getToken('x'))) {
      // Opened once: a re-run after a cut-off must not open a second tab to post from.
      if (!mayHaveRun(ctx.step)) await browser.tabs.create({ url: tweetIntentUrl(text) });
      return { byUser: 'true', intentUrl: tweetIntentUrl(text) };
    }
    const tweet = await postTweet(text);
    return { tweetId: tweet.id, tweetUrl: `https://x.com/i/web/status/${tweet.id}` };
  },

  async marketing(ctx) {
    return announce(ctx, 'marketing');
  },

  async devrel(ctx) {
    return announce(ctx, 'devrel');
  },

  async commsLead(ctx): Promise<Record<string, string>> {
    const incident = await incidentOf(ctx);
    const lead = incident.commsLead;
    if (!lead) return { skipped: 'no communications lead was named' };
    if (!(await getToken('slack')))
      throw new AppError('not_connected', 'Connect Slack to send the communications lead the links (a webhook cannot send a direct message).');
    const { title } = await publicWording(incident);
    const publicLink = ctx.results['publish']?.['publicUrl'];
    const text = commsLeadMessage({
      title,
      declarerRole: incident.declarerRole,
      commsLeadRole: lead.role,
      docUrl: need(ctx, 'doc', 'docUrl'),
      ...(publicLink ? { publicUrl: publicLink } : {}),
      warRoomUrl: need(ctx, 'warRoom', 'warRoomUrl'),
    });
    const ref = slackRef(incident.id);
    // The DM's history needs im:history, which nothing else needs: a cut-off attempt looks at the
    // DM's latest message only (see openDirectMessageWith), so a reply the lead sent in between
    // can still let it post once more.
    const dm = await openDirectMessageWith(lead.slackUserId, ref);
    const posted = (mayHaveRun(ctx.step) && dm.found) || (await postMessage(dm.channel, `${text}\n${ref}`));
    return { channel: posted.channel, ts: posted.ts };
  },

  async openDoc(ctx) {
    if (!mayHaveRun(ctx.step)) await browser.tabs.create({ url: need(ctx, 'doc', 'docUrl') });
    return {};
  },
};

/** The working doc names its public copy, so colleagues' browsers (and people) find it there. */
async function linkPublicCopy(documentId: string, url: string): Promise<void> {
  const line = publicCopyLine(url);
  await writePinned(documentId, (doc) => {
    const all = paragraphs(doc);
    if (all.some((p) => p.text === line)) return undefined;
    // Under the title (our own doc), or under the first line of a team template.
    const title = all.find((p) => p.style === 'TITLE') ?? all.find((p) => p.text.trim());
    return insertParagraphs(title?.endIndex ?? 1, [line]);
  });
}

async function announce(ctx: StepContext, audience: 'marketing' | 'devrel'): Promise<Record<string, string>> {
  const incident = await incidentOf(ctx);
  const { slack } = await load('settings');
  const channel = audience === 'marketing' ? slack.marketingChannel : slack.devrelChannel;
  if (!channel) return { skipped: `no ${audience} channel in settings` };
  const { title } = await publicWording(incident);
  const announcement = {
    title,
    declarerRole: incident.declarerRole,
    ...(incident.commsLeadRole ? { commsLeadRole: incident.commsLeadRole } : {}),
    docUrl: need(ctx, 'doc', 'docUrl'),
    ...(ctx.results['publish']?.['publicUrl'] ? { publicUrl: ctx.results['publish']['publicUrl'] } : {}),
    warRoomUrl: need(ctx, 'warRoom', 'warRoomUrl'),
  };
  const text = audience === 'marketing' ? marketingAnnouncement(announcement) : devrelNotice(announcement);
  return postToChannel({ channel, text, ref: slackRef(incident.id), mayExist: mayHaveRun(ctx.step), marketing: audience === 'marketing' });
}
