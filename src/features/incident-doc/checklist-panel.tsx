import type { SidebarView } from '../../messages';
import { t } from '../../ui/shared/i18n';

export function ChecklistPanel({ view }: { view: SidebarView }) {
  return (
    <section class="id-section" aria-labelledby="id-checks">
      <h2 id="id-checks">{t('checks_heading')}</h2>
      <ul class="id-checklist">
        {view.checklist.map((item) => (
          <li key={item.name} class={item.done ? 'is-done' : 'is-waiting'} data-check={item.name} data-done={String(item.done)}>
            <span class="id-step-icon" aria-hidden="true">
              {item.done ? '✓' : '○'}
            </span>
            <span class="id-step-label">
              {item.label}
              <span class="sr-only">{item.done ? t('checks_done') : t('checks_notYet')}</span>
              {item.detail && <span class="id-step-error">{item.detail}</span>}
            </span>
          </li>
        ))}
      </ul>
      <p class="id-small" data-testid="public-state">
        {view.publicCurrent ? t('checks_publicCurrent') : t('checks_publicBehind')}
      </p>
    </section>
  );
}
