import { profileView } from '../declare/worker';
import { validateSettings } from '../../core/settings';
import type { ResponseMap } from '../../messages';
import { load, save } from '../../background/store';
import type { HandlersFor } from '../../background/router';
import type { settingsMessages } from './messages';

export async function getSettings(): Promise<ResponseMap['settings/get']> {
  const [settings, profile] = await Promise.all([load('settings'), load('profile')]);
  return { settings, ...(profile ? { profile } : {}) };
}

/** Saves only a fully valid set; otherwise nothing changes and every bad field is named. */
export async function saveSettings(input: unknown): Promise<ResponseMap['settings/save']> {
  const result = validateSettings(input);
  if (!result.ok) return result;
  await save('settings', result.settings);
  return { ok: true, settings: result.settings };
}

export async function setProfile(role: string): Promise<ResponseMap['profile/set']> {
  await save('profile', { role });
  return profileView(role, await load('settings'));
}

export const settingsHandlers: HandlersFor<typeof settingsMessages> = {
  'settings/get': getSettings,
  'settings/save': ({ settings }) => saveSettings(settings),
  'profile/set': ({ role }) => setProfile(role),
};
