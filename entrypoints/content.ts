/**
 * Reads the dashboard the user has open and hands the figures to the background. It never edits
 * the page and never touches storage. Keep zod and UI code out of this bundle: only readers,
 * locators, parsing and a type-only view of the protocol come in.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { readReport, reportSignature, pickFigure, type TrackerRef } from '../lib/content/report';
import { watchPage } from '../lib/content/watch';
import { send } from '../lib/messaging/client';
import { PICK_MODE, PICK_REQUEST, TRACKERS_CHANGED } from '../lib/messaging/names';
import { startPicker, type Picker } from '../lib/content/picker';
import { isKnownDashboard, KNOWN_DASHBOARD_MATCHES } from '../lib/readers/hosts';

export default defineContentScript({
  matches: KNOWN_DASHBOARD_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    // Enabling a site injects this script into the open tab; a second copy must not read twice.
    const flag = '__pacerContentScript';
    const scope = globalThis as unknown as Record<string, boolean>;
    if (scope[flag]) return;
    scope[flag] = true;

    let trackers: TrackerRef[] = [];
    const loadTrackers = async () => {
      trackers = (await send('trackers.forPage', {}))?.trackers ?? [];
    };

    const watcher = watchPage({
      root: document.documentElement,
      // Away from the known dashboards this script only runs where the user enabled it: if no
      // specific reader knows the page, read it by its labels.
      read: () => {
        const url = new URL(location.href);
        return readReport(document, url, trackers, !isKnownDashboard(url));
      },
      signature: reportSignature,
      send: (report) => send('page.read', report),
    });
    void loadTrackers().then(() => watcher.reset());

    // SPA dashboards change route without a reload: read the new view from scratch.
    ctx.addEventListener(window, 'wxt:locationchange', () => watcher.reset());

    // "Track this number": remember what was right-clicked; the background asks for it when the
    // menu item is chosen.
    let lastTarget: Element | null = null;
    let picker: Picker | null = null;
    ctx.addEventListener(
      document,
      'contextmenu',
      (e) => {
        lastTarget = e.target instanceof Element ? e.target : null;
      },
      { capture: true },
    );
    const onMessage = (message: unknown, sender: { id?: string; tab?: unknown }) => {
      // Only our own background (no tab) may ask; a page cannot message a content script.
      if (sender.id !== browser.runtime.id || sender.tab) return undefined;
      const type = (message as { type?: unknown } | null)?.type;
      if (type === TRACKERS_CHANGED) {
        void loadTrackers().then(() => watcher.reset());
        return undefined;
      }
      if (type === PICK_MODE) {
        picker ??= startPicker(
          document,
          {
            hint: browser.i18n.getMessage('pickHint'),
            cancel: browser.i18n.getMessage('pickCancel'),
          },
          (el) => {
            const picked = pickFigure(document, el);
            if (picked) void send('tracker.picked', picked);
          },
          () => {
            picker = null;
          },
        );
        return Promise.resolve(true);
      }
      if (type !== PICK_REQUEST) return undefined;
      return Promise.resolve(pickFigure(document, lastTarget));
    };
    browser.runtime.onMessage.addListener(onMessage);

    // The extension was reloaded or updated: this copy of the script is orphaned, stop quietly.
    ctx.onInvalidated(() => {
      watcher.stop();
      picker?.stop();
      browser.runtime.onMessage.removeListener(onMessage);
      scope[flag] = false;
    });
  },
});
