// `t('key', ...substitutions)` for the pages and panels: the browser's `i18n.getMessage` (the
// `chrome` namespace is there on Firefox too, and the call is synchronous), else the English file.
import { makeT } from '../../core/i18n';

export const t = makeT(typeof chrome !== 'undefined' && chrome.i18n ? (key, subs) => chrome.i18n.getMessage(key, subs) : undefined);
