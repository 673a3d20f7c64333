// Who this browser is signed in as, to check (not take on trust) that the person declaring is the
// one the escalation chain names for their role.
import type { ConnectedIdentity } from '../features/declare/declare';
import { googleAccount } from '../services/drive';
import { getToken, saveToken } from '../services/vault';

export async function connectedIdentity(): Promise<ConnectedIdentity> {
  const [google, slack] = await Promise.all([getToken('google'), getToken('slack')]);
  let email = google?.account;
  if (google && !email) {
    // Signed in before Incident Desk asked who it was: ask Drive once and keep the answer.
    email = await googleAccount().catch(() => undefined);
    // Re-read: asking Drive may have renewed the token meanwhile, and the renewed one must stay.
    const latest = await getToken('google');
    if (email && latest) await saveToken('google', { ...latest, account: email });
  }
  return { ...(email ? { google: email } : {}), ...(slack?.account ? { slack: slack.account } : {}) };
}
