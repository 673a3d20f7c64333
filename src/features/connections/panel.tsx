import { useEffect, useState } from 'preact/hooks';
import { SERVICES, type ConnectionState, type ServiceId } from '../../messages';
import { SERVICE_LABELS } from '../../core/service-id';
import { send, type WorkerError } from '../../ui/shared/send';
import { t } from '../../ui/shared/i18n';
import { utcDateTime } from '../../ui/shared/utc-time';

const ALTERNATIVES: Partial<Record<ServiceId, { summary: () => string; label: () => string; placeholder: string }>> = {
  gitlab: { summary: () => t('conn_tokenSummary'), label: () => t('conn_tokenLabel'), placeholder: 'glpat-…' },
  slack: { summary: () => t('conn_webhookSummary'), label: () => t('conn_webhookLabel'), placeholder: 'https://hooks.slack.com/services/…' },
};

/** The simple alternatives to signing in: a GitLab token, a Slack incoming webhook. */
function Alternative(props: { service: ServiceId; onDone(state: ConnectionState): void; onError(message: string): void }) {
  const alt = ALTERNATIVES[props.service]!;
  const [value, setValue] = useState('');
  const id = `id-alt-${props.service}`;

  async function submit(e: Event) {
    e.preventDefault();
    try {
      props.onDone(
        props.service === 'gitlab' ? await send('connections/token', { service: 'gitlab', token: value }) : await send('connections/webhook', { url: value }),
      );
      setValue('');
    } catch (err) {
      props.onError((err as Error).message);
    }
  }

  return (
    <details class="id-alt">
      <summary class="id-small">{alt.summary()}</summary>
      <form class="id-row" onSubmit={submit}>
        <label class="sr-only" for={id}>
          {alt.label()}
        </label>
        <input id={id} type="password" autoComplete="off" placeholder={alt.placeholder} value={value} onInput={(e) => setValue(e.currentTarget.value)} />
        <button class="id-btn" type="submit" disabled={!value.trim()}>
          {t('conn_save')}
        </button>
      </form>
    </details>
  );
}

/** Per-user sign-ins; the tokens themselves stay in the worker. */
export function Connections() {
  const [states, setStates] = useState<Record<ServiceId, ConnectionState>>();
  const [busy, setBusy] = useState<ServiceId>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    send('connections/get', {}).then(setStates, (err: WorkerError) => setError(err.message));
  }, []);

  async function toggle(service: ServiceId, connected: boolean) {
    setBusy(service);
    setError(undefined);
    try {
      const state = await send(connected ? 'connections/disconnect' : 'connections/connect', { service });
      setStates((prev) => (prev ? { ...prev, [service]: state } : prev));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <section class="id-section" aria-labelledby="id-connections">
      <h2 id="id-connections">{t('conn_heading')}</h2>
      {!states && !error && <p class="id-muted">{t('conn_loading')}</p>}
      {states &&
        SERVICES.map((service) => {
          const state = states[service];
          return (
            <div class="id-row" key={service} data-service={service}>
              <span>
                {SERVICE_LABELS[service]}{' '}
                <span
                  class={`id-pill ${state.connected ? 'id-pill-ok' : 'id-pill-off'}`}
                  title={state.since ? t('conn_since', utcDateTime(state.since)) : undefined}
                >
                  {state.connected ? (state.via && state.via !== 'oauth' ? t('conn_connectedVia', state.via) : t('conn_connected')) : t('conn_notConnected')}
                </span>
                {!state.connected && ALTERNATIVES[service] && (
                  <Alternative
                    service={service}
                    onDone={(next) => {
                      setError(undefined);
                      setStates((prev) => (prev ? { ...prev, [service]: next } : prev));
                    }}
                    onError={setError}
                  />
                )}
              </span>
              <button type="button" class="id-btn" disabled={busy === service} onClick={() => toggle(service, state.connected)}>
                {busy === service ? t('conn_working') : state.connected ? t('conn_disconnect') : t('conn_connect')}
              </button>
            </div>
          );
        })}
      {error && (
        <p class="id-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
