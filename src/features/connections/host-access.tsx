import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { missingHosts } from './hosts.ui';
import { t } from '../../ui/shared/i18n';

/**
 * Firefox lets a person refuse or revoke any host of the add-on (services/host-access.ts); the
 * calls to those hosts then stop with "grant access". This says which hosts are missing and asks
 * for them from this click: permissions.request only works from a user gesture.
 */
export function HostAccess() {
  const [missing, setMissing] = useState<string[]>([]);
  const [refused, setRefused] = useState(false);
  const check = useCallback(() => void missingHosts().then(setMissing), []);
  useEffect(() => {
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, [check]);
  if (!missing.length) return null;
  const grant = async () => {
    // Asked first thing in the click, before any other await, so the gesture still counts.
    const granted = await browser.permissions.request({ origins: missing });
    setRefused(!granted);
    check();
  };
  return (
    <section class="id-section id-error" role="alert" data-testid="host-access">
      <p>{t(missing.length === 1 ? 'hosts_missing_one' : 'hosts_missing_other', missing.map((m) => new URL(m.replace('/*', '/')).host).join(', '))}</p>
      <button type="button" class="id-btn" onClick={() => void grant()}>
        {t('hosts_grant')}
      </button>
      {refused && <p>{t('hosts_refused')}</p>}
    </section>
  );
}
