import { useEffect, useState } from 'preact/hooks';
import type { IncidentView, StepView } from '../../messages';
import { send } from '../../ui/shared/send';

const ICON: Record<StepView['state'], string> = { waiting: '○', running: '◐', retrying: '↻', done: '✓', failed: '✕' };

function stateText(step: StepView, now: number): string {
  switch (step.state) {
    case 'waiting':
      return step.waitingFor?.length ? `waiting for: ${step.waitingFor.join(', ').toLowerCase()}` : 'waiting';
    case 'running':
      return 'running…';
    case 'done':
      return step.result?.byUser ? 'opened for you to post' : step.result?.skipped ? `skipped: ${step.result.skipped}` : 'done';
    case 'retrying': {
      const seconds = Math.max(0, Math.round(((step.nextAt ?? now) - now) / 1000));
      return `retrying in ${seconds} s`;
    }
    case 'failed':
      return 'failed';
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
    ['Incident doc', result('doc', 'docUrl')],
    ['Public copy', result('publish', 'publicUrl')],
    ['War room', result('warRoom', 'warRoomUrl')],
    ['Tweet', result('tweet', 'tweetUrl') ?? result('tweet', 'intentUrl')],
    ['Outage issue', result('export', 'issueUrl')],
  ].filter((l): l is [string, string] => Boolean(l[1]));

  return (
    <section class="id-section" aria-labelledby="id-active">
      <h2 id="id-active">{incident.state === 'resolved' ? 'Incident resolved' : 'Major incident active'}</h2>
      <p class="id-incident-title">{incident.title}</p>
      <p class="id-small id-muted">
        Declared {incident.declaredAt.slice(0, 16).replace('T', ' ')} UTC by the {incident.declarerRole}
        {incident.commsLeadRole && `; communications: the ${incident.commsLeadRole}`}
        {incident.resolvedAt && `; resolved ${incident.resolvedAt.slice(0, 16).replace('T', ' ')} UTC`}
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
                  <span class="sr-only">retrying</span>
                </span>
              ) : (
                <span class="id-step-state"> — {stateText(step, now)}</span>
              )}
              {step.error && step.state !== 'done' && <span class="id-step-error">{step.error}</span>}
            </span>
            {(step.state === 'failed' || step.state === 'retrying') && (
              <button class="id-btn" onClick={() => void send('outbox/retry', { key: step.key })} aria-label={`Retry: ${step.label}`}>
                Retry
              </button>
            )}
          </li>
        ))}
      </ul>
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
