import { useEffect, useState } from 'preact/hooks';
import { SERVICES, type ConnectionState, type ServiceId } from '../../messages';
import { PROVIDERS } from '../../services/providers';
import { send, WorkerError } from './send';

function when(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
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
      <h2 id="id-connections">Connections</h2>
      {!states && !error && <p class="id-muted">Loading…</p>}
      {states &&
        SERVICES.map((service) => {
          const state = states[service];
          return (
            <div class="id-row" key={service} data-service={service}>
              <span>
                {PROVIDERS[service].label}{' '}
                <span class={`id-pill ${state.connected ? 'id-pill-ok' : 'id-pill-off'}`} title={state.since ? `since ${when(state.since)}` : undefined}>
                  {state.connected ? 'connected' : 'not connected'}
                </span>
              </span>
              <button class="id-btn" disabled={busy === service} onClick={() => toggle(service, state.connected)}>
                {busy === service ? 'Working…' : state.connected ? 'Disconnect' : 'Connect'}
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
