import { useState } from 'preact/hooks';
import type { ResponseMap } from '../../messages';
import { send, WorkerError } from '../shared/send';

type DocStatus = ResponseMap['doc/status'];

export function Sidebar({ documentId, panel }: { documentId: string; panel: HTMLElement }) {
  const [collapsed, setCollapsed] = useState(false);
  const [status, setStatus] = useState<DocStatus>();
  const [error, setError] = useState<WorkerError>();
  const [busy, setBusy] = useState(false);

  function toggle() {
    panel.classList.toggle('collapsed', !collapsed);
    setCollapsed(!collapsed);
  }

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

  async function connectGoogle() {
    setBusy(true);
    try {
      await send('connections/connect', { service: 'google' });
    } catch (err) {
      setBusy(false);
      setError(err as WorkerError);
      return;
    }
    await check();
  }

  return (
    <div class="id-surface sidebar">
      <header class="id-header">
        <button class="id-btn collapse" aria-expanded={!collapsed} aria-label={collapsed ? 'Open Incident Desk' : 'Collapse Incident Desk'} onClick={toggle}>
          {collapsed ? '‹' : '›'}
        </button>
        {!collapsed && (
          <>
            <span class="id-logo" aria-hidden="true">!</span>
            <h1>Incident Desk</h1>
          </>
        )}
      </header>
      {!collapsed && (
        <section class="id-section" aria-labelledby="id-doc">
          <h2 id="id-doc">This document</h2>
          <button class="id-btn id-btn-primary" onClick={check} disabled={busy}>
            {busy ? 'Checking…' : 'Check document'}
          </button>
          {status && (
            <dl class="id-kv" data-testid="doc-status">
              <dt>Title</dt>
              <dd>{status.title || '(untitled)'}</dd>
              <dt>Revision</dt>
              <dd>{status.revisionId}</dd>
            </dl>
          )}
          {error && (
            <div class="id-error" role="alert">
              {error.message}
              {(error.code === 'not_connected' || error.code === 'unauthorized') && (
                <p>
                  <button class="id-btn" onClick={connectGoogle} disabled={busy}>
                    Connect Google
                  </button>
                </p>
              )}
            </div>
          )}
        </section>
      )}
    </div>
  );
}
