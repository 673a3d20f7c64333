import { useState } from 'preact/hooks';
import { NOT_LIVE_REASONS, type NotLiveReason } from './live';
import type { SidebarView } from '../../messages';
import { send } from '../../ui/shared/send';
import { StatusLine } from '../../ui/shared/status-line';
import { t } from '../../ui/shared/i18n';

/** "Make the war room live by default, unless…": the decision, its reason and who made it. */
export function LivePanel({ view, onChange }: { view: SidebarView; onChange(): void }) {
  const [reason, setReason] = useState<NotLiveReason | ''>(view.live.reason ?? '');
  const [asked, setAsked] = useState(false);
  const [status, setStatus] = useState<string>();

  async function decide(live: boolean) {
    setStatus(undefined);
    try {
      await send('live/decide', { incidentId: view.incident!.id, live, ...(live || !reason ? {} : { reason }) });
      setStatus(live ? t('live_recordedLive') : t('live_recordedNotLive'));
      onChange();
    } catch (err) {
      setStatus((err as Error).message);
    }
  }

  return (
    <section class="id-section" aria-labelledby="id-live">
      <h2 id="id-live">{t('live_heading')}</h2>
      {view.links.warRoomUrl && (
        <p>
          <a href={view.links.warRoomUrl} target="_blank" rel="noreferrer">
            {t('live_join')}
          </a>
        </p>
      )}
      <p class="id-small" data-testid="live-state">
        {view.live.live ? t('live_default') : t('live_notLive', view.live.reason ? NOT_LIVE_REASONS[view.live.reason] : t('live_reasonMissing'))}
      </p>
      <fieldset class="reasons">
        <legend class="id-small">{t('live_onlyIf')}</legend>
        {(Object.keys(NOT_LIVE_REASONS) as NotLiveReason[]).map((key) => (
          <label key={key} class="radio">
            <input type="radio" name="id-live-reason" value={key} checked={reason === key} onChange={() => setReason(key)} />
            {NOT_LIVE_REASONS[key]}
          </label>
        ))}
      </fieldset>
      <label class="radio">
        <input type="checkbox" checked={asked} onChange={(e) => setAsked(e.currentTarget.checked)} />
        {t('live_asked')}
      </label>
      <div class="composer-row">
        <button type="button" class="id-btn" disabled={!reason || !asked} onClick={() => void decide(false)}>
          {t('live_recordNotLive')}
        </button>
        <button type="button" class="id-btn" onClick={() => void decide(true)}>
          {t('live_confirm')}
        </button>
      </div>
      <StatusLine text={status} />
    </section>
  );
}
