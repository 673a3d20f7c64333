import { useState } from 'preact/hooks';
import { send } from '../../ui/shared/send';
import { TweetLength } from './tweet-length';
import { t } from '../../ui/shared/i18n';

export function DeclareForm({ roles, myRole, onDeclared }: { roles: string[]; myRole: string; onDeclared(): void }) {
  const [title, setTitle] = useState('');
  const [why, setWhy] = useState('');
  const [commsLead, setCommsLead] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    try {
      const reply = await send('incident/declare', { title, why, ...(commsLead ? { commsLeadRole: commsLead } : {}) });
      if (reply.ok) onDeclared();
      else setProblems(Object.fromEntries(reply.problems.map((p) => [p.field, p.message])));
    } catch (err) {
      setProblems({ form: (err as Error).message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="id-stack" onSubmit={submit} aria-labelledby="id-declare" noValidate>
      <h2 id="id-declare">{t('declare_heading')}</h2>
      <label for="id-title">{t('declare_title')}</label>
      <input id="id-title" value={title} onInput={(e) => setTitle(e.currentTarget.value)} placeholder={t('declare_titlePlaceholder')} aria-invalid={Boolean(problems.title)} aria-describedby="id-title-err" maxLength={120} />
      {problems.title && <p id="id-title-err" class="id-field-error">{problems.title}</p>}
      <TweetLength title={title} />
      <label for="id-why">{t('declare_why')}</label>
      <textarea id="id-why" rows={3} value={why} onInput={(e) => setWhy(e.currentTarget.value)} aria-invalid={Boolean(problems.why)} aria-describedby="id-why-err" />
      {problems.why && <p id="id-why-err" class="id-field-error">{problems.why}</p>}
      <label for="id-comms">{t('declare_commsLead')}</label>
      <select id="id-comms" value={commsLead} onChange={(e) => setCommsLead(e.currentTarget.value)}>
        <option value="">{t('declare_commsSelf')}</option>
        {roles.filter((r) => r !== myRole).map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      {(problems.declarerRole || problems.form) && (
        <p class="id-error" role="alert">
          {problems.declarerRole ?? problems.form}
        </p>
      )}
      <button class="id-btn id-btn-primary id-btn-big" type="submit" disabled={busy}>
        {busy ? t('declare_declaring') : t('declare_submit')}
      </button>
    </form>
  );
}
