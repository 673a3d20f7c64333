import { useState } from 'preact/hooks';
import type { ResponseMap, SidebarView } from '../../messages';
import { send } from '../../ui/shared/send';
import { StatusLine } from '../../ui/shared/status-line';

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
    setStatus('Scanning the doc…');
    try {
      const next = await send('redaction/review', { incidentId });
      setReview(next);
      setKept(new Set());
      setAdded([]);
      setDecisions({});
      setStatus(next.terms.length || next.doubts.length ? undefined : 'No names found in the doc.');
    } catch (err) {
      setStatus((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  async function apply() {
    setBusy(true);
    setStatus('Redacting and republishing…');
    try {
      const answered = (answer: 'person' | 'not') => Object.entries(decisions).filter(([, a]) => a === answer).map(([term]) => term);
      await send('redaction/apply', { incidentId, keep: [...kept, ...answered('not')], add: [...added, ...answered('person')] });
      setStatus('Done: the doc is redacted and the public copy republished.');
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
      <h2 id="id-redaction">Redaction review</h2>
      {!review && (
        <button class="id-btn" onClick={() => void load()} disabled={busy}>
          Review names in the doc
        </button>
      )}
      {review && (
        <>
          <ul class="review" aria-label="Terms to redact">
            {review.terms.map((t) => (
              <li key={t.term}>
                <label>
                  <input type="checkbox" checked={!kept.has(t.term)} onChange={() => toggle(t.term)} />
                  <span>
                    <strong>{t.term}</strong> → {t.replacement} <span class="id-muted">×{t.count}</span>
                    <span class="review-context">{t.context}</span>
                  </span>
                </label>
              </li>
            ))}
            {added.map((term) => (
              <li key={`added:${term}`}>
                <label>
                  <input type="checkbox" checked onChange={() => setAdded((a) => a.filter((x) => x !== term))} />
                  <span>
                    <strong>{term}</strong> <span class="id-muted">added by you</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {review.doubts.length > 0 && (
            <>
              <p class="id-small">May be people. The lines that hold them stay out of the public copy until you decide:</p>
              <ul class="review" aria-label="Words to decide">
                {review.doubts.map((d) => (
                  <li key={d.term}>
                    <span>
                      <strong>{d.term}</strong> <span class="id-muted">×{d.count}</span>
                      <span class="review-context">{d.context}</span>
                    </span>
                    <span class="decide" role="group" aria-label={`Is ${d.term} a person?`}>
                      {(['person', 'not'] as const).map((answer) => (
                        <button
                          key={answer}
                          class="id-btn"
                          aria-pressed={decisions[d.term] === answer}
                          onClick={() => setDecisions((all) => ({ ...all, [d.term]: answer }))}
                        >
                          {answer === 'person' ? 'Person' : 'Not a person'}
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
            <label class="sr-only" for="id-missed">A missed name</label>
            <input id="id-missed" value={missed} placeholder="A name the scan missed" onInput={(e) => setMissed(e.currentTarget.value)} />
            <button class="id-btn" type="submit">
              Add
            </button>
          </form>
          <p class="id-small id-muted">Unchecked terms are not redacted again in this incident.</p>
          <div class="composer-row">
            <button class="id-btn id-btn-primary" onClick={() => void apply()} disabled={busy}>
              Redact and republish
            </button>
            <button class="id-btn" onClick={() => setReview(undefined)} disabled={busy}>
              Cancel
            </button>
          </div>
        </>
      )}
      <StatusLine text={status} />
    </section>
  );
}
