import { useEffect, useRef, useState } from 'preact/hooks';
import type { ResponseMap } from '../../messages';
import { send, WorkerError } from '../shared/send';
import { ChecklistPanel } from '../../features/incident-doc/checklist-panel';
import { ExportPanel } from '../../features/resolve/export-panel';
import { RedactionPanel } from '../../features/redaction-review/panel';
import { ImpactPanel } from '../../features/impact/panel';
import { LivePanel } from '../../features/war-room/panel';
import { TimelinePanel } from '../../features/timeline/panel';
import { useSidebarView } from './use-sidebar-view';
import { onHost, toHost } from './frame-host';
import { SIDEBAR_MAX_WIDTH, SIDEBAR_MIN_WIDTH } from '../../protocol/tab';
import { DocTextPanel, RedactTermPanel } from '../../features/redact-selection/panel';

type DocStatus = ResponseMap['doc/status'];

export function Sidebar({ documentId, firstView }: { documentId: string; firstView?: Promise<unknown> }) {
  // The frame's size is the host's to set (it makes room in the doc for it); this asks for changes.
  const [collapsed, setCollapsed] = useState(false);
  const { view, error: viewError, refresh } = useSidebarView(documentId, firstView);
  const drag = useRef<{ screenX: number; width: number } | undefined>(undefined);
  // The host sets the frame's width; the resizer says it, as a separator a person moves must.
  const [frameWidth, setFrameWidth] = useState(innerWidth);

  useEffect(() => onHost((m) => m.incidentDesk === 'layout' && setCollapsed(m.collapsed)), []);
  useEffect(() => {
    const measure = () => setFrameWidth(innerWidth);
    addEventListener('resize', measure);
    return () => removeEventListener('resize', measure);
  }, []);

  const setOpen = (open: boolean) => toHost({ incidentDesk: 'layout', collapsed: !open });
  const askWidth = (width: number) => toHost({ incidentDesk: 'layout', collapsed: false, width });

  function startResize(e: PointerEvent) {
    drag.current = { screenX: e.screenX, width: innerWidth };
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
  }
  function resize(e: PointerEvent) {
    // Screen coordinates: the frame's own ones move as it widens.
    if (drag.current) askWidth(drag.current.width + drag.current.screenX - e.screenX);
  }
  function resizeByKey(e: KeyboardEvent) {
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') askWidth(innerWidth + (e.key === 'ArrowLeft' ? 20 : -20));
  }

  return (
    <main class="id-surface sidebar">
      {!collapsed && (
        <div
          class="resizer"
          role="separator"
          aria-orientation="vertical"
          aria-label="Resize Incident Desk (arrow keys)"
          aria-valuenow={frameWidth}
          aria-valuemin={SIDEBAR_MIN_WIDTH}
          aria-valuemax={SIDEBAR_MAX_WIDTH}
          aria-valuetext={`${frameWidth} pixels wide`}
          tabIndex={0}
          onPointerDown={startResize}
          onPointerMove={resize}
          onPointerUp={() => (drag.current = undefined)}
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
          <p class="id-section id-small id-muted acting-on" data-testid="acting-on">
            Acting on the doc <strong>{view.doc?.title ?? view.incident.title}</strong>
          </p>
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
          <RedactTermPanel view={view} onChange={refresh} />
          <RedactionPanel view={view} onChange={refresh} />
          <ChecklistPanel view={view} />
          <ExportPanel view={view} onChange={refresh} />
          <DocTextPanel view={view} />
        </>
      )}
      {!collapsed && !view?.incident && <NotAnIncidentDoc documentId={documentId} error={viewError} onConnected={refresh} />}
    </main>
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
