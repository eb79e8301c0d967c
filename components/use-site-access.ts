import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send } from '../lib/messaging/client';
import { isKnownDashboard } from '../lib/readers/hosts';
import type { Translate } from '../lib/i18n';
import type { SiteState } from './SiteAccess';

const patternOf = (u: URL) => `${u.protocol}//${u.hostname}/*`;

/**
 * The access state of a tab (the active one unless a tab id is given). The tab's address is visible here through `activeTab` (granted
 * when the user opens the popup), so Pacer needs no `tabs` permission.
 */
export function useSiteAccess(t: Translate, tabId: number | null = null) {
  const [tab, setTab] = useState<{ id: number; url: URL } | null>(null);
  const [state, setState] = useState<SiteState>({ kind: 'unsupported' });
  const [message, setMessage] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const active =
      tabId !== null
        ? await browser.tabs.get(tabId).catch(() => undefined)
        : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (active?.id === undefined || !active.url) return setState({ kind: 'unsupported' });
    const url = new URL(active.url);
    setTab({ id: active.id, url });
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      return setState({ kind: 'unsupported' });
    if (isKnownDashboard(url)) return setState({ kind: 'known' });
    // Enabled means the content script is registered there (the background's list), not merely
    // that a permission exists: a permission granted elsewhere does not make Pacer read the site.
    const sites = (await send('sites.list', {}))?.sites ?? [];
    const enabled = sites.includes(`${url.protocol}//${url.hostname}`);
    setState({ kind: enabled ? 'enabled' : 'available', host: url.host });
  }, [tabId]);

  useEffect(() => void refresh(), [refresh]);

  // Must run straight from the click: the permission prompt needs the user's gesture.
  const enable = useCallback(() => {
    if (!tab) return;
    void browser.permissions.request({ origins: [patternOf(tab.url)] }).then(async (granted) => {
      if (!granted) return setMessage(t('siteDenied'));
      const res = await send('site.enable', { origin: tab.url.origin, tabId: tab.id });
      setMessage(res?.ok ? null : t('siteEnableFailed', res?.error ?? '—'));
      await refresh();
    });
  }, [tab, t, refresh]);

  const disable = useCallback(() => {
    if (!tab) return;
    void send('site.disable', { origin: tab.url.origin }).then(refresh);
  }, [tab, refresh]);

  return { state, message, enable, disable };
}
