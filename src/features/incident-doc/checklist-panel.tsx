import type { SidebarView } from '../../messages';

export function ChecklistPanel({ view }: { view: SidebarView }) {
  return (
    <section class="id-section" aria-labelledby="id-checks">
      <h2 id="id-checks">Handbook checklist</h2>
      <ul class="id-checklist">
        {view.checklist.map((item) => (
          <li key={item.name} class={item.done ? 'is-done' : 'is-waiting'} data-check={item.name} data-done={String(item.done)}>
            <span class="id-step-icon" aria-hidden="true">
              {item.done ? '✓' : '○'}
            </span>
            <span class="id-step-label">
              {item.label}
              <span class="sr-only">{item.done ? ': done' : ': not yet'}</span>
              {item.detail && <span class="id-step-error">{item.detail}</span>}
            </span>
          </li>
        ))}
      </ul>
      <p class="id-small" data-testid="public-state">
        {view.publicCurrent ? 'The public copy is up to date.' : 'The public copy is behind the doc; it is republished after the next scan.'}
      </p>
    </section>
  );
}
