import * as v from 'valibot';
import { empty, pagesOnly, type MessageDecl } from '../../protocol/define';
import type { FieldError, Settings } from '../../core/settings';

export const settingsMessages = {
  'settings/get': pagesOnly(empty),
  /** the settings as the options form or an imported file has them; validated in the worker */
  'settings/save': pagesOnly(v.strictObject({ settings: v.unknown() })),
  'profile/set': pagesOnly(v.strictObject({ role: v.pipe(v.string(), v.trim(), v.minLength(1, 'Choose your role'), v.maxLength(80)) })),
} as const satisfies Record<string, MessageDecl>;

export interface SettingsResponses {
  'settings/get': { settings: Settings; profile?: { role: string } };
  'settings/save': { ok: true; settings: Settings } | { ok: false; errors: FieldError[] };
  'profile/set': { role: string; mayDeclare: boolean; whyNot?: string };
}
