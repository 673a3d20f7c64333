import { useEffect, useState } from 'preact/hooks';
import type { ResponseMap } from '../../messages';
import { send } from '../../ui/shared/send';
import { t } from '../../ui/shared/i18n';
import { utcTime } from '../../ui/shared/utc-time';

/** A footer that proves the worker answers; shows its version or why it did not. */
export function WorkerStatus() {
  const [info, setInfo] = useState<ResponseMap['ping']>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    send('ping', {}).then(setInfo, (err: Error) => setError(err.message));
  }, []);
  return (
    <footer class="id-section id-small id-muted" data-testid="worker-status">
      {info && t('worker_status', info.version, utcTime(info.workerStartedAt, { seconds: true }))}
      {error && <span role="alert">{error}</span>}
      {!info && !error && t('worker_contacting')}
    </footer>
  );
}
