import { useCallback, useEffect, useState } from 'preact/hooks';
import type { SidebarView } from '../../messages';
import { send, WorkerError } from '../shared/send';

// Others type into the doc too: re-read it this often while the sidebar is open, and more often
// while entries of ours are still on their way (storage events do not reach content scripts).
const REFRESH_MS = 10_000;
const PENDING_REFRESH_MS = 1_500;

export function useSidebarView(documentId: string) {
  const [view, setView] = useState<SidebarView>();
  const [error, setError] = useState<WorkerError>();
  const refresh = useCallback(() => {
    send('sidebar/get', { documentId }).then(
      (v) => {
        setView(v);
        setError(undefined);
      },
      (err: WorkerError) => setError(err),
    );
  }, [documentId]);

  useEffect(refresh, [refresh]);
  const waiting = Boolean(view?.pending.length);
  useEffect(() => {
    const timer = setInterval(refresh, waiting ? PENDING_REFRESH_MS : REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh, waiting]);

  return { view, error, refresh };
}
