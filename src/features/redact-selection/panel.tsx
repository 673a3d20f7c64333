import { useEffect, useRef, useState } from 'preact/hooks';
import { occurrences } from './occurrences';
import type { SidebarView } from '../../messages';
import { send } from '../../ui/shared/send';
import { StatusLine } from '../../ui/shared/status-line';
import { leaveOnEscape, onFocusRequest } from '../../ui/sidebar/frame-host';
import { t } from '../../ui/shared/i18n';

const SHOWN = 5;

/**
 * The editor's "Redact selection": Docs draws the doc on a canvas with its own context menu, so no
 * selection reaches the browser there. The person copies the name in the doc, presses the
 * shortcut (Alt+Shift+R) and pastes it here: the paste is their own action, so the extension
 * never reads the clipboard. What will be replaced is shown before they confirm.
 */
export function RedactTermPanel({ view, onChange }: { view: SidebarView; onChange(): void }) {
  const incidentId = view.incident!.id;
  const [term, setTerm] = useState('');
  const [status, setStatus] = useState<string>();
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const section = useRef<HTMLElement>(null);
  useEffect(
    () =>
      onFocusRequest('redact', () => {
        // Read the doc again: the occurrences shown must be those of the doc as it is now.
        onChange();
        section.current?.scrollIntoView({ block: 'nearest' });
        input.current?.focus();
        input.current?.select();
      }),
    [onChange],
  );
  const paragraphs = view.doc?.paragraphs.map((p) => p.text);
  const found = paragraphs ? occurrences(paragraphs, term) : [];
  const trimmed = term.trim().replace(/\s+/g, ' ');

  async function redact() {
    if (!trimmed || busy) return;
    setBusy(true);
    try {
      await send('redaction/term', { incidentId, term: trimmed });
      setStatus(t('redactTerm_status', trimmed));
      setTerm('');
      onChange();
    } catch (err) {
      setStatus((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="id-section" aria-labelledby="id-redact-term" ref={section}>
      <h2 id="id-redact-term">{t('redactTerm_heading')}</h2>
      <p class="id-small id-muted">
        {t('redactTerm_howCopy')} <kbd>Alt+Shift+R</kbd>
        {t('redactTerm_howPaste')}
        <kbd>Ctrl+V</kbd>
        {t('redactTerm_howEnter')}
      </p>
      <div class="composer-row" onKeyDown={leaveOnEscape}>
        <label class="sr-only" for="id-redact">
          {t('redactTerm_label')}
        </label>
        <input
          id="id-redact"
          ref={input}
          class="grow"
          value={term}
          placeholder={t('redactTerm_placeholder')}
          onInput={(e) => setTerm(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void redact();
            }
          }}
        />
        <button type="button" class="id-btn id-btn-primary" onClick={() => void redact()} disabled={busy || !trimmed}>
          {t('redactTerm_redact')}
        </button>
      </div>
      {trimmed && paragraphs && (
        <div class="preview" data-testid="redact-occurrences">
          <p class="id-small">
            {found.length === 0 ? t('redactTerm_notInDoc') : t(found.length === 1 ? 'redactTerm_found_one' : 'redactTerm_found_other', found.length)}
          </p>
          {found.length > 0 && (
            <ul>
              {found.slice(0, SHOWN).map((o, i) => (
                <li key={i} class="id-small">
                  {o.before}
                  <mark>{o.match}</mark>
                  {o.after}
                </li>
              ))}
              {found.length > SHOWN && <li class="id-small id-muted">{t('redactTerm_more', found.length - SHOWN)}</li>}
            </ul>
          )}
        </div>
      )}
      <StatusLine text={status} />
    </section>
  );
}

/**
 * The doc's text, read-only, as the Docs API reads it: the editor draws it on a canvas, so this
 * is where a selection of it exists for "Redact selection" and "Add selection to timeline".
 */
export function DocTextPanel({ view }: { view: SidebarView }) {
  if (!view.doc) return null;
  return (
    <details class="id-section doc-text">
      <summary>
        <h2>{t('docText_heading')}</h2>
      </summary>
      <div class="doc-text-body" aria-label={t('docText_label')}>
        {view.doc.paragraphs.map((p, i) =>
          p.style.startsWith('HEADING') || p.style === 'TITLE' ? <h3 key={i}>{p.text}</h3> : <p key={i}>{p.text || '\u00a0'}</p>,
        )}
      </div>
    </details>
  );
}
