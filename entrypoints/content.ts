/**
 * Reads the dashboard the user has open and hands the figures to the background. It never edits
 * the page and never touches storage. Keep zod and UI code out of this bundle: only readers,
 * parsing and a type-only view of the protocol come in.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { send } from '../lib/messaging/client';
import { watchPage } from '../lib/content/watch';
import { isKnownDashboard, KNOWN_DASHBOARD_MATCHES } from '../lib/readers/hosts';
import { readPage } from '../lib/readers';

export default defineContentScript({
  matches: KNOWN_DASHBOARD_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    // Enabling a site injects this script into the open tab; a second copy must not read twice.
    const flag = '__pacerContentScript';
    const scope = globalThis as unknown as Record<string, boolean>;
    if (scope[flag]) return;
    scope[flag] = true;
    ctx.onInvalidated(() => {
      scope[flag] = false;
    });
    const watcher = watchPage({
      root: document.documentElement,
      // Away from the known dashboards this script only runs where the user enabled it: if no
      // specific reader knows the page, read it by its labels.
      read: () => {
        const url = new URL(location.href);
        return readPage(document, url, { generic: !isKnownDashboard(url) });
      },
      send: (read) => send('page.read', { read }),
    });
    // SPA dashboards change route without a reload: read the new view from scratch.
    ctx.addEventListener(window, 'wxt:locationchange', () => watcher.reset());
    // The extension was reloaded or updated: this copy of the script is orphaned, stop quietly.
    ctx.onInvalidated(() => watcher.stop());
  },
});
