import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { hostPermissions, readerCatalog } from './scripts/readers-catalog.mjs';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  // Explicit imports everywhere: no magic globals, easier to review (docs/architecture.md, "Rules").
  imports: false,
  autoIcons: { baseIconPath: 'assets/icon.svg', developmentIndicator: false },
  // The readers' own files are their registration: the plugin serves what each bundle imports of
  // them (scripts/readers-catalog.mjs).
  vite: () => ({ plugins: [preact(), readerCatalog()] }),
  manifest: async ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab: the popup may see the current tab's address (to offer "Enable on this site")
    // without the broad `tabs` permission. scripting: register the content script on sites the
    // user enables. contextMenus: "Track this number". None carries an install warning.
    permissions: [
      'storage',
      'alarms',
      'activeTab',
      'scripting',
      'contextMenus',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // Sites the user enables one by one; Firefox's MV2 build lists host patterns among the
    // optional permissions (it has no optional_host_permissions).
    ...(browser === 'firefox'
      ? { optional_permissions: ['notifications', 'https://*/*', 'http://*/*'] }
      : {
          optional_host_permissions: ['https://*/*', 'http://*/*'],
          optional_permissions: ['notifications'],
        }),
    // The readers' `matches`: content script matches already grant access to the known
    // dashboards; every other site is opt-in, asked for at the moment the user enables it.
    host_permissions: await hostPermissions(),
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'pacer@pacer.example',
              // 140 (desktop) and 142 (Android) are the first to know data_collection_permissions;
              // an older minimum makes addons-linter warn that the key is unsupported there.
              strict_min_version: '140.0',
              // Pacer collects nothing: every figure stays in the browser.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
