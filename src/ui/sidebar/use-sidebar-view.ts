import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { SidebarView } from '../../messages';
import { send, WorkerError } from '../shared/send';

// Others type into the doc too: re-read it this often while the sidebar is open.
const REFRESH_MS = 10_000;

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

  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    // The worker records progress (entries written, steps done) in storage: follow it at once.
    const onChanged = (changes: Record<string, unknown>) => {
      if ('outbox' in changes || 'published' in changes) refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      clearInterval(timer);
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [refresh]);

  return { view, error, refresh };
}
