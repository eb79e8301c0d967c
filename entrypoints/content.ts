/**
 * Reads the dashboard the user has open and hands the figures to the background. It never edits
 * the page and never touches storage. Keep zod and UI code out of this bundle: only readers,
 * parsing and a type-only view of the protocol come in.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { send } from '../lib/messaging/client';
import { watchPage } from '../lib/content/watch';
import { KNOWN_DASHBOARD_MATCHES } from '../lib/readers/hosts';
import { readPage } from '../lib/readers';

export default defineContentScript({
  matches: KNOWN_DASHBOARD_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const watcher = watchPage({
      root: document.documentElement,
      read: () => readPage(document, new URL(location.href)),
      send: (read) => send('page.read', { read }),
    });
    // SPA dashboards change route without a reload: read the new view from scratch.
    ctx.addEventListener(window, 'wxt:locationchange', () => watcher.reset());
    // The extension was reloaded or updated: this copy of the script is orphaned, stop quietly.
    ctx.onInvalidated(() => watcher.stop());
  },
});
