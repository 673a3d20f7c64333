import { render } from 'preact';
import { Connections } from '../../features/connections/panel';
import { WorkerStatus } from '../../features/worker-status/panel';
import { SettingsForm } from '../../features/settings/form';
import '../shared/theme.css';
import './options.css';

function Options() {
  return (
    <main class="id-surface options">
      <header class="id-header">
        <span class="id-logo" aria-hidden="true">!</span>
        <h1>Incident Desk settings</h1>
      </header>
      <p class="id-section id-muted">
        Your own accounts are below; the rest is the team's and can be shared as one file (it holds no secrets). Tokens stay inside
        the extension's background worker.
      </p>
      <Connections />
      <SettingsForm />
      <WorkerStatus />
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
