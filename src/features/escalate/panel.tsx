import { useEffect, useState } from 'preact/hooks';
import type { IncidentView } from '../../messages';
import type { EscalationChannel } from '../declare/declare';
import { send } from '../../ui/shared/send';

const CHANNEL_LABEL: Record<EscalationChannel, string> = { slack: 'Slack', call: 'Call', page: 'Page' };

/** "the Production Lead, the Director of Infrastructure or the VP of Engineering" */
function roleList(roles: string[]): string {
  const named = roles.map((r) => `the ${r}`);
  return named.length > 1 ? `${named.slice(0, -1).join(', ')} or ${named.at(-1)}` : (named[0] ?? 'nobody');
}

/** For anyone who may not declare: reach the people who can, in the handbook's order. */
export function Escalation({ view, onChange }: { view: IncidentView; onChange(): void }) {
  const [title, setTitle] = useState('');
  const [why, setWhy] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<string>();
  const reached = new Set(view.escalations.filter((a) => a.outcome !== 'failed').map((a) => a.role));
  const next = view.chain.find((p) => !reached.has(p.role));
  // Presence changes while someone decides whom to reach: follow it while the popup is open.
  useEffect(() => {
    const timer = setInterval(onChange, 30_000);
    return () => clearInterval(timer);
  }, [onChange]);

  async function reach(role: string, channel: EscalationChannel) {
    setError(undefined);
    if (why.trim().length < 10) {
      setError('First say why this is a major incident: it is sent with the escalation.');
      return;
    }
    setBusy(`${role}:${channel}`);
    try {
      const attempt = await send('incident/escalate', { role, channel, title, why });
      if (attempt.telLink) window.open(attempt.telLink, '_blank');
      if (attempt.slackUrl) window.open(attempt.slackUrl, '_blank');
      if (attempt.outcome === 'failed') setError(attempt.detail);
      onChange();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <section class="id-section id-stack" aria-labelledby="id-escalate">
      <h2 id="id-escalate">Escalate to declare</h2>
      <p class="id-small id-muted">
        Only {roleList(view.declareRoles)} may declare a major incident. Reach them in this order.
      </p>
      <label for="id-esc-title">What is happening</label>
      <input id="id-esc-title" value={title} onInput={(e) => setTitle(e.currentTarget.value)} placeholder="short title" />
      <label for="id-esc-why">Why this is a major incident</label>
      <textarea id="id-esc-why" rows={3} value={why} onInput={(e) => setWhy(e.currentTarget.value)} />
      <ol class="id-chain">
        {view.chain.map((person) => {
          const attempts = view.escalations.filter((a) => a.role === person.role);
          return (
            <li key={person.role} class={person === next ? 'is-next' : ''} data-role={person.role}>
              <div>
                <strong>{person.role}</strong>
                {person.name && <span class="id-muted"> · {person.name}</span>}
                {person.availability && (
                  <span class={`id-presence ${person.availability.presence === 'active' && !person.availability.dnd ? 'is-active' : 'is-away'}`} data-testid="presence">
                    {' '}
                    · {person.availability.presence === 'active' ? 'on Slack' : 'away on Slack'}
                    {person.availability.dnd ? ', do not disturb' : ''}
                  </span>
                )}
                {person.phone && <div class="id-small id-muted">{person.phone}</div>}
                {attempts.map((a) => (
                  <div class="id-small" key={a.at + a.channel}>
                    {CHANNEL_LABEL[a.channel]} {a.outcome} {a.at.slice(11, 16)} UTC
                  </div>
                ))}
              </div>
              <div class="id-actions">
                {person.channels.map((channel) => (
                  <button key={channel} class="id-btn" disabled={busy !== undefined} onClick={() => reach(person.role, channel)} aria-label={`${CHANNEL_LABEL[channel]} the ${person.role}`}>
                    {busy === `${person.role}:${channel}` ? '…' : CHANNEL_LABEL[channel]}
                  </button>
                ))}
              </div>
            </li>
          );
        })}
      </ol>
      {error && (
        <p class="id-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
