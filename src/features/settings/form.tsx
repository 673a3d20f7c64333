import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { exportSettings, importSettings, type FieldError, type Settings } from '../../core/settings';
import { send } from '../../ui/shared/send';
import { downloadText } from '../../ui/shared/download';

type Errors = Record<string, string>;
const toErrors = (list: FieldError[]): Errors => Object.fromEntries(list.map((e) => [e.field, e.message]));
const lines = (list: string[]) => list.join('\n');
const fromLines = (text: string) => text.split('\n').map((s) => s.trim()).filter(Boolean);

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
    send('settings/get', {}).then((r) => setSettings(r.settings), (err: Error) => setErrors({ '': err.message }));
  }, []);
  if (!settings) return <p class="id-section id-muted">{errors[''] ?? 'Loading settings…'}</p>;

  const set = (change: (s: Settings) => void) => {
    const next = structuredClone(settings);
    change(next);
    setSettings(next);
    setNotice(undefined);
  };
  const text = (id: string, label: string, value: string, onInput: (v: string) => void, hint?: string) => (
    <Field id={id} label={label} error={errors[id]} {...(hint ? { hint } : {})}>
      <input id={id} value={value} onInput={(e) => onInput(e.currentTarget.value)} aria-invalid={Boolean(errors[id])} aria-describedby={errors[id] ? `${id}-error` : undefined} />
    </Field>
  );

  async function persist(candidate: unknown, what: string) {
    setImportErrors([]);
    const reply = await send('settings/save', { settings: candidate });
    if (reply.ok) {
      setSettings(reply.settings);
      setErrors({});
      setNotice(`${what} saved.`);
    } else {
      setErrors(toErrors(reply.errors));
      setNotice(`Nothing was saved: ${reply.errors.length} field${reply.errors.length === 1 ? '' : 's'} to fix.`);
    }
  }

  async function importFile(file: File) {
    const result = importSettings(await file.text());
    if (!result.ok) {
      setErrors({});
      setImportErrors(result.errors);
      setNotice(`${file.name} was not imported: ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}. Nothing was saved.`);
      return;
    }
    await persist(result.settings, `Settings from ${file.name}`);
  }

  async function importRoster() {
    try {
      const { members } = await send('roster/slack', {});
      const known = new Set(settings!.roster.map((p) => p.name.toLowerCase()));
      const fresh = members.filter((m) => !known.has(m.name.toLowerCase()));
      set((s) => void s.roster.push(...fresh.map((m) => ({ name: m.name, role: '', handle: m.handle, email: m.email }))));
      setNotice(`${fresh.length} ${fresh.length === 1 ? 'person' : 'people'} from Slack added to the roster; save to keep them.`);
    } catch (err) {
      setNotice((err as Error).message);
    }
  }

  const download = () => downloadText('incident-desk-settings.json', 'application/json', exportSettings(settings!));

  const fieldErrors: [string, string][] = importErrors.length ? importErrors.map((e) => [e.field, e.message]) : Object.entries(errors);

  return (
    <form class="settings" onSubmit={(e) => { e.preventDefault(); void persist(settings, 'Settings'); }} noValidate>
      <section class="id-section">
        <h2>Organisation</h2>
        {text('organisation.name', 'Organisation name', settings.organisation.name, (v) => set((s) => void (s.organisation.name = v)))}
        {text('organisation.domain', 'Google Workspace domain', settings.organisation.domain, (v) => set((s) => void (s.organisation.domain = v)), 'The whole domain gets edit rights to each incident doc.')}
      </section>

      <section class="id-section">
        <h2>Escalation chain, in order</h2>
        <div class="chain-wrap">
        <table class="chain">
          <thead>
            <tr><th>Role</th><th>Name</th><th>Email</th><th>Slack user</th><th>Phone</th><th>PagerDuty routing key</th><th>May declare</th><th><span class="sr-only">Move or remove</span></th></tr>
          </thead>
          <tbody>
            {settings.escalation.map((p, i) => (
              <tr key={i}>
                {(['role', 'name', 'email', 'slackUser', 'phone', 'pagerdutyRoutingKey'] as const).map((k) => {
                  const id = `escalation.${i}.${k}`;
                  return (
                    <td key={k} class={`chain-${k}`}>
                      <input id={id} aria-label={`${k} of person ${i + 1}`} value={p[k]} aria-invalid={Boolean(errors[id])} title={errors[id]} onInput={(e) => set((s) => void (s.escalation[i]![k] = e.currentTarget.value))} />
                    </td>
                  );
                })}
                <td>
                  <input type="checkbox" aria-label={`person ${i + 1} may declare`} checked={settings.declareRoles.includes(p.role)} onChange={(e) => set((s) => void (s.declareRoles = e.currentTarget.checked ? [...s.declareRoles, p.role] : s.declareRoles.filter((r) => r !== p.role)))} />
                </td>
                <td class="row-actions">
                  <button type="button" class="id-btn" aria-label={`Move person ${i + 1} up`} disabled={i === 0} onClick={() => set((s) => void s.escalation.splice(i - 1, 0, ...s.escalation.splice(i, 1)))}>↑</button>
                  <button type="button" class="id-btn" aria-label={`Remove person ${i + 1}`} onClick={() => set((s) => void s.escalation.splice(i, 1))}>✕</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
        <button type="button" class="id-btn" onClick={() => set((s) => void s.escalation.push({ role: '', name: '', email: '', slackUser: '', phone: '', pagerdutyRoutingKey: '' }))}>Add person</button>
      </section>

      <section class="id-section">
        <h2>Slack, X and Zoom</h2>
        {text('slack.marketingChannel', 'Marketing channel', settings.slack.marketingChannel, (v) => set((s) => void (s.slack.marketingChannel = v)), '#channel-name or channel id; gets the @channel call.')}
        {text('slack.devrelChannel', 'Devrel channel', settings.slack.devrelChannel, (v) => set((s) => void (s.slack.devrelChannel = v)))}
        {text('x.account', 'X account', settings.x.account, (v) => set((s) => void (s.x.account = v)), 'The account the incident tweet goes out from, e.g. @gitlabstatus.')}
        {text('zoom.personalRoomUrl', 'Zoom personal room link (instead of a new meeting)', settings.zoom.personalRoomUrl, (v) => set((s) => void (s.zoom.personalRoomUrl = v)))}
      </section>

      <section class="id-section">
        <h2>Incident doc and issue tracker</h2>
        {text('docTemplateId', 'Incident doc template (Drive file id, optional)', settings.docTemplateId, (v) => set((s) => void (s.docTemplateId = v)))}
        {text('gitlab.instanceUrl', 'GitLab instance', settings.gitlab.instanceUrl, (v) => set((s) => void (s.gitlab.instanceUrl = v)))}
        {text('gitlab.projectPath', 'Infrastructure issue tracker project', settings.gitlab.projectPath, (v) => set((s) => void (s.gitlab.projectPath = v)))}
        {text('gitlab.oauthClientId', 'Self-hosted GitLab: application id (for Connect; not needed for gitlab.com)', settings.gitlab.oauthClientId, (v) =>
          set((s) => void (s.gitlab.oauthClientId = v)),
        )}
        <Field id="gitlab.labels" label="Issue labels, one per line" error={errors['gitlab.labels']}>
          <textarea id="gitlab.labels" rows={2} value={lines(settings.gitlab.labels)} onInput={(e) => set((s) => void (s.gitlab.labels = fromLines(e.currentTarget.value)))} />
        </Field>
        <Field id="segments" label="Customer segments, one per line" error={errors.segments}>
          <textarea id="segments" rows={3} value={lines(settings.segments)} onInput={(e) => set((s) => void (s.segments = fromLines(e.currentTarget.value)))} />
        </Field>
      </section>

      <section class="id-section">
        <h2>Redaction</h2>
        <Field id="roster" label="Roster: names always redacted, one per line as Name | role | @handle | email" error={fieldErrors.find(([k]) => k.startsWith('roster'))?.[1]}>
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
          Import the roster from Slack
        </button>
        <Field id="redaction.deny" label="Always redact these terms, one per line" error={errors['redaction.deny']}>
          <textarea id="redaction.deny" rows={2} value={lines(settings.redaction.deny)} onInput={(e) => set((s) => void (s.redaction.deny = fromLines(e.currentTarget.value)))} />
        </Field>
        <Field id="redaction.allow" label="Never redact these terms (services, teams), one per line" error={errors['redaction.allow']}>
          <textarea id="redaction.allow" rows={2} value={lines(settings.redaction.allow)} onInput={(e) => set((s) => void (s.redaction.allow = fromLines(e.currentTarget.value)))} />
        </Field>
      </section>

      <section class="id-section actions">
        <button type="submit" class="id-btn id-btn-primary">Save settings</button>
        <button type="button" class="id-btn" onClick={download}>Export settings file</button>
        <label class="id-btn file">
          Import settings file
          <input type="file" accept="application/json,.json" onChange={(e) => { const f = e.currentTarget.files?.[0]; if (f) void importFile(f); e.currentTarget.value = ''; }} />
        </label>
        {notice && <p role="status" class={fieldErrors.length ? 'id-error' : 'saved'}>{notice}</p>}
        {fieldErrors.length > 0 && (
          <ul class="error-list" aria-label="Problems">
            {fieldErrors.map(([field, message]) => (
              <li key={field}>
                <code>{field || 'file'}</code>: {message}
              </li>
            ))}
          </ul>
        )}
      </section>
    </form>
  );
}
