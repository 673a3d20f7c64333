// The team's settings: shared as one JSON file, so nothing secret may be in it (tokens and the
// Slack webhook URL are per user and live with the connections in the worker).
import * as v from 'valibot';

export const DEFAULT_ROLES = ['Production Lead', 'Director of Infrastructure', 'VP of Engineering'] as const;
export const DEFAULT_SEGMENTS = ['GitLab.com', 'GitHost', 'on-premises'] as const;

const text = (label: string, max = 200) => v.pipe(v.string(`${label} must be text`), v.trim(), v.maxLength(max, `${label} is longer than ${max} characters`));
const required = (label: string, max = 200) => v.pipe(text(label, max), v.minLength(1, `${label} is required`));
const optionalText = (label: string, max = 200) => v.optional(text(label, max), '');

const httpsUrl = (label: string) =>
  v.pipe(
    v.string(`${label} must be text`),
    v.trim(),
    v.check((s) => s === '' || /^https:\/\/[^\s/]+(\/\S*)?$/.test(s), `${label} must be an https:// URL`),
  );

const channel = (label: string) =>
  v.pipe(
    v.string(`${label} must be text`),
    v.trim(),
    v.check((s) => s === '' || /^(#[a-z0-9][a-z0-9._-]{0,79}|[CG][A-Z0-9]{6,})$/.test(s), `${label} must be a #channel-name or a channel id like C0123ABCD`),
  );

export const escalationPersonSchema = v.strictObject({
  role: required('Role', 80),
  name: optionalText('Name', 120),
  email: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.check((s) => s === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s), 'Email is not an email address'),
    ),
    '',
  ),
  slackUser: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.check((s) => s === '' || /^[UW][A-Z0-9]{6,}$/.test(s), 'Slack user must be a member id like U0123ABCD'),
    ),
    '',
  ),
  phone: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.check((s) => s === '' || /^\+?[0-9 ().-]{5,25}$/.test(s), 'Phone must be a phone number, e.g. +1 555 0100'),
    ),
    '',
  ),
  pagerdutyRoutingKey: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.check((s) => s === '' || /^[A-Za-z0-9]{32}$/.test(s), 'PagerDuty routing key must be 32 letters and digits'),
    ),
    '',
  ),
});

export const rosterPersonSchema = v.strictObject({
  name: required('Name', 120),
  role: optionalText('Role', 80),
  handle: optionalText('Handle', 80),
  email: optionalText('Email', 200),
});

export const settingsSchema = v.pipe(
  v.strictObject({
    organisation: v.strictObject({
      name: required('Organisation name', 120),
      domain: v.pipe(
        v.string('Workspace domain must be text'),
        v.trim(),
        v.toLowerCase(),
        v.regex(/^([a-z0-9-]+\.)+[a-z]{2,}$/, 'Workspace domain must be a domain like example.com'),
      ),
    }),
    escalation: v.pipe(v.array(escalationPersonSchema), v.minLength(1, 'The escalation chain needs at least one person')),
    declareRoles: v.pipe(v.array(required('Role', 80)), v.minLength(1, 'At least one role must be allowed to declare')),
    slack: v.strictObject({ marketingChannel: channel('Marketing channel'), devrelChannel: channel('Devrel channel') }),
    x: v.strictObject({
      account: v.pipe(
        v.string(),
        v.trim(),
        v.check((s) => s === '' || /^@?[A-Za-z0-9_]{1,15}$/.test(s), 'X account must be a handle like @status'),
      ),
    }),
    zoom: v.strictObject({ personalRoomUrl: httpsUrl('Zoom personal room link') }),
    gitlab: v.strictObject({
      instanceUrl: v.pipe(httpsUrl('GitLab instance URL'), v.minLength(1, 'GitLab instance URL is required')),
      projectPath: v.pipe(
        v.string(),
        v.trim(),
        v.check((s) => s === '' || /^[\w.-]+(\/[\w.-]+)+$/.test(s), 'GitLab project must be a path like group/project'),
      ),
      labels: v.pipe(v.array(required('Label', 60)), v.minLength(1, 'At least one label is needed (outage)')),
      // A self-hosted instance is its own OAuth provider: the id of the application registered
      // there (public, not a secret). gitlab.com uses Incident Desk's own application.
      oauthClientId: v.optional(
        v.pipe(
          v.string(),
          v.trim(),
          v.check((s) => s === '' || /^[\w.-]{8,128}$/.test(s), 'GitLab application id must be the id GitLab shows for the application'),
        ),
        '',
      ),
    }),
    docTemplateId: v.pipe(
      v.string(),
      v.trim(),
      v.check((s) => s === '' || /^[A-Za-z0-9_-]{10,200}$/.test(s), 'Template must be a Google Drive file id'),
    ),
    segments: v.pipe(v.array(required('Segment', 60)), v.minLength(1, 'At least one customer segment is needed')),
    roster: v.array(rosterPersonSchema),
    redaction: v.strictObject({ allow: v.array(required('Allowed term', 120)), deny: v.array(required('Redacted term', 120)) }),
  }),
  v.check((s) => s.declareRoles.every((role) => s.escalation.some((p) => p.role === role)), 'Every role allowed to declare must be in the escalation chain'),
);

