import { useState } from 'preact/hooks';
import { send } from '../../ui/shared/send';
import { t } from '../../ui/shared/i18n';

/** "Who am I" decides whether the popup offers Declare or the escalation chain; it is remembered. */
export function RolePicker({ roles, current, onChange }: { roles: string[]; current?: string; onChange(): void }) {
  const [editing, setEditing] = useState(!current);
  const [role, setRole] = useState(current ?? '');
  const [error, setError] = useState<string>();

  async function saveRole(e: Event) {
    e.preventDefault();
    try {
      await send('profile/set', { role });
      setEditing(false);
      onChange();
    } catch (err) {
      setError((err as Error).message);
    }
  }

  if (!editing && current) {
    return (
      <p class="id-row id-small">
        <span>
          {t('role_youAre')} <strong data-testid="my-role">{current}</strong>
        </span>
        <button type="button" class="id-btn" onClick={() => setEditing(true)}>
          {t('role_change')}
        </button>
      </p>
    );
  }
  return (
    <form class="id-stack" onSubmit={saveRole}>
      <label for="id-role">{t('role_label')}</label>
      <select id="id-role" value={role} onChange={(e) => setRole(e.currentTarget.value)} required>
        <option value="" disabled>
          {t('role_choose')}
        </option>
        {roles.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      <button class="id-btn id-btn-primary" type="submit" disabled={!role}>
        {t('role_save')}
      </button>
      {error && (
        <p class="id-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
