// Extension pages in Firefox have the promise-based `browser` namespace; page.evaluate callbacks
// run there.
import type Browser from 'webextension-polyfill';

declare global {
  const browser: Browser.Browser;
}
