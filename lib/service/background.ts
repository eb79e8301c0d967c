/**
 * The service worker's wiring. Everything is registered synchronously when the worker starts
 * (MV3 drops events whose listeners are added later), and nothing lives only in memory: the
 * database connection is re-opened on demand and tab state sits in `storage.session`.
 */
import { browser } from 'wxt/browser';
import { broadcast } from '../messaging/client';
import { createRouter } from '../messaging/router';
import { openPacerDb, type PacerDb } from '../store';
import { badgeFor } from './badge';
import { evaluateAll, registerHandlers, type ServiceDeps } from './handlers';
import {
  disableSite,
  enableSite,
  isAllowedPage,
  listSites,
  originPattern,
  reconcileSites,
} from './sites';
import { clearTabState, getTabState, listTabs, setTabState } from './tab-state';

let dbPromise: Promise<PacerDb> | null = null;

function db(): Promise<PacerDb> {
  dbPromise ??= openPacerDb({
    onVersionChange: () => {
      dbPromise = null;
    },
  }).catch((err) => {
    dbPromise = null; // try again on the next message rather than failing forever
    throw err;
  });
  return dbPromise;
}

async function setBadge(tabId: number | undefined, views: Parameters<typeof badgeFor>[0]) {
  const badge = badgeFor(views, browser.i18n.getMessage('extName') || 'Pacer');
  const target = tabId === undefined ? {} : { tabId };
  await Promise.all([
    browser.action.setBadgeText({ ...target, text: badge.text }),
    browser.action.setBadgeBackgroundColor({ ...target, color: badge.color }),
    browser.action.setTitle({ ...target, title: badge.title }),
  ]).catch(() => {
    // The tab closed while we evaluated: nothing to update.
  });
}

const deps: ServiceDeps = {
  db,
  now: () => new Date(),
  tabs: { get: getTabState, set: setTabState, list: listTabs },
  sites: { enable: enableSite, disable: disableSite, list: listSites },
  async changed(tabId, views) {
    await setBadge(tabId, tabId === undefined ? views.all : views.page);
    await broadcast(
      tabId === undefined ? 'goals.changed' : 'page.updated',
      tabId === undefined ? {} : { tabId },
    );
  },
};

export function startBackground(): void {
  const router = createRouter({
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    isAllowedPage,
  });
  registerHandlers(router, deps);
  browser.runtime.onMessage.addListener((message, sender) => router.handle(message, sender));

  // A tab that navigates or closes no longer shows what was read; the content script re-reads.
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading') void clearTabState(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));

  // A site permission revoked in the browser's settings turns that site off.
  browser.permissions.onRemoved.addListener((removed) => {
    for (const origin of removed.origins ?? []) {
      if (originPattern(origin.replace(/\/\*$/, ''))) void disableSite(origin.replace(/\/\*$/, ''));
    }
  });
  void reconcileSites().catch(() => {});

  // Pace moves with time even when nothing is read: recompute the global badge on start.
  void evaluateAll(deps)
    .then(({ views }) => setBadge(undefined, views))
    .catch((err) => console.error('Pacer: could not evaluate goals on start', err));
}
