import { useEffect, useRef, useState } from 'preact/hooks';
import { ENTRY_KINDS, type EntryKind } from './timeline';
import type { ResponseMap, SidebarView } from '../../messages';
import { send } from '../../ui/shared/send';
import { leaveOnEscape, onFocusRequest } from '../../ui/sidebar/frame-host';
import { fromUtcInput, localTitle, toUtcInput, utcTime } from '../../ui/shared/utc-time';
import { blameHints } from './blameless';
import { t } from '../../ui/shared/i18n';

/** Phrases a person chose to keep as written, per incident, in the extension's own storage. */
const DISMISSED_KEY = 'blameDismissed';

type Preview = ResponseMap['timeline/preview'];

export function TimelinePanel({ view, onChange }: { view: SidebarView; onChange(): void }) {
  const incidentId = view.incident!.id;
  const [text, setText] = useState('');
  const [kind, setKind] = useState<EntryKind>('fact');
  const [time, setTime] = useState(toUtcInput(new Date()));
  const [timeEdited, setTimeEdited] = useState(false);
  const [preview, setPreview] = useState<Preview>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLTextAreaElement>(null);
  const [dismissed, setDismissed] = useState<string[]>([]);
  useEffect(() => {
    void chrome.storage.local.get(DISMISSED_KEY).then((got) => setDismissed(((got[DISMISSED_KEY] ?? {}) as Record<string, string[]>)[incidentId] ?? []));
  }, [incidentId]);
  const hints = blameHints(text, dismissed);
  const dismiss = async (phrase: string) => {
    const next = [...dismissed, phrase];
    setDismissed(next);
    const all = ((await chrome.storage.local.get(DISMISSED_KEY))[DISMISSED_KEY] ?? {}) as Record<string, string[]>;
    await chrome.storage.local.set({ [DISMISSED_KEY]: { ...all, [incidentId]: next } });
  };

  useEffect(() => {
    // When the composer became usable, as epoch ms (the doc page has another clock): read by `npm run bench`.
    document.documentElement.setAttribute('data-interactive-at', (performance.timeOrigin + performance.now()).toFixed(1));
    return onFocusRequest('composer', () => input.current?.focus());
  }, []);

  // Until the person sets a time, the entry is stamped with the time it is added.
  useEffect(() => {
    if (timeEdited) return;
    const timer = setInterval(() => setTime(toUtcInput(new Date())), 15_000);
    return () => clearInterval(timer);
  }, [timeEdited]);

  // Show what redaction will replace while the person types.
  useEffect(() => {
    if (!text.trim()) {
      setPreview(undefined);
      return;
    }
    const timer = setTimeout(() => {
      send('timeline/preview', { incidentId, text }).then(setPreview, (err: Error) => setError(err.message));
    }, 250);
    return () => clearTimeout(timer);
  }, [text, incidentId]);

  async function add() {
    const at = timeEdited ? fromUtcInput(time) : new Date().toISOString();
    if (!at) {
      setError(t('time_badFormat'));
      return;
    }
    if (!text.trim()) {
      setError(t('timeline_writeFirst'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await send('timeline/add', { incidentId, text: text.trim(), kind, at });
      setText('');
      setPreview(undefined);
      setTimeEdited(false);
      setTime(toUtcInput(new Date()));
      onChange();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  async function unredact(term: string) {
    await send('redaction/allow', { incidentId, term });
    setPreview(await send('timeline/preview', { incidentId, text }));
  }

  /** A doubtful word is a person: redacted from now on in this incident (and wherever it is in the doc). */
  async function isPerson(term: string) {
    await send('redaction/apply', { incidentId, keep: [], add: [term] });
    setPreview(await send('timeline/preview', { incidentId, text }));
  }

  const items = [
    ...view.entries.map((e) => ({ ...e, key: `${e.at}|${e.kind}|${e.text}`, pending: undefined as string | undefined })),
    ...view.pending.map((p) => ({
      at: p.at,
      kind: p.kind,
      text: p.text,
      key: p.key,
      pending: p.error ?? (p.state === 'failed' ? t('timeline_failed') : t('timeline_waiting')),
    })),
  ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

  return (
    <section class="id-section" aria-labelledby="id-timeline">
      <h2 id="id-timeline">
        {t('timeline_heading')} <span class="id-muted">{t('timeline_timesInUtc')}</span>
      </h2>
      <div class="composer" onKeyDown={leaveOnEscape}>
        <label class="sr-only" for="id-entry">
          {t('timeline_newEntry')}
        </label>
        <textarea
          id="id-entry"
          ref={input}
          rows={2}
          placeholder={t('timeline_placeholder')}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              void add();
            }
          }}
        />
        <div class="composer-row">
          <label class="sr-only" for="id-kind">
            {t('timeline_kind')}
          </label>
          <select id="id-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as EntryKind)}>
            {ENTRY_KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
          <label class="sr-only" for="id-time">
            {t('timeline_time')}
          </label>
          <input
            id="id-time"
            class="time"
            value={time}
            onInput={(e) => {
              setTime(e.currentTarget.value);
              setTimeEdited(true);
            }}
            aria-describedby="id-time-hint"
          />
          <span id="id-time-hint" class="id-small id-muted">
            {t('timeline_utc')}
          </span>
          <button type="button" class="id-btn id-btn-primary" onClick={() => void add()} disabled={busy}>
            {t('timeline_add')}
          </button>
        </div>
        {preview && preview.terms.length > 0 && (
          <div class="preview" data-testid="redaction-preview">
            <p class="id-small">{t('timeline_willRedact')}</p>
            <ul>
              {preview.terms.map((term) => (
                <li key={term.term}>
                  <s>{term.term}</s> → {term.replacement}{' '}
                  <button type="button" class="id-btn link" onClick={() => void unredact(term.term)} aria-label={t('timeline_doNotRedact', term.term)}>
                    {t('timeline_notAPerson')}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        {hints.length > 0 && (
          <div class="preview blame" data-testid="blame-hint" role="note">
            <p class="id-small">{t('timeline_blameless')}</p>
            <ul>
              {hints.map((h) => (
                <li key={h.phrase}>
                  <q>{h.phrase}</q> → {h.suggestion}{' '}
                  <button type="button" class="id-btn link" onClick={() => void dismiss(h.phrase)} aria-label={t('timeline_keepLabel', h.phrase)}>
                    {t('timeline_keep')}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        {preview && preview.doubts.length > 0 && (
          <div class="preview doubts" data-testid="doubt-preview">
            <p class="id-small">{t('timeline_mayBePerson')}</p>
            <ul>
              {preview.doubts.map((d) => (
                <li key={d.term}>
                  <strong>{d.term}</strong>{' '}
                  <button type="button" class="id-btn link" onClick={() => void isPerson(d.term)} aria-label={t('timeline_isPersonLabel', d.term)}>
                    {t('timeline_person')}
                  </button>{' '}
                  <button type="button" class="id-btn link" onClick={() => void unredact(d.term)} aria-label={t('timeline_isNotPersonLabel', d.term)}>
                    {t('timeline_notAPerson')}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        {error && (
          <p class="id-error" role="alert">
            {error}
          </p>
        )}
      </div>
      {view.docError && (
        <p class="id-small id-notice" role="status" data-testid="doc-error">
          {view.docError}
        </p>
      )}
      <ol class="entries" aria-label={t('timeline_entries')}>
        {items.map((item) => (
          <li key={item.key} class={`entry kind-${item.kind}${item.pending ? ' pending' : ''}`}>
            <time dateTime={item.at} title={localTitle(item.at)}>
              {utcTime(item.at, { zone: false })}
            </time>
            <span class="kind">{item.kind}</span>
            <span class="text">{item.text}</span>
            {item.pending && <span class="pending-note">{item.pending}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
