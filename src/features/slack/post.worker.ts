// One way for every step to post to a Slack channel: through the signed-in Slack app, or else
// through the incoming webhook a person set up instead. `ref` is a marker in the text that lets a
// cut-off attempt find its own message rather than post it twice (the API can search history; a
// webhook cannot, so with a webhook a cut-off attempt may post once more).
import { findRecentMessage, postMessage, postToWebhook } from '../../services/slack';
import { getToken, getWebhook } from '../../services/vault';
import { AppError } from '../../core/errors';

export async function postToChannel(opts: {
  channel: string;
  text: string;
  ref: string;
  mayExist?: boolean;
  marketing: boolean;
}): Promise<Record<string, string>> {
  if (await getToken('slack')) {
    const posted = (opts.mayExist && (await findRecentMessage(opts.channel, opts.ref))) || (await postMessage(opts.channel, `${opts.text}\n${opts.ref}`));
    return { channel: posted.channel, ts: posted.ts };
  }
  const webhook = await getWebhook();
  if (webhook) {
    // A webhook is made for one channel: the marketing one, which the handbook's call is for.
    if (!opts.marketing) return { skipped: 'the Slack webhook posts to the marketing channel only' };
    await postToWebhook(webhook, `${opts.text}\n${opts.ref}`);
    return { channel: 'webhook' };
  }
  throw new AppError('not_connected', "Connect Slack (or add the marketing channel's incoming webhook) to post there.");
}
