/**
 * The browser events the worker answers. Each `addListener` runs in the worker's first turn:
 * MV3 drops events whose listeners are added later (a woken worker only hears those).
 */
import { browser } from 'wxt/browser';
import { broadcast } from '../messaging/client';
import type { Router } from '../messaging/router';
import type { ServiceDeps } from './deps';
import { refreshTab } from './evaluation';
import { WELCOME_PAGE, welcomeOnInstall } from './first-run';
import { listenForClicks } from './notify';
import { openPanelFor } from './panel-open';
import { disableSite, originPattern } from './sites';
import { clearTabState, getTabState, setTabState } from './tab-state';
import { MENU_ID, syncMenu, trackFromMenu } from './track';

export function listenForMessages(router: Router): void {
  browser.runtime.onMessage.addListener((message, sender) => router.handle(message, sender));
}

/** Switching tabs re-judges that tab's goals (a dashboard left open overnight is out of date). */
export function listenForTabs(deps: ServiceDeps): void {
  browser.tabs.onActivated.addListener(({ tabId }) => {
    void getTabState(tabId).then((state) => state && refreshTab(deps, tabId));
  });
  // A tab that navigates or closes no longer shows what was read; the content script re-reads.
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading') void clearTabState(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));
}

/**
 * "Track this number": the menu item lives across worker restarts; keep its pages current. A
 * fresh install also opens the welcome page (tabs.create needs no `tabs` permission).
 */
export function listenForInstallAndMenu(deps: ServiceDeps): void {
  browser.runtime.onInstalled.addListener((details) => {
    void syncMenu();
    void welcomeOnInstall(details, (path) =>
      browser.tabs.create({ url: browser.runtime.getURL(path as typeof WELCOME_PAGE) }),
    ).catch(() => {});
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined || !info.pageUrl) return;
    const tabId = tab.id;
    // Open the panel first, while the click still counts as a user gesture.
    void openPanelFor(tabId);
    void deps
      .db()
      .then((d) => trackFromMenu(d, tabId, info.pageUrl!, info.frameId, deps.now()))
      .then(async (outcome) => {
        const state = await getTabState(tabId);
        if (state)
          await setTabState(tabId, { ...state, pickError: outcome.ok ? null : outcome.reason });
        await broadcast('page.updated', { tabId });
      });
  });
}

/** Notification clicks (once the optional permission is granted), and revoked site access. */
export function listenForPermissions(): void {
  listenForClicks();
  browser.permissions.onAdded.addListener(() => listenForClicks());
  // A site permission revoked in the browser's settings turns that site off.
  browser.permissions.onRemoved.addListener((removed) => {
    for (const origin of removed.origins ?? []) {
      if (originPattern(origin.replace(/\/\*$/, ''))) void disableSite(origin.replace(/\/\*$/, ''));
    }
  });
}
