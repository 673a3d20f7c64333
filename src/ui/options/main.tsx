import { render } from 'preact';
import { Connections } from '../../features/connections/panel';
import { WorkerStatus } from '../../features/worker-status/panel';
import { SettingsForm } from '../../features/settings/form';
import '../shared/theme.css';
import './options.css';
import { t } from '../shared/i18n';

function Options() {
  return (
    <main class="id-surface options">
      <header class="id-header">
        <span class="id-logo" aria-hidden="true">
          !
        </span>
        <h1>{t('options_title')}</h1>
      </header>
      <p class="id-section id-muted">{t('options_intro')}</p>
      <Connections />
      <SettingsForm />
      <WorkerStatus />
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
