import { empty, pagesOnly, type MessageDecl } from '../../protocol/define';

export const slackMessages = {
  /** what the Slack banner shows, and nothing else (no phone numbers or keys reach a page) */
  'incident/banner': { request: empty, from: ['slack'] },
  'roster/slack': pagesOnly(empty),
} as const satisfies Record<string, MessageDecl>;

export interface SlackResponses {
  'incident/banner': { incident?: { id: string; title: string; declaredAt: string }; links: { docUrl?: string; publicUrl?: string; warRoomUrl?: string } };
  'roster/slack': { members: { name: string; handle: string; email: string; title: string }[] };
}
