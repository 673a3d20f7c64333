// `t('key', ...substitutions)` for what the worker itself shows (notifications, the toolbar title):
// the browser's `i18n.getMessage`, else the English file (the worker's code run in Node tests).
import { makeT } from '../core/i18n';

export const t = makeT(typeof chrome !== 'undefined' && chrome.i18n ? (key, subs) => chrome.i18n.getMessage(key, subs) : undefined);