export type Settings = v.InferOutput<typeof settingsSchema>;
export type EscalationPerson = Settings['escalation'][number];

export const DEFAULT_SETTINGS: Settings = {
  organisation: { name: 'GitLab', domain: 'example.com' },
  escalation: DEFAULT_ROLES.map((role) => ({ role, name: '', email: '', slackUser: '', phone: '', pagerdutyRoutingKey: '' })),
  declareRoles: [...DEFAULT_ROLES],
  slack: { marketingChannel: '#marketing', devrelChannel: '#devrel' },
  x: { account: '' },
  zoom: { personalRoomUrl: '' },
  gitlab: { instanceUrl: 'https://gitlab.com', projectPath: 'gitlab-com/infrastructure', labels: ['outage'], oauthClientId: '' },
  docTemplateId: '',
  segments: [...DEFAULT_SEGMENTS],
  roster: [],
  redaction: { allow: [], deny: [] },
};

export interface FieldError {
  /** dotted path of the field, e.g. "escalation.1.phone" */
  field: string;
  message: string;
}

export type Validated = { ok: true; settings: Settings } | { ok: false; errors: FieldError[] };

export function validateSettings(input: unknown): Validated {
  const result = v.safeParse(settingsSchema, input);
  if (result.success) return { ok: true, settings: result.output };
  return {
    ok: false,
    errors: result.issues.map((issue) => ({
      field: issue.path?.map((p) => String(p.key)).join('.') ?? '',
      message: issue.expected === 'never' && issue.kind === 'schema' ? `Unknown field` : issue.message,
    })),
  };
}

export const SETTINGS_FORMAT = 'incident-desk-settings';

/** The shareable file: the settings under a format marker and version. */
export function exportSettings(settings: Settings): string {
  return `${JSON.stringify({ format: SETTINGS_FORMAT, version: 1, settings }, null, 2)}\n`;
}

export function importSettings(fileText: string): Validated {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fileText);
  } catch (err) {
    return { ok: false, errors: [{ field: '', message: `The file is not JSON: ${(err as Error).message}` }] };
  }
  const file = parsed as { format?: unknown; version?: unknown; settings?: unknown } | null;
  if (!file || typeof file !== 'object' || file.format !== SETTINGS_FORMAT) {
    return { ok: false, errors: [{ field: 'format', message: `This is not an Incident Desk settings file ("format": "${SETTINGS_FORMAT}" is missing)` }] };
  }
  if (file.version !== 1)
    return { ok: false, errors: [{ field: 'version', message: `Settings file version ${String(file.version)} is not supported (expected 1)` }] };
  return validateSettings(file.settings);
}
