import { useEffect, useState } from 'preact/hooks';
import { SEGMENT_STATUSES, type SegmentImpact, type SegmentStatus } from './impact';
import type { SidebarView } from '../../messages';
import { send } from '../../ui/shared/send';
import { StatusLine } from '../../ui/shared/status-line';
import { t } from '../../ui/shared/i18n';

/** Marketing's view: how each customer segment is affected, saved into the doc. */
export function ImpactPanel({ view, onChange }: { view: SidebarView; onChange(): void }) {
  const [impact, setImpact] = useState<SegmentImpact[]>(view.impact);
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState<string>();
  const [busy, setBusy] = useState(false);

  // Follow the doc while the person has not started editing.
  useEffect(() => {
    if (!dirty) setImpact(view.impact);
  }, [view.impact, dirty]);

  const edit = (i: number, change: Partial<SegmentImpact>) => {
    setImpact((all) => all.map((seg, j) => (j === i ? { ...seg, ...change } : seg)));
    setDirty(true);
  };

  async function save(announce: boolean) {
    setBusy(true);
    setStatus(undefined);
    try {
      const reply = await send('impact/save', { incidentId: view.incident!.id, impact, announce });
      setDirty(false);
      const wait = reply.nextAnnounceAt ? Math.ceil((reply.nextAnnounceAt - Date.now()) / 1000) : 0;
      setStatus(reply.announced ? t('impact_savedAnnounced') : announce ? t('impact_savedWait', wait) : t('impact_saved'));
      onChange();
    } catch (err) {
      setStatus((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="id-section" aria-labelledby="id-impact">
      <h2 id="id-impact">{t('impact_heading')}</h2>
      {impact.map((seg, i) => {
        const id = `id-impact-${i}`;
        return (
          <fieldset key={seg.segment} class="segment" data-segment={seg.segment}>
            <legend>{seg.segment}</legend>
            <label for={`${id}-status`}>{t('impact_status')}</label>
            <select id={`${id}-status`} value={seg.status} onChange={(e) => edit(i, { status: e.currentTarget.value as SegmentStatus })}>
              {SEGMENT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
            <label for={`${id}-affected`}>{t('impact_affected')}</label>
            <input id={`${id}-affected`} value={seg.affected} onInput={(e) => edit(i, { affected: e.currentTarget.value })} />
            <label for={`${id}-note`}>{t('impact_note')}</label>
            <input id={`${id}-note`} value={seg.note} onInput={(e) => edit(i, { note: e.currentTarget.value })} />
          </fieldset>
        );
      })}
      <div class="composer-row">
        <button type="button" class="id-btn id-btn-primary" disabled={busy} onClick={() => void save(false)}>
          {t('impact_save')}
        </button>
        <button type="button" class="id-btn" disabled={busy} onClick={() => void save(true)}>
          {t('impact_saveAnnounce')}
        </button>
      </div>
      <StatusLine text={status} />
    </section>
  );
}
