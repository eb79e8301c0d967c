/**
 * Injecting a content script's on-demand part (lib/content/parts.ts) into a tab's top frame. The
 * tab is a known dashboard or a site the user enabled (the router checked the sender, or the user
 * acted on that tab), so the extension already holds the host permission that injection needs.
 */
import { browser } from 'wxt/browser';
import { PART_FILES, type PartName } from '../content/parts';

/** True once the part's script ran in the tab; false when it could not be injected. */
export async function injectPart(tabId: number, part: PartName): Promise<boolean> {
  try {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      files: [PART_FILES[part]],
    });
    return true;
  } catch {
    // The tab closed or navigated away, or the permission was revoked meanwhile.
    return false;
  }
}
