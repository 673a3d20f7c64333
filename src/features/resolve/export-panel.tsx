import { useState } from 'preact/hooks';
import type { SidebarView } from '../../messages';
import { ResolveForm } from './form';
import { send } from '../../ui/shared/send';
import { StatusLine } from '../../ui/shared/status-line';
import { downloadText } from '../../ui/shared/download';
import { t } from '../../ui/shared/i18n';

/** The end of the handbook: resolve, the `outage` issue, and the record as files. */
export function ExportPanel({ view, onChange }: { view: SidebarView; onChange(): void }) {
  const incident = view.incident!;
  const [status, setStatus] = useState<string>();

  async function save(kind: 'markdown' | 'json') {
    setStatus(kind === 'markdown' ? t('export_preparingMarkdown') : t('export_preparingJson'));
    try {
      if (kind === 'markdown') downloadText(`${incident.id}.md`, 'text/markdown', (await send('export/markdown', { incidentId: incident.id })).markdown);
      else downloadText(`${incident.id}.json`, 'application/json', (await send('export/json', { incidentId: incident.id })).json);
      setStatus(undefined);
    } catch (err) {
      setStatus((err as Error).message);
    }
  }

  return (
    <section class="id-section" aria-labelledby="id-export">
      <h2 id="id-export">{incident.state === 'resolved' ? t('export_resolved') : t('export_heading')}</h2>
      {incident.state === 'active' && <ResolveForm incidentId={incident.id} onResolved={onChange} />}
      {view.links.issueUrl && (
        <p>
          <a href={view.links.issueUrl} target="_blank" rel="noreferrer" data-testid="issue-link">
            {t('link_outageIssue')}
          </a>
        </p>
      )}
      <div class="composer-row">
        <button type="button" class="id-btn" onClick={() => void save('markdown')}>
          {t('export_markdown')}
        </button>
        <button type="button" class="id-btn" onClick={() => void save('json')}>
          {t('export_json')}
        </button>
      </div>
      <StatusLine text={status} />
    </section>
  );
}
