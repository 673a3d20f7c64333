import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { exportSettings, importSettings, type FieldError, type Settings } from '../../core/settings';
import { send } from '../../ui/shared/send';
import { downloadText } from '../../ui/shared/download';
import { t } from '../../ui/shared/i18n';

type Errors = Record<string, string>;
const toErrors = (list: FieldError[]): Errors => Object.fromEntries(list.map((e) => [e.field, e.message]));
const lines = (list: string[]) => list.join('\n');
const fromLines = (text: string) =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

const CHAIN_FIELDS = ['role', 'name', 'email', 'slackUser', 'phone', 'pagerdutyRoutingKey'] as const;
const COLUMN: Record<(typeof CHAIN_FIELDS)[number], () => string> = {
  role: () => t('settings_col_role'),
  name: () => t('settings_col_name'),
  email: () => t('settings_col_email'),
  slackUser: () => t('settings_col_slackUser'),
  phone: () => t('settings_col_phone'),
  pagerdutyRoutingKey: () => t('settings_col_pagerdutyRoutingKey'),
};

function Field(props: { id: string; label: string; error?: string | undefined; hint?: string; children: ComponentChildren }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.children}
      {props.hint && !props.error && <p class="hint">{props.hint}</p>}
      {props.error && (
        <p class="id-field-error" id={`${props.id}-error`} role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}

/** The team's settings: edited here, or imported from the JSON file a team shares. */
export function SettingsForm() {
  const [settings, setSettings] = useState<Settings>();
  const [errors, setErrors] = useState<Errors>({});
  // Problems of an imported file belong to the file, not to the form's fields, which it left as they were.
  const [importErrors, setImportErrors] = useState<FieldError[]>([]);
  const [notice, setNotice] = useState<string>();

  useEffect(() => {
    send('settings/get', {}).then(
      (r) => setSettings(r.settings),
      (err: Error) => setErrors({ '': err.message }),
    );
  }, []);
  if (!settings) return <p class="id-section id-muted">{errors[''] ?? t('settings_loading')}</p>;

  const set = (change: (s: Settings) => void) => {
    const next = structuredClone(settings);
    change(next);
    setSettings(next);
    setNotice(undefined);
  };
  const text = (id: string, label: string, value: string, onInput: (v: string) => void, hint?: string) => (
    <Field id={id} label={label} error={errors[id]} {...(hint ? { hint } : {})}>
      <input
        id={id}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
        aria-invalid={Boolean(errors[id])}
        aria-describedby={errors[id] ? `${id}-error` : undefined}
      />
    </Field>
  );

  async function persist(candidate: unknown, what: string) {
    setImportErrors([]);
    const reply = await send('settings/save', { settings: candidate });
    if (reply.ok) {
      setSettings(reply.settings);
      setErrors({});
      setNotice(t('settings_saved', what));
    } else {
      setErrors(toErrors(reply.errors));
      setNotice(t(reply.errors.length === 1 ? 'settings_notSaved_one' : 'settings_notSaved_other', reply.errors.length));
    }
  }

  async function importFile(file: File) {
    const result = importSettings(await file.text());
    if (!result.ok) {
      setErrors({});
      setImportErrors(result.errors);
      setNotice(t(result.errors.length === 1 ? 'settings_notImported_one' : 'settings_notImported_other', file.name, result.errors.length));
      return;
    }
    await persist(result.settings, t('settings_fromFile', file.name));
  }

  async function importRoster() {
    try {
      const { members } = await send('roster/slack', {});
      const known = new Set(settings!.roster.map((p) => p.name.toLowerCase()));
      const fresh = members.filter((m) => !known.has(m.name.toLowerCase()));
      set((s) => void s.roster.push(...fresh.map((m) => ({ name: m.name, role: '', handle: m.handle, email: m.email }))));
      setNotice(t(fresh.length === 1 ? 'settings_rosterAdded_one' : 'settings_rosterAdded_other', fresh.length));
    } catch (err) {
      setNotice((err as Error).message);
    }
  }

  const download = () => downloadText('incident-desk-settings.json', 'application/json', exportSettings(settings!));

  const fieldErrors: [string, string][] = importErrors.length ? importErrors.map((e) => [e.field, e.message]) : Object.entries(errors);

  return (
    <form
      class="settings"
      onSubmit={(e) => {
        e.preventDefault();
        void persist(settings, t('settings_settings'));
      }}
      noValidate
    >
      <section class="id-section">
        <h2>{t('settings_organisation')}</h2>
        {text('organisation.name', t('settings_orgName'), settings.organisation.name, (v) => set((s) => void (s.organisation.name = v)))}
        {text(
          'organisation.domain',
          t('settings_domain'),
          settings.organisation.domain,
          (v) => set((s) => void (s.organisation.domain = v)),
          t('settings_domainHint'),
        )}
      </section>

      <section class="id-section">
        <h2>{t('settings_chain')}</h2>
        <div class="chain-wrap">
          <table class="chain">
            <thead>
              <tr>
                {CHAIN_FIELDS.map((k) => (
                  <th key={k}>{COLUMN[k]()}</th>
                ))}
                <th>{t('settings_col_mayDeclare')}</th>
                <th>
                  <span class="sr-only">{t('settings_col_moveRemove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {settings.escalation.map((p, i) => (
                <tr key={i}>
                  {CHAIN_FIELDS.map((k) => {
                    const id = `escalation.${i}.${k}`;
                    return (
                      <td key={k} class={`chain-${k}`}>
                        <input
                          id={id}
                          aria-label={t('settings_fieldOfPerson', COLUMN[k](), i + 1)}
                          value={p[k]}
                          aria-invalid={Boolean(errors[id])}
                          title={errors[id]}
                          onInput={(e) => set((s) => void (s.escalation[i]![k] = e.currentTarget.value))}
                        />
                      </td>
                    );
                  })}
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('settings_mayDeclareLabel', i + 1)}
                      checked={settings.declareRoles.includes(p.role)}
                      onChange={(e) =>
                        set((s) => void (s.declareRoles = e.currentTarget.checked ? [...s.declareRoles, p.role] : s.declareRoles.filter((r) => r !== p.role)))
                      }
                    />
                  </td>
                  <td class="row-actions">
                    <button
                      type="button"
                      class="id-btn"
                      aria-label={t('settings_moveUp', i + 1)}
                      disabled={i === 0}
                      onClick={() => set((s) => void s.escalation.splice(i - 1, 0, ...s.escalation.splice(i, 1)))}
                    >
                      ↑
                    </button>
                    <button type="button" class="id-btn" aria-label={t('settings_remove', i + 1)} onClick={() => set((s) => void s.escalation.splice(i, 1))}>
                      ✕
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <button
          type="button"
          class="id-btn"
          onClick={() => set((s) => void s.escalation.push({ role: '', name: '', email: '', slackUser: '', phone: '', pagerdutyRoutingKey: '' }))}
        >
          {t('settings_addPerson')}
        </button>
      </section>

      <section class="id-section">
        <h2>{t('settings_slackXZoom')}</h2>
        {text(
          'slack.marketingChannel',
          t('settings_marketing'),
          settings.slack.marketingChannel,
          (v) => set((s) => void (s.slack.marketingChannel = v)),
          t('settings_marketingHint'),
        )}
        {text('slack.devrelChannel', t('settings_devrel'), settings.slack.devrelChannel, (v) => set((s) => void (s.slack.devrelChannel = v)))}
        {text('x.account', t('settings_x'), settings.x.account, (v) => set((s) => void (s.x.account = v)), t('settings_xHint'))}
        {text('zoom.personalRoomUrl', t('settings_zoom'), settings.zoom.personalRoomUrl, (v) => set((s) => void (s.zoom.personalRoomUrl = v)))}
      </section>

      <section class="id-section">
        <h2>{t('settings_docAndTracker')}</h2>
        {text('docTemplateId', t('settings_template'), settings.docTemplateId, (v) => set((s) => void (s.docTemplateId = v)))}
        {text('gitlab.instanceUrl', t('settings_gitlab'), settings.gitlab.instanceUrl, (v) => set((s) => void (s.gitlab.instanceUrl = v)))}
        {text('gitlab.projectPath', t('settings_project'), settings.gitlab.projectPath, (v) => set((s) => void (s.gitlab.projectPath = v)))}
        {text('gitlab.oauthClientId', t('settings_gitlabApp'), settings.gitlab.oauthClientId, (v) => set((s) => void (s.gitlab.oauthClientId = v)))}
        <Field id="gitlab.labels" label={t('settings_labels')} error={errors['gitlab.labels']}>
          <textarea
            id="gitlab.labels"
            rows={2}
            value={lines(settings.gitlab.labels)}
            onInput={(e) => set((s) => void (s.gitlab.labels = fromLines(e.currentTarget.value)))}
          />
        </Field>
        <Field id="segments" label={t('settings_segments')} error={errors.segments}>
          <textarea id="segments" rows={3} value={lines(settings.segments)} onInput={(e) => set((s) => void (s.segments = fromLines(e.currentTarget.value)))} />
        </Field>
      </section>

      <section class="id-section">
        <h2>{t('settings_redaction')}</h2>
        <Field id="roster" label={t('settings_roster')} error={fieldErrors.find(([k]) => k.startsWith('roster'))?.[1]}>
          <textarea
            id="roster"
            rows={4}
            value={settings.roster.map((p) => [p.name, p.role, p.handle, p.email].join(' | ').replace(/( \| )+$/, '')).join('\n')}
            onInput={(e) =>
              set((s) => {
                s.roster = fromLines(e.currentTarget.value).map((line) => {
                  const [name = '', role = '', handle = '', email = ''] = line.split('|').map((x) => x.trim());
                  return { name, role, handle, email };
                });
              })
            }
          />
        </Field>
        <button type="button" class="id-btn" onClick={() => void importRoster()}>
          {t('settings_importRoster')}
        </button>
        <Field id="redaction.deny" label={t('settings_deny')} error={errors['redaction.deny']}>
          <textarea
            id="redaction.deny"
            rows={2}
            value={lines(settings.redaction.deny)}
            onInput={(e) => set((s) => void (s.redaction.deny = fromLines(e.currentTarget.value)))}
          />
        </Field>
        <Field id="redaction.allow" label={t('settings_allow')} error={errors['redaction.allow']}>
          <textarea
            id="redaction.allow"
            rows={2}
            value={lines(settings.redaction.allow)}
            onInput={(e) => set((s) => void (s.redaction.allow = fromLines(e.currentTarget.value)))}
          />
        </Field>
      </section>

      <section class="id-section actions">
        <button type="submit" class="id-btn id-btn-primary">
          {t('settings_save')}
        </button>
        <button type="button" class="id-btn" onClick={download}>
          {t('settings_export')}
        </button>
        <label class="id-btn file">
          {t('settings_import')}
          <input
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const f = e.currentTarget.files?.[0];
              if (f) void importFile(f);
              e.currentTarget.value = '';
            }}
          />
        </label>
        {notice && (
          <p role="status" class={fieldErrors.length ? 'id-error' : 'saved'}>
            {notice}
          </p>
        )}
        {fieldErrors.length > 0 && (
          <ul class="error-list" aria-label={t('settings_problems')}>
            {fieldErrors.map(([field, message]) => (
              <li key={field}>
                <code>{field || t('settings_file')}</code>: {message}
              </li>
            ))}
          </ul>
        )}
      </section>
    </form>
  );
}
