import { useState } from 'preact/hooks';
import { NOT_LIVE_REASONS, type NotLiveReason } from './live';
import type { SidebarView } from '../../messages';
import { send } from '../../ui/shared/send';
import { StatusLine } from '../../ui/shared/status-line';

/** "Make the war room live by default, unless…": the decision, its reason and who made it. */
export function LivePanel({ view, onChange }: { view: SidebarView; onChange(): void }) {
  const [reason, setReason] = useState<NotLiveReason | ''>(view.live.reason ?? '');
  const [asked, setAsked] = useState(false);
  const [status, setStatus] = useState<string>();

  async function decide(live: boolean) {
    setStatus(undefined);
    try {
      await send('live/decide', { incidentId: view.incident!.id, live, ...(live || !reason ? {} : { reason }) });
      setStatus(live ? 'Recorded: the war room is live.' : 'Recorded: the war room is not live.');
      onChange();
    } catch (err) {
      setStatus((err as Error).message);
    }
  }

  return (
    <section class="id-section" aria-labelledby="id-live">
      <h2 id="id-live">War room</h2>
      {view.links.warRoomUrl && (
        <p>
          <a href={view.links.warRoomUrl} target="_blank" rel="noreferrer">
            Join the war room
          </a>
        </p>
      )}
      <p class="id-small" data-testid="live-state">
        {view.live.live ? 'Live (the default).' : `Not live: ${view.live.reason ? NOT_LIVE_REASONS[view.live.reason] : 'reason missing'}.`}
      </p>
      <fieldset class="reasons">
        <legend class="id-small">Not live only if streaming…</legend>
        {(Object.keys(NOT_LIVE_REASONS) as NotLiveReason[]).map((key) => (
          <label key={key} class="radio">
            <input type="radio" name="id-live-reason" value={key} checked={reason === key} onChange={() => setReason(key)} />
            {NOT_LIVE_REASONS[key]}
          </label>
        ))}
      </fieldset>
      <label class="radio">
        <input type="checkbox" checked={asked} onChange={(e) => setAsked(e.currentTarget.checked)} />
        I asked the lead who declared
      </label>
      <div class="composer-row">
        <button class="id-btn" disabled={!reason || !asked} onClick={() => void decide(false)}>
          Record: not live
        </button>
        <button class="id-btn" onClick={() => void decide(true)}>
          Confirm live
        </button>
      </div>
      <StatusLine text={status} />
    </section>
  );
}
