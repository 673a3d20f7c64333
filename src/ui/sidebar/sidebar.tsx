import { useEffect, useRef, useState } from 'preact/hooks';
import type { ResponseMap } from '../../messages';
import { send, WorkerError } from '../shared/send';
import { ChecklistPanel } from './checklist-panel';
import { ExportPanel } from './export-panel';
import { RedactionPanel } from './redaction-panel';
import { ImpactPanel } from './impact-panel';
import { LivePanel } from './live-panel';
import { TimelinePanel } from './timeline-panel';
import { FOCUS_COMPOSER_EVENT } from '../../content/events';
import { useSidebarView } from './use-sidebar-view';

type DocStatus = ResponseMap['doc/status'];

const MIN_WIDTH = 280;
const MAX_WIDTH = 640;

export function Sidebar({ documentId, panel, firstView }: { documentId: string; panel: HTMLElement; firstView?: Promise<unknown> }) {
  const [collapsed, setCollapsed] = useState(false);
  const { view, error: viewError, refresh } = useSidebarView(documentId, firstView);
  const dragging = useRef(false);

  function setOpen(open: boolean) {
    panel.classList.toggle('collapsed', !open);
    setCollapsed(!open);
  }

  useEffect(() => {
    const open = () => setOpen(true);
    document.addEventListener(FOCUS_COMPOSER_EVENT, open);
    return () => document.removeEventListener(FOCUS_COMPOSER_EVENT, open);
  }, []);

  function startResize(e: PointerEvent) {
    dragging.current = true;
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
  }
  function resize(e: PointerEvent) {
    if (!dragging.current) return;
    const width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, window.innerWidth - e.clientX));
    panel.style.width = `${width}px`;
  }
  function resizeByKey(e: KeyboardEvent) {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const width = panel.getBoundingClientRect().width + (e.key === 'ArrowLeft' ? 20 : -20);
    panel.style.width = `${Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width))}px`;
  }

  return (
    <div class="id-surface sidebar">
      {!collapsed && (
        <div
          class="resizer"
          role="separator"
          aria-orientation="vertical"
          aria-label="Resize Incident Desk (arrow keys)"
          tabIndex={0}
          onPointerDown={startResize}
          onPointerMove={resize}
          onPointerUp={() => (dragging.current = false)}
          onKeyDown={resizeByKey}
        />
      )}
      <header class="id-header">
        <button class="id-btn collapse" aria-expanded={!collapsed} aria-label={collapsed ? 'Open Incident Desk' : 'Collapse Incident Desk'} onClick={() => setOpen(collapsed)}>
          {collapsed ? '‹' : '›'}
        </button>
        {!collapsed && (
          <>
            <span class="id-logo" aria-hidden="true">!</span>
            <h1>{view?.incident ? view.incident.title : 'Incident Desk'}</h1>
          </>
        )}
      </header>
      {!collapsed && view?.incident && (
        <>
          <p class="id-section id-links id-small">
            {view.links.publicUrl && (
              <a href={view.links.publicUrl} target="_blank" rel="noreferrer">
                Public copy
              </a>
            )}
            {view.links.warRoomUrl && (
              <a href={view.links.warRoomUrl} target="_blank" rel="noreferrer">
                War room
              </a>
            )}
            {view.links.issueUrl && (
              <a href={view.links.issueUrl} target="_blank" rel="noreferrer">
                Outage issue
              </a>
            )}
          </p>
          <TimelinePanel view={view} onChange={refresh} />
          <ImpactPanel view={view} onChange={refresh} />
          <LivePanel view={view} onChange={refresh} />
          <RedactionPanel view={view} onChange={refresh} />
          <ChecklistPanel view={view} />
          <ExportPanel view={view} onChange={refresh} />
        </>
      )}
      {!collapsed && !view?.incident && <NotAnIncidentDoc documentId={documentId} error={viewError} onConnected={refresh} />}
    </div>
  );
}

function NotAnIncidentDoc({ documentId, error: viewError, onConnected }: { documentId: string; error: WorkerError | undefined; onConnected(): void }) {
  const [status, setStatus] = useState<DocStatus>();
  const [error, setError] = useState<WorkerError>();
  const [busy, setBusy] = useState(false);
  const shown = error ?? (viewError?.code === 'not_connected' || viewError?.code === 'unauthorized' ? viewError : undefined);

  async function check() {
    setBusy(true);
    setError(undefined);
    try {
      setStatus(await send('doc/status', { documentId }));
    } catch (err) {
      setError(err instanceof WorkerError ? err : new WorkerError('internal', String(err)));
    } finally {
      setBusy(false);
    }
  }

  async function join() {
    setBusy(true);
    setError(undefined);
    try {
      await send('incident/adopt', { documentId });
      onConnected();
    } catch (err) {
      setError(err instanceof WorkerError ? err : new WorkerError('internal', String(err)));
    } finally {
      setBusy(false);
    }
  }

  async function connectGoogle() {
    setBusy(true);
    try {
      await send('connections/connect', { service: 'google' });
    } catch (err) {
      setBusy(false);
      setError(err as WorkerError);
      return;
    }
    onConnected();
    await check();
  }

  return (
    <section class="id-section" aria-labelledby="id-doc">
      <h2 id="id-doc">This document</h2>
      <p class="id-small id-muted">
        Not an incident doc of yours. If a colleague declared the incident in it, join it to add to its timeline and impact; otherwise declare a
        major incident from the toolbar button.
      </p>
      <div class="composer-row">
        <button class="id-btn id-btn-primary" onClick={join} disabled={busy}>
          Join this incident
        </button>
        <button class="id-btn" onClick={check} disabled={busy}>
          {busy ? 'Checking…' : 'Check document'}
        </button>
      </div>
      {status && (
        <dl class="id-kv" data-testid="doc-status">
          <dt>Title</dt>
          <dd>{status.title || '(untitled)'}</dd>
          <dt>Revision</dt>
          <dd>{status.revisionId}</dd>
        </dl>
      )}
      {shown && (
        <div class="id-error" role="alert">
          {shown.message}
          {(shown.code === 'not_connected' || shown.code === 'unauthorized') && (
            <p>
              <button class="id-btn" onClick={connectGoogle} disabled={busy}>
                Connect Google
              </button>
            </p>
          )}
        </div>
      )}
    </section>
  );
}
