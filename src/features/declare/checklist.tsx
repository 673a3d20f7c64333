import { useEffect, useState } from 'preact/hooks';
import type { IncidentView, StepView } from '../../messages';
import { send } from '../../ui/shared/send';
import { t } from '../../ui/shared/i18n';
import { localTitle, utcDateTime } from '../../ui/shared/utc-time';
import { COMMS_STEPS, commsOwner } from './comms-lead';

const ICON: Record<StepView['state'], string> = { waiting: '○', running: '◐', retrying: '↻', done: '✓', failed: '✕' };

function stateText(step: StepView, now: number): string {
  switch (step.state) {
    case 'waiting':
      return step.waitingFor?.length ? t('step_waitingFor', step.waitingFor.join(', ').toLowerCase()) : t('step_waiting');
    case 'running':
      return t('step_running');
    case 'done':
      return step.result?.byUser ? t('step_openedForYou') : step.result?.skipped ? t('step_skipped', String(step.result.skipped)) : t('step_done');
    case 'retrying': {
      const seconds = Math.max(0, Math.round(((step.nextAt ?? now) - now) / 1000));
      return t('step_retryingIn', seconds);
    }
    case 'failed':
      return t('step_failed');
  }
}

/** The declaration's steps, live from the worker's outbox. */
export function Checklist({ view }: { view: IncidentView }) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const incident = view.incident!;
  const result = (name: string, field: string) => view.steps.find((s) => s.name === name)?.result?.[field];
  const links = [
    [t('link_incidentDoc'), result('doc', 'docUrl')],
    [t('link_publicCopy'), result('publish', 'publicUrl')],
    [t('link_warRoom'), result('warRoom', 'warRoomUrl')],
    [t('link_tweet'), result('tweet', 'tweetUrl') ?? result('tweet', 'intentUrl')],
    [t('link_outageIssue'), result('export', 'issueUrl')],
  ].filter((l): l is [string, string] => Boolean(l[1]));

  return (
    <section class="id-section" aria-labelledby="id-active">
      <h2 id="id-active">{incident.state === 'resolved' ? t('checklist_resolved') : t('checklist_active')}</h2>
      <p class="id-incident-title">{incident.title}</p>
      <p class="id-small id-muted">
        <time dateTime={incident.declaredAt} title={localTitle(incident.declaredAt)}>
          {t('checklist_declared', utcDateTime(incident.declaredAt), incident.declarerRole)}
        </time>
        {incident.commsLead
          ? t('checklist_commsPerson', incident.commsLead.name, incident.commsLead.role)
          : incident.commsLeadRole && t('checklist_commsLead', incident.commsLeadRole)}
        {incident.resolvedAt && t('checklist_resolvedAt', utcDateTime(incident.resolvedAt))}
      </p>
      <ul class="id-checklist" aria-live="polite">
        {view.steps.map((step) => (
          <li key={step.key} class={`is-${step.state}`} data-step={step.name} data-state={step.state}>
            <span class="id-step-icon" aria-hidden="true">
              {ICON[step.state]}
            </span>
            <span class="id-step-label">
              {step.label}
              {step.state === 'retrying' ? (
                // The countdown ticks every second: the live list says "retrying" once, the seconds are for the eye.
                <span class="id-step-state">
                  {' — '}
                  <span aria-hidden="true">{stateText(step, now)}</span>
                  <span class="sr-only">{t('step_retryingAnnounced')}</span>
                </span>
              ) : (
                <span class="id-step-state"> — {stateText(step, now)}</span>
              )}
              {commsOwner(incident, step.name) && (
                <span class="id-step-owner id-small id-muted" data-owner>
                  {' '}
                  · {commsOwner(incident, step.name)}
                </span>
              )}
              {step.error && step.state !== 'done' && <span class="id-step-error">{step.error}</span>}
            </span>
            {(step.state === 'failed' || step.state === 'retrying') && (
              <button
                type="button"
                class="id-btn"
                onClick={() => void send('outbox/retry', { key: step.key })}
                aria-label={t('checklist_retryLabel', step.label)}
              >
                {t('checklist_retry')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {incident.state === 'active' && (
        // Done in the doc's sidebar, not by a step: who owns them is all the popup can say.
        <ul class="id-small id-muted" aria-label="Communications done in the doc">
          {COMMS_STEPS.filter((c) => !view.steps.some((s) => s.name === c.name)).map((c) => (
            <li key={c.name} data-comms={c.name}>
              {c.label} · {commsOwner(incident, c.name)}
            </li>
          ))}
        </ul>
      )}
      {links.length > 0 && (
        <p class="id-links">
          {links.map(([label, href]) => (
            <a key={label} href={href} target="_blank" rel="noreferrer">
              {label}
            </a>
          ))}
        </p>
      )}
    </section>
  );
}
