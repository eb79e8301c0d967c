/**
 * The service worker's wiring. Everything is registered synchronously when the worker starts
 * (MV3 drops events whose listeners are added later), and nothing lives only in memory: the
 * database connection is re-opened on demand and tab state sits in `storage.session`.
 */
import { browser } from 'wxt/browser';
import { broadcast } from '../messaging/client';
import { createRouter } from '../messaging/router';
import { deleteGoal, getSettings, listGoals, openPacerDb, putGoal, type PacerDb } from '../store';
import { browserGoalSync } from '../sync/browser';
import { listenForClicks, notify } from './notify';
import { scheduleDaily } from './alarms';
import { WELCOME_PAGE, welcomeOnInstall } from './first-run';
import { badgeFor } from './badge';
import { refreshAll, refreshTab, registerHandlers, type ServiceDeps } from './handlers';
import {
  disableSite,
  enableSite,
  isAllowedPage,
  listSites,
  originPattern,
  reconcileSites,
} from './sites';
import { MENU_ID, startPickMode, syncMenu, tellTab, trackFromMenu } from './track';
import { clearTabState, getTabState, listTabs, setTabState } from './tab-state';

let dbPromise: Promise<PacerDb> | null = null;

function db(): Promise<PacerDb> {
  dbPromise ??= openPacerDb({
    onVersionChange: () => {
      dbPromise = null;
    },
    onTerminated: () => {
      dbPromise = null;
    },
  }).catch((err) => {
    dbPromise = null; // try again on the next message rather than failing forever
    throw err;
  });
  return dbPromise;
}

/** The toolbar button: `action` in MV3, `browserAction` in Firefox's MV2 build. */
function toolbarButton(): typeof browser.action {
  const api = browser as unknown as {
    action?: typeof browser.action;
    browserAction?: typeof browser.action;
  };
  return (api.action ?? api.browserAction)!;
}

async function setBadge(tabId: number | undefined, views: Parameters<typeof badgeFor>[0]) {
  const badge = badgeFor(views, browser.i18n.getMessage('extName') || 'Pacer');
  const target = tabId === undefined ? {} : { tabId };
  await Promise.all([
    toolbarButton().setBadgeText({ ...target, text: badge.text }),
    toolbarButton().setBadgeBackgroundColor({ ...target, color: badge.color }),
    toolbarButton().setTitle({ ...target, title: badge.title }),
  ]).catch(() => {
    // The tab closed while we evaluated: nothing to update.
  });
}

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
  async alert(alerts) {
    await notify(alerts, await getSettings(await db()));
  },
  async changed(tabId, views, page) {
    await setBadge(tabId, tabId === undefined ? views.all : views.page);
    if (tabId === undefined) await broadcast('goals.changed', {});
    else await broadcast('page.updated', page ? { tabId, view: page } : { tabId });
  },
};

/** Chrome's side panel or Firefox's sidebar; needs the user's gesture, so call it first. */
function openPanelFor(tabId: number): Promise<void> {
  const api = browser as unknown as {
    sidePanel?: { open(o: { tabId: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  const opening = api.sidebarAction ? api.sidebarAction.open() : api.sidePanel?.open({ tabId });
  return (opening ?? Promise.resolve()).catch(() => {});
}

async function refreshEverything(): Promise<void> {
  try {
    await refreshAll(deps);
  } catch (err) {
    console.error('Pacer: could not evaluate goals', err);
  }
}

/**
 * Goal definitions in the browser's sync storage, when the user turned it on. Created as the
 * worker starts: its storage.onChanged listener must be registered in the worker's first turn.
 */
function startSync() {
  return browserGoalSync({
    enabled: async () => (await getSettings(await db())).syncGoals,
    loadLocal: async () => (await listGoals(await db())).goals,
    applyRemote: async (goals, deletedIds) => {
      const d = await db();
      for (const g of goals) await putGoal(d, g);
      for (const id of deletedIds) await deleteGoal(d, id);
      await refreshAll(deps);
    },
    onStatus: (status) => void broadcast('sync.status', status),
  });
}

export function startBackground(): void {
  const goalSync = startSync();
  deps.sync = goalSync;
  const router = createRouter({
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    isAllowedPage,
  });
  registerHandlers(router, deps);
  browser.runtime.onMessage.addListener((message, sender) => router.handle(message, sender));

  // Pace moves with time even when nothing is read, and deadlines pass: re-check daily.
  void scheduleDaily(() => void refreshEverything());

  // Switching tabs re-judges that tab's goals (a dashboard left open overnight is out of date).
  browser.tabs.onActivated.addListener(({ tabId }) => {
    void getTabState(tabId).then((state) => state && refreshTab(deps, tabId));
  });

  // "Track this number": the menu item lives across worker restarts; keep its pages current.
  // A fresh install also opens the welcome page (tabs.create needs no `tabs` permission).
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
    void db()
      .then((d) => trackFromMenu(d, tabId, info.pageUrl!, info.frameId, new Date()))
      .then(async (outcome) => {
        const state = await getTabState(tabId);
        if (state)
          await setTabState(tabId, { ...state, pickError: outcome.ok ? null : outcome.reason });
        await broadcast('page.updated', { tabId });
      });
  });

  listenForClicks();
  browser.permissions.onAdded.addListener(() => listenForClicks());

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

  // On every start of the worker: the global badge and each open dashboard tab, and whatever
  // other devices synced meanwhile.
  void refreshEverything();
  void goalSync.pullAll().catch(() => {});
}
