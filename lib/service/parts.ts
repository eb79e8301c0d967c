/**
 * Injecting a content script's on-demand part (lib/content/parts.ts) into a tab's top frame. The
 * tab is a known dashboard or a site the user enabled (the router checked the sender, or the user
 * acted on that tab), so the extension already holds the host permission that injection needs.
 */
import { browser, type PublicPath } from 'wxt/browser';
import { partFile, type PartName } from '../content/parts';

/** True once the part's script ran in the tab; false when it could not be injected. */
export async function injectPart(tabId: number, part: PartName): Promise<boolean> {
  try {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      // Every part has its entrypoint: the catalog refuses a self-hosted reader without one
      // (scripts/readers-catalog.mjs), test/content/parts.test.ts checks them all.
      files: [partFile(part) as Extract<PublicPath, `${string}.js`>],
    });
    return true;
  } catch {
    // The tab closed or navigated away, or the permission was revoked meanwhile.
    return false;
  }
}
