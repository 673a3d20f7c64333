import { useEffect, useState } from 'preact/hooks';
import type { ResponseMap } from '../../messages';
import { send } from '../../ui/shared/send';

/** A footer that proves the worker answers; shows its version or why it did not. */
export function WorkerStatus() {
  const [info, setInfo] = useState<ResponseMap['ping']>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    send('ping', {}).then(setInfo, (err: Error) => setError(err.message));
  }, []);
  return (
    <footer class="id-section id-small id-muted" data-testid="worker-status">
      {info && `Incident Desk ${info.version} · worker up since ${info.workerStartedAt.slice(11, 19)} UTC`}
      {error && <span role="alert">{error}</span>}
      {!info && !error && 'Contacting the background worker…'}
    </footer>
  );
}
