import { useEffect, useState } from 'preact/hooks';
import type { IncidentView } from '../../messages';
import type { EscalationChannel } from '../declare/declare';
import { send } from '../../ui/shared/send';
import { t } from '../../ui/shared/i18n';
import { utcTime } from '../../ui/shared/utc-time';

const CHANNEL_LABEL: Record<EscalationChannel, () => string> = {
  slack: () => t('channel_slack'),
  call: () => t('channel_call'),
  page: () => t('channel_page'),
};

/** "the Production Lead, the Director of Infrastructure or the VP of Engineering" */
function roleList(roles: string[]): string {
  const named = roles.map((r) => t('escalate_theRole', r));
  return named.length > 1 ? t('escalate_or', named.slice(0, -1).join(', '), named.at(-1)!) : (named[0] ?? t('escalate_nobody'));
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
      setError(t('escalate_whyFirst'));
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
      <h2 id="id-escalate">{t('escalate_heading')}</h2>
      <p class="id-small id-muted">{t('escalate_onlyRoles', roleList(view.declareRoles))}</p>
      <label for="id-esc-title">{t('escalate_what')}</label>
      <input id="id-esc-title" value={title} onInput={(e) => setTitle(e.currentTarget.value)} placeholder={t('escalate_whatPlaceholder')} />
      <label for="id-esc-why">{t('declare_why')}</label>
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
                  <span
                    class={`id-presence ${person.availability.presence === 'active' && !person.availability.dnd ? 'is-active' : 'is-away'}`}
                    data-testid="presence"
                  >
                    {' '}
                    · {person.availability.presence === 'active' ? t('escalate_onSlack') : t('escalate_awayOnSlack')}
                    {person.availability.dnd ? t('escalate_dnd') : ''}
                  </span>
                )}
                {person.phone && <div class="id-small id-muted">{person.phone}</div>}
                {attempts.map((a) => (
                  <div class="id-small" key={a.at + a.channel}>
                    {t('escalate_attempt', CHANNEL_LABEL[a.channel](), a.outcome, utcTime(a.at))}
                  </div>
                ))}
              </div>
              <div class="id-actions">
                {person.channels.map((channel) => (
                  <button
                    type="button"
                    key={channel}
                    class="id-btn"
                    disabled={busy !== undefined}
                    onClick={() => reach(person.role, channel)}
                    aria-label={t('escalate_reachLabel', CHANNEL_LABEL[channel](), person.role)}
                  >
                    {busy === `${person.role}:${channel}` ? '…' : CHANNEL_LABEL[channel]()}
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
