import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { IncidentView } from '../../messages';
import { Connections } from '../../features/connections/panel';
import { send } from '../shared/send';
import { WorkerStatus } from '../../features/worker-status/panel';
import { Checklist } from '../../features/declare/checklist';
import { DeclareForm } from '../../features/declare/form';
import { Escalation } from '../../features/escalate/panel';
import { HostAccess } from '../../features/connections/host-access';
import { RolePicker } from '../../features/declare/role-picker';
import { ResolveForm } from '../../features/resolve/form';
import '../shared/theme.css';
import './popup.css';
import { t } from '../shared/i18n';

/** A self-hosted GitLab is reached only once the person grants its host, from this click. */
async function grantGitLab(pattern: string | undefined): Promise<string | undefined> {
  if (!pattern) return undefined;
  // Asked first thing in the click: the browser only grants from a user gesture (and answers at once when already granted).
  const granted = await browser.permissions.request({ origins: [pattern] });
  return granted ? undefined : t('popup_needsHostAccess', pattern.replace('/*', ''));
}

const WATCHED = ['outbox', 'incidents', 'activeIncidentId', 'escalations', 'profile', 'settings'];

function Popup() {
  const [view, setView] = useState<IncidentView>();
  const [error, setError] = useState<string>();
  // After a resolution the popup shows what happened; a new declaration is one click away, not an empty form.
  const [declareAnother, setDeclareAnother] = useState(false);
  const refresh = useCallback(() => {
    send('incident/get', {}).then(setView, (err: Error) => setError(err.message));
  }, []);

  useEffect(() => {
    refresh();
    // The worker writes progress to storage; follow it live, but not the redaction or token writes.
    const onChanged = (changes: Record<string, unknown>) => {
      if (WATCHED.some((key) => key in changes)) refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [refresh]);

  return (
    <main class="id-surface popup">
      <header class="id-header">
        <span class="id-logo" aria-hidden="true">
          !
        </span>
        <h1>{t('extName')}</h1>
      </header>
      <HostAccess />
      {error && (
        <p class="id-section id-error" role="alert">
          {error}
        </p>
      )}
      {view && (
        <>
          <section class="id-section">
            <RolePicker roles={view.roles} current={view.profile?.role} onChange={refresh} />
          </section>
          {view.incident && <Checklist view={view} />}
          {view.incident?.state === 'active' && (
            <section class="id-section">
              <ResolveForm incidentId={view.incident.id} onResolved={refresh} beforeSubmit={() => grantGitLab(view.gitlabPermission)} />
            </section>
          )}
          {view.incident?.state !== 'active' && view.profile?.mayDeclare && (
            <section class="id-section">
              {view.incident && !declareAnother ? (
                <button type="button" class="id-btn" onClick={() => setDeclareAnother(true)}>
                  {t('popup_declareAnother')}
                </button>
              ) : (
                <DeclareForm
                  roles={view.chain.map((p) => p.role)}
                  myRole={view.profile.role}
                  onDeclared={() => {
                    setDeclareAnother(false);
                    refresh();
                  }}
                />
              )}
            </section>
          )}
          {view.incident?.state !== 'active' && view.profile?.whyNot && (
            <p class="id-section id-notice" role="status" data-testid="why-not-declare">
              {view.profile.whyNot}
            </p>
          )}
          {view.incident?.state !== 'active' && view.profile && !view.profile.mayDeclare && <Escalation view={view} onChange={refresh} />}
        </>
      )}
      <details class="id-section">
        <summary>{t('popup_connections')}</summary>
        <Connections />
      </details>
      <section class="id-section id-small">
        <button type="button" class="id-btn link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup_settings')}
        </button>
      </section>
      <WorkerStatus />
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
