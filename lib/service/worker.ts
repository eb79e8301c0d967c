/**
 * The service worker's wiring: what the background's logic gets from the browser (`deps`), and
 * the start that registers every listener synchronously (MV3 drops events whose listeners are
 * added later). Nothing lives only in memory: the database connection is re-opened on demand
 * (connection.ts) and tab state sits in `storage.session` (tab-state.ts).
 */
import { browser } from 'wxt/browser';
import { broadcast } from '../messaging/client';
import { createRouter } from '../messaging/router';
import { resolveLang, translator } from '../i18n';
import { addReadings, compactReadings, getSettings, RETENTION } from '../store';
import { scheduleDaily } from './alarms';
import { db } from './connection';
import type { ServiceDeps } from './deps';
import { refreshAll } from './evaluation';
import { registerHandlers } from './handlers';
import {
  listenForInstallAndMenu,
  listenForMessages,
  listenForPermissions,
  listenForTabs,
} from './listeners';
import { notify, notifyReviewDue } from './notify';
import { injectPart } from './parts';
import { remindReview, reviewDueNow } from './review-due';
import { disableSite, enableSite, isAllowedPage, listSites, reconcileSites } from './sites';
import { startSync } from './sync-start';
import { getTabState, listTabs, setTabState } from './tab-state';
import { setBadge } from './toolbar';
import { startPickMode, syncMenu, tellTab } from './track';
import { admitReadings, watchWriteBudget } from './write-budget-session';

const deps: ServiceDeps = {
  db,
  now: () => new Date(),
  tabs: { get: getTabState, set: setTabState, list: listTabs },
  sites: {
    // The "Track this number" menu follows the sites Pacer may read.
    enable: (origin, tabId) => enableSite(origin, tabId).finally(() => void syncMenu()),
    disable: (origin) => disableSite(origin).finally(() => void syncMenu()),
    list: listSites,
  },
  trackers: { changed: tellTab, pick: startPickMode },
  budget: admitReadings,
  parts: { load: injectPart },
  async alert(alerts) {
    await notify(alerts, await getSettings(await db()));
  },
  async changed(tabId, views, page) {
    const { language } = await getSettings(await db());
    const t = translator(resolveLang(language, browser.i18n.getUILanguage()));
    const review = await reviewDueNow(
      await db(),
      new Date(),
      views.all.map((v) => v.goal),
    );
    await setBadge(tabId, tabId === undefined ? views.all : views.page, t, review.due);
    if (tabId === undefined) await broadcast('goals.changed', {});
    else await broadcast('page.updated', page ? { tabId, view: page } : { tabId });
  },
};

/**
 * Retention, in batches. Between them an extension API call: it yields to other events, and it
 * keeps the worker alive while IndexedDB works (Chrome stops a worker that makes none for 30 s).
 */
async function compactOld(): Promise<void> {
  try {
    await compactReadings(await db(), new Date(), RETENTION, {
      pause: () => browser.runtime.getPlatformInfo().then(() => {}),
    });
  } catch (err) {
    console.error('Pacer: could not compact old readings', err);
  }
}

/** On start and daily: every goal re-judged, and a due review notified once (if opted in). */
async function refreshEverything(): Promise<void> {
  try {
    await refreshAll(deps);
  } catch (err) {
    console.error('Pacer: could not evaluate goals', err);
  }
  try {
    const d = await db();
    await remindReview(d, new Date(), async (since) =>
      notifyReviewDue(since, await getSettings(d)),
    );
  } catch (err) {
    console.error('Pacer: could not check whether a review is due', err);
  }
}

export function startBackground(): void {
  const goalSync = startSync(deps);
  deps.sync = goalSync;
  const router = createRouter({
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    isAllowedPage,
  });
  registerHandlers(router, deps);
  listenForMessages(router);

  // Pending readings held back by the write budget are stored when their window closes.
  watchWriteBudget(async (readings) => {
    await addReadings(await db(), readings);
    await refreshAll(deps);
  });

  // Pace moves with time even when nothing is read, and deadlines pass: re-check daily. Old
  // readings are compacted first (lib/store/compact.ts).
  void scheduleDaily(() => void compactOld().finally(() => void refreshEverything()));

  listenForTabs(deps);
  listenForInstallAndMenu(deps);
  listenForPermissions();
  void reconcileSites().catch(() => {});

  // On every start of the worker: the global badge and each open dashboard tab, and whatever
  // other devices synced meanwhile.
  void refreshEverything();
  void goalSync.pullAll().catch(() => {});
}
