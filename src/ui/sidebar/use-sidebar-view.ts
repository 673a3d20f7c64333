import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Envelope, SidebarView } from '../../messages';
import { send, type WorkerError } from '../shared/send';

// Others type into the doc too: re-read it this often while the sidebar is open, and more often
// while entries of ours are still on their way (storage events do not reach content scripts).
const REFRESH_MS = 10_000;
const PENDING_REFRESH_MS = 1_500;

export function useSidebarView(documentId: string, firstView?: Promise<unknown>) {
  const [view, setView] = useState<SidebarView>();
  const [error, setError] = useState<WorkerError>();
  const refresh = useCallback(() => {
    send('sidebar/get', { documentId }).then(
      (v) => {
        // The doc could not be read: keep what it last said, with what is on its way on top.
        setView((current) => (v.docError && current ? { ...current, pending: v.pending, checklist: v.checklist, links: v.links, docError: v.docError } : v));
        setError(undefined);
      },
      (err: WorkerError) => setError(err),
    );
  }, [documentId]);

  useEffect(() => {
    // First what this browser knows (asked by the shell while this UI loaded), then the doc itself.
    const quick =
      (firstView as Promise<Envelope<SidebarView> | undefined> | undefined) ??
      send('sidebar/get', { documentId, quick: true }).then((data) => ({ ok: true as const, data }));
    void quick.then(
      (reply) => reply?.ok && setView((current) => current ?? reply.data),
      () => undefined,
    );
    refresh();
  }, [refresh, documentId, firstView]);
  const waiting = Boolean(view?.pending.length);
  useEffect(() => {
    const timer = setInterval(refresh, waiting ? PENDING_REFRESH_MS : REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh, waiting]);

  return { view, error, refresh };
}
