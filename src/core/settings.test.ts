import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, exportSettings, importSettings, validateSettings, type Settings } from './settings';

const clone = (): Settings => structuredClone(DEFAULT_SETTINGS);

describe('settings', () => {
  it('accepts the defaults: the three handbook roles may declare, three segments, label outage', () => {
    const result = validateSettings(clone());
    expect(result.ok).toBe(true);
    expect(DEFAULT_SETTINGS.declareRoles).toEqual(['Production Lead', 'Director of Infrastructure', 'VP of Engineering']);
    expect(DEFAULT_SETTINGS.segments).toEqual(['GitLab.com', 'GitHost', 'on-premises']);
    expect(DEFAULT_SETTINGS.gitlab.labels).toEqual(['outage']);
  });

  it('round-trips through the export file', () => {
    const settings = clone();
    settings.organisation.domain = 'acme.example';
    settings.roster.push({ name: 'Pat Example', role: 'the Production Lead', handle: '@pat', email: '' });
    expect(importSettings(exportSettings(settings))).toEqual({ ok: true, settings });
  });

  it('names each bad field of an import with a readable message', () => {
    // biome-ignore lint/suspicious/noExplicitAny: the test breaks fields deep inside on purpose
    const settings = clone() as unknown as Record<string, any>;
    settings.organisation.domain = 'not a domain';
    settings.escalation[1].phone = 'call me';
    settings.slack.marketingChannel = 'marketing';
    settings.gitlab.instanceUrl = 'http://gitlab.internal';
    settings.surprise = true;
    const result = importSettings(JSON.stringify({ format: 'incident-desk-settings', version: 1, settings }));
    expect(result.ok).toBe(false);
    const errors = !result.ok ? Object.fromEntries(result.errors.map((e) => [e.field, e.message])) : {};
    expect(errors).toEqual({
      'organisation.domain': 'Workspace domain must be a domain like example.com',
      'escalation.1.phone': 'Phone must be a phone number, e.g. +1 555 0100',
      'slack.marketingChannel': 'Marketing channel must be a #channel-name or a channel id like C0123ABCD',
      'gitlab.instanceUrl': 'GitLab instance URL must be an https:// URL',
      surprise: 'Unknown field',
    });
  });

  it('refuses a declaring role that is not in the escalation chain', () => {
    const settings = clone();
    settings.declareRoles.push('Intern');
    const result = validateSettings(settings);
    expect(result).toMatchObject({ ok: false, errors: [{ message: 'Every role allowed to declare must be in the escalation chain' }] });
  });

  it('explains files that are not settings files', () => {
    expect(importSettings('{oops')).toMatchObject({ ok: false, errors: [{ field: '', message: expect.stringContaining('not JSON') }] });
    expect(importSettings('{"settings":{}}')).toMatchObject({ ok: false, errors: [{ field: 'format' }] });
    expect(importSettings('{"format":"incident-desk-settings","version":2}')).toMatchObject({ ok: false, errors: [{ field: 'version' }] });
  });

  it('keeps no secret-looking field in the export', () => {
    expect(exportSettings(clone())).not.toMatch(/token|secret|webhook|password/i);
  });
});
