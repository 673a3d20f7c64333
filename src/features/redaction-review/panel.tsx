import { useState } from 'preact/hooks';
import type { ResponseMap, SidebarView } from '../../messages';
import { send } from '../../ui/shared/send';
import { StatusLine } from '../../ui/shared/status-line';
import { t } from '../../ui/shared/i18n';

type Review = ResponseMap['redaction/review'];

/** Review before publish: what the scan will replace in the doc, to confirm, keep or extend. */
export function RedactionPanel({ view, onChange }: { view: SidebarView; onChange(): void }) {
  const incidentId = view.incident!.id;
  const [review, setReview] = useState<Review>();
  const [kept, setKept] = useState<Set<string>>(new Set());
  const [added, setAdded] = useState<string[]>([]);
  const [missed, setMissed] = useState('');
  /** the person's answer for each doubtful word; undecided ones stay held */
  const [decisions, setDecisions] = useState<Record<string, 'person' | 'not'>>({});
  const [status, setStatus] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function load() {
    setBusy(true);
    setStatus(t('review_scanning'));
    try {
      const next = await send('redaction/review', { incidentId });
      setReview(next);
      setKept(new Set());
      setAdded([]);
      setDecisions({});
      setStatus(next.terms.length || next.doubts.length ? undefined : t('review_noNames'));
    } catch (err) {
      setStatus((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  async function apply() {
    setBusy(true);
    setStatus(t('review_applying'));
    try {
      const answered = (answer: 'person' | 'not') =>
        Object.entries(decisions)
          .filter(([, a]) => a === answer)
          .map(([term]) => term);
      await send('redaction/apply', { incidentId, keep: [...kept, ...answered('not')], add: [...added, ...answered('person')] });
      setStatus(t('review_done'));
      setReview(undefined);
      onChange();
    } catch (err) {
      setStatus((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const toggle = (term: string) =>
    setKept((prev) => {
      const next = new Set(prev);
      if (next.has(term)) next.delete(term);
      else next.add(term);
      return next;
    });

  return (
    <section class="id-section" aria-labelledby="id-redaction">
      <h2 id="id-redaction">{t('review_heading')}</h2>
      {!review && (
        <button type="button" class="id-btn" onClick={() => void load()} disabled={busy}>
          {t('review_start')}
        </button>
      )}
      {review && (
        <>
          <ul class="review" aria-label={t('review_terms')}>
            {review.terms.map((term) => (
              <li key={term.term}>
                <label>
                  <input type="checkbox" checked={!kept.has(term.term)} onChange={() => toggle(term.term)} />
                  <span>
                    <strong>{term.term}</strong> → {term.replacement} <span class="id-muted">×{term.count}</span>
                    <span class="review-context">{term.context}</span>
                  </span>
                </label>
              </li>
            ))}
            {added.map((term) => (
              <li key={`added:${term}`}>
                <label>
                  <input type="checkbox" checked onChange={() => setAdded((a) => a.filter((x) => x !== term))} />
                  <span>
                    <strong>{term}</strong> <span class="id-muted">{t('review_addedByYou')}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {review.doubts.length > 0 && (
            <>
              <p class="id-small">{t('review_mayBePeople')}</p>
              <ul class="review" aria-label={t('review_decide')}>
                {review.doubts.map((d) => (
                  <li key={d.term}>
                    <span>
                      <strong>{d.term}</strong> <span class="id-muted">×{d.count}</span>
                      <span class="review-context">{d.context}</span>
                    </span>
                    <span class="decide" role="group" aria-label={t('review_isPerson', d.term)}>
                      {(['person', 'not'] as const).map((answer) => (
                        <button
                          type="button"
                          key={answer}
                          class="id-btn"
                          aria-pressed={decisions[d.term] === answer}
                          onClick={() => setDecisions((all) => ({ ...all, [d.term]: answer }))}
                        >
                          {answer === 'person' ? t('review_person') : t('review_notPerson')}
                        </button>
                      ))}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
          <form
            class="composer-row"
            onSubmit={(e) => {
              e.preventDefault();
              if (missed.trim()) setAdded((a) => [...new Set([...a, missed.trim()])]);
              setMissed('');
            }}
          >
            <label class="sr-only" for="id-missed">
              {t('review_missedLabel')}
            </label>
            <input id="id-missed" value={missed} placeholder={t('review_missedPlaceholder')} onInput={(e) => setMissed(e.currentTarget.value)} />
            <button class="id-btn" type="submit">
              {t('review_add')}
            </button>
          </form>
          <p class="id-small id-muted">{t('review_unchecked')}</p>
          <div class="composer-row">
            <button type="button" class="id-btn id-btn-primary" onClick={() => void apply()} disabled={busy}>
              {t('review_apply')}
            </button>
            <button type="button" class="id-btn" onClick={() => setReview(undefined)} disabled={busy}>
              {t('review_cancel')}
            </button>
          </div>
        </>
      )}
      <StatusLine text={status} />
    </section>
  );
}
