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
import { t } from '../shared/i18n';

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
          aria-label={t('sidebar_resize')}
          aria-valuenow={frameWidth}
          aria-valuemin={SIDEBAR_MIN_WIDTH}
          aria-valuemax={SIDEBAR_MAX_WIDTH}
          aria-valuetext={t('sidebar_widthValue', String(frameWidth))}
          tabIndex={0}
          onPointerDown={startResize}
          onPointerMove={resize}
          onPointerUp={() => (drag.current = undefined)}
          onKeyDown={resizeByKey}
        />
      )}
      <header class="id-header">
        <button
          type="button"
          class="id-btn collapse"
          aria-expanded={!collapsed}
          aria-label={collapsed ? t('sidebar_open') : t('sidebar_collapse')}
          onClick={() => setOpen(collapsed)}
        >
          {collapsed ? '‹' : '›'}
        </button>
        {!collapsed && (
          <>
            <span class="id-logo" aria-hidden="true">
              !
            </span>
            <h1>{view?.incident ? view.incident.title : t('extName')}</h1>
          </>
        )}
      </header>
      {!collapsed && view?.incident && (
        <>
          <p class="id-section id-small id-muted acting-on" data-testid="acting-on">
            {t('sidebar_actingOn')} <strong>{view.doc?.title ?? view.incident.title}</strong>
          </p>
          <p class="id-section id-links id-small">
            {view.links.publicUrl && (
              <a href={view.links.publicUrl} target="_blank" rel="noreferrer">
                {t('link_publicCopy')}
              </a>
            )}
            {view.links.warRoomUrl && (
              <a href={view.links.warRoomUrl} target="_blank" rel="noreferrer">
                {t('link_warRoom')}
              </a>
            )}
            {view.links.issueUrl && (
              <a href={view.links.issueUrl} target="_blank" rel="noreferrer">
                {t('link_outageIssue')}
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
      <h2 id="id-doc">{t('sidebar_thisDocument')}</h2>
      <p class="id-small id-muted">{t('sidebar_notIncidentDoc')}</p>
      <div class="composer-row">
        <button type="button" class="id-btn id-btn-primary" onClick={join} disabled={busy}>
          {t('sidebar_join')}
        </button>
        <button type="button" class="id-btn" onClick={check} disabled={busy}>
          {busy ? t('sidebar_checking') : t('sidebar_checkDocument')}
        </button>
      </div>
      {status && (
        <dl class="id-kv" data-testid="doc-status">
          <dt>{t('sidebar_docTitle')}</dt>
          <dd>{status.title || t('sidebar_untitled')}</dd>
          <dt>{t('sidebar_revision')}</dt>
          <dd>{status.revisionId}</dd>
        </dl>
      )}
      {shown && (
        <div class="id-error" role="alert">
          {shown.message}
          {(shown.code === 'not_connected' || shown.code === 'unauthorized') && (
            <p>
              <button type="button" class="id-btn" onClick={connectGoogle} disabled={busy}>
                {t('sidebar_connectGoogle')}
              </button>
            </p>
          )}
        </div>
      )}
    </section>
  );
}
