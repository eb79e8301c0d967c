/**
 * Content scripts use the browser's own extension API, not webextension-polyfill: the polyfill is
 * 3 KB gzip of every content script, which must stay small (scripts/bench/gzip.mjs), and what
 * the content scripts call behaves the same without it (lib/content/api.ts). WXT's content script
 * runtime imports `wxt/browser`, which the polyfill module aliases for every entrypoint; for
 * builds of content scripts only, this points it back at `@wxt-dev/browser`
 * (`globalThis.browser` on Firefox, else `chrome`). Pages and the background keep the polyfill.
 */
import { defineWxtModule } from 'wxt/modules';

export default defineWxtModule({
  name: 'pacer:content-script-browser',
  setup(wxt) {
    wxt.hook('vite:build:extendConfig', (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const native = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
      const alias = config.resolve?.alias;
      const list = Array.isArray(alias)
        ? alias
        : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [native, ...list] };
    });
  },
});
