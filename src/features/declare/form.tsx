import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { send } from '../../ui/shared/send';
import { TweetLength } from './tweet-length';
import { t } from '../../ui/shared/i18n';
import type { ResponseMap } from '../../messages';
import { roleLabelFor, type MemberChoice } from './comms-lead';
import { MemberPicker } from './member-picker';

export function DeclareForm({ roles, myRole, onDeclared }: { roles: string[]; myRole: string; onDeclared(): void }) {
  const [title, setTitle] = useState('');
  const [why, setWhy] = useState('');
  const [commsLead, setCommsLead] = useState('');
  const [members, setMembers] = useState<ResponseMap['declare/members']>();
  const [person, setPerson] = useState<MemberChoice>();
  const [personRole, setPersonRole] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const roleInput = useRef<HTMLInputElement>(null);
  // Focus follows the choice: to the role once someone is picked, back to the search on Change.
  // In a layout effect, in the same commit as the swap: the focused picker is gone by then, and a
  // plain effect (after paint) left focus on the page's body for a frame, where a screen reader
  // announces it and a quick keystroke is lost.
  const [picked, setPicked] = useState<boolean>();

  useEffect(() => {
    send('declare/members', {}).then(setMembers, (err: Error) => setMembers({ slack: 'failed', members: [], error: err.message }));
  }, []);
  useLayoutEffect(() => {
    if (picked) roleInput.current?.focus();
    else if (picked === false) document.getElementById('id-comms-person')?.focus();
  }, [picked]);

  function pick(m: MemberChoice) {
    setPerson(m);
    setPersonRole(roleLabelFor(m));
    setPicked(true);
  }

  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    try {
      const lead = person ? { commsLead: { slackUserId: person.id, role: personRole } } : commsLead ? { commsLeadRole: commsLead } : {};
      const reply = await send('incident/declare', { title, why, ...lead });
      if (reply.ok) onDeclared();
      else setProblems(Object.fromEntries(reply.problems.map((p) => [p.field, p.message])));
    } catch (err) {
      setProblems({ form: (err as Error).message });
    } finally {
      setBusy(false);
    }
  }

  const slackPeople = members?.slack === 'connected' && members.members.length > 0;
  return (
    <form class="id-stack" onSubmit={submit} aria-labelledby="id-declare" noValidate>
      <h2 id="id-declare">{t('declare_heading')}</h2>
      <label for="id-title">{t('declare_title')}</label>
      <input
        id="id-title"
        value={title}
        onInput={(e) => setTitle(e.currentTarget.value)}
        placeholder={t('declare_titlePlaceholder')}
        aria-invalid={Boolean(problems.title)}
        aria-describedby="id-title-err"
        maxLength={120}
      />
      {problems.title && (
        <p id="id-title-err" class="id-field-error">
          {problems.title}
        </p>
      )}
      <TweetLength title={title} />
      <label for="id-why">{t('declare_why')}</label>
      <textarea
        id="id-why"
        rows={3}
        value={why}
        onInput={(e) => setWhy(e.currentTarget.value)}
        aria-invalid={Boolean(problems.why)}
        aria-describedby="id-why-err"
      />
      {problems.why && (
        <p id="id-why-err" class="id-field-error">
          {problems.why}
        </p>
      )}
      {slackPeople ? (
        <>
          <label id="id-comms-label" for={person ? undefined : 'id-comms-person'}>
            {t('declare_commsLeadOptional')}
          </label>
          {person ? (
            <p class="id-row" data-testid="comms-lead">
              <span>
                <strong>{person.name}</strong> <span class="id-muted id-small">{[person.title, person.handle].filter(Boolean).join(' · ')}</span>
              </span>
              <button
                type="button"
                class="id-btn"
                aria-label={t('declare_commsChangeLabel', person.name)}
                onClick={() => {
                  setPerson(undefined);
                  setPicked(false);
                }}
              >
                {t('declare_commsChange')}
              </button>
            </p>
          ) : (
            <MemberPicker members={members.members} labelledBy="id-comms-label" onPick={pick} />
          )}
          {person && (
            <>
              <label for="id-comms-role">{t('declare_commsRole')}</label>
              <input
                id="id-comms-role"
                ref={roleInput}
                value={personRole}
                onInput={(e) => setPersonRole(e.currentTarget.value)}
                maxLength={80}
                aria-invalid={Boolean(problems.commsLead)}
                aria-describedby="id-comms-err"
              />
            </>
          )}
          {problems.commsLead && (
            <p id="id-comms-err" class="id-field-error">
              {problems.commsLead}
            </p>
          )}
          {!person && <p class="id-small id-muted">{t('declare_commsNobody')}</p>}
        </>
      ) : (
        <>
          <label for="id-comms">{t('declare_commsLead')}</label>
          <select id="id-comms" value={commsLead} onChange={(e) => setCommsLead(e.currentTarget.value)} aria-describedby="id-comms-why">
            <option value="">{t('declare_commsSelf')}</option>
            {roles
              .filter((r) => r !== myRole)
              .map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
          </select>
          {members && (
            <p id="id-comms-why" class="id-small id-muted">
              {members.slack === 'not-connected' ? t('declare_commsConnectSlack') : t('declare_commsListFailed', members.error ? ` (${members.error})` : '')}
            </p>
          )}
        </>
      )}
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
