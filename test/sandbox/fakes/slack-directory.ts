/** The sandbox workspace: who and which channels exist before any test runs. */
export interface Channel {
  id: string;
  name: string;
  is_private: boolean;
  is_member: boolean;
  is_archived: boolean;
}
export interface User {
  id: string;
  name: string;
  real_name: string;
  email?: string;
  title: string;
  is_bot: boolean;
}

export const TEAM = { id: 'T0SANDBOX', name: 'Sandbox Workspace', domain: 'sandbox-workspace' };
export const BOT_USER_ID = 'U0SANDBOXBOT';

const channel = (id: string, name: string, extra: Partial<Channel> = {}): Channel => ({
  id,
  name,
  is_private: false,
  is_member: true,
  is_archived: false,
  ...extra,
});

export const CHANNELS: readonly Channel[] = [
  channel('C01PRODUCTION', 'production'),
  channel('C02MARKETING', 'marketing'),
  channel('C03DEVREL', 'devrel'),
  channel('C04INFRA', 'infrastructure'),
  channel('C05RANDOM', 'random', { is_member: false }),
  channel('C06OLDINCIDENTS', 'old-incidents', { is_archived: true }),
  channel('G07SECURITY', 'security', { is_private: true }),
];

export const USERS: readonly User[] = [
  { id: 'U01ALICE', name: 'alice', real_name: 'Alice Archer', email: 'alice@example.com', title: 'Production Lead', is_bot: false },
  { id: 'U02BRUNO', name: 'bruno', real_name: 'Bruno Brandt', email: 'bruno@example.com', title: 'Director of Infrastructure', is_bot: false },
  { id: 'U03CHIOMA', name: 'chioma', real_name: 'Chioma Okafor', email: 'chioma@example.com', title: 'VP of Engineering', is_bot: false },
  { id: 'U04DMITRI', name: 'dmitri', real_name: 'Dmitri Volkov', email: 'dmitri@example.com', title: 'Site Reliability Engineer', is_bot: false },
  { id: 'U05EMMA', name: 'emma', real_name: 'Emma Lindqvist', email: 'emma@example.com', title: 'Marketing', is_bot: false },
  { id: BOT_USER_ID, name: 'incident-desk', real_name: 'Incident Desk', title: '', is_bot: true },
];

/** Incoming-webhook URLs (path on hooks.slack.com) and the channel each posts to. */
export const WEBHOOKS: Readonly<Record<string, string>> = {
  '/services/T0SANDBOX/B0MARKETING/sandbox-marketing-secret': 'C02MARKETING',
  '/services/T0SANDBOX/B0DEVREL/sandbox-devrel-secret': 'C03DEVREL',
  '/services/T0SANDBOX/B0OLDINCIDENTS/sandbox-archived-secret': 'C06OLDINCIDENTS',
};

/** Conversation already on screen when the Slack page opens, so a content script has messages to work on. */
export const SEEDED_MESSAGES: ReadonlyArray<{ channel: string; user: string; minutesAgo: number; text: string }> = [
  { channel: 'C01PRODUCTION', user: 'U04DMITRI', minutesAgo: 14, text: 'Error rate on the web fleet jumped to 40% at 09:12 UTC, looking.' },
  { channel: 'C01PRODUCTION', user: 'U01ALICE', minutesAgo: 11, text: 'Database primary is refusing connections; replicas look healthy.' },
  { channel: 'C01PRODUCTION', user: 'U04DMITRI', minutesAgo: 6, text: 'Failover started. Customers on GitLab.com see 502s on git push.' },
  { channel: 'C02MARKETING', user: 'U05EMMA', minutesAgo: 30, text: 'Blog post for the release is scheduled for 16:00 UTC.' },
];

export function findChannel(ref: string): Channel | undefined {
  const name = ref.replace(/^#/, '');
  return CHANNELS.find((c) => c.id === ref || c.name === name);
}

/** A direct-message channel id derived from the user id, so opening the same DM twice gives the same id. */
export function dmChannelId(userId: string): string {
  return `D${userId.slice(1)}`;
}
