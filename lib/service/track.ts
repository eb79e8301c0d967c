/**
 * "Track this number" from the context menu. The menu shows only where the content script runs
 * (known dashboards, sites the user enabled). Choosing it asks that tab's content script for the
 * figure under the pointer, validates the answer like any page data, and stores a tracker.
 * Building a locator and pick mode are the content script's locator part (lib/content/parts.ts),
 * injected here first: the scripts that load on every visit do not carry them.
 */
import { browser } from 'wxt/browser';
import { PICK_MODE, PICK_REQUEST, TRACKERS_CHANGED } from '../messaging/names';
import { PickResponse, type Picked } from '../messaging/protocol';
import { KNOWN_DASHBOARD_MATCHES } from '../readers/hosts';
import { putTracker, trackersFor, type PacerDb } from '../store';
import { injectPart } from './parts';
import { listSites } from './sites';

export const MENU_ID = 'pacer-track';

async function patterns(): Promise<string[]> {
  return [...KNOWN_DASHBOARD_MATCHES, ...(await listSites()).map((o) => `${o}/*`)];
}

/** Create the menu item (on install) or bring its pages up to date (after enabling a site). */
export async function syncMenu(): Promise<void> {
  const documentUrlPatterns = await patterns();
  const title = browser.i18n.getMessage('menuTrack') || 'Track this number with Pacer';
  await browser.contextMenus
    .update(MENU_ID, { documentUrlPatterns, title })
    .catch(() =>
      browser.contextMenus.create({ id: MENU_ID, title, contexts: ['all'], documentUrlPatterns }),
    );
}

export type PickOutcome =
  { ok: true; trackerId: string } | { ok: false; reason: 'no-figure' | 'frame' | 'no-script' };

export async function trackFromMenu(
  db: PacerDb,
  tabId: number,
  pageUrl: string,
  frameId: number | undefined,
  now: Date,
): Promise<PickOutcome> {
  // Only the top frame is read; a number inside an embedded frame cannot be tracked.
  if (frameId) return { ok: false, reason: 'frame' };
  if (!(await injectPart(tabId, 'locator'))) return { ok: false, reason: 'no-script' };
  let raw: unknown;
  try {
    raw = await browser.tabs.sendMessage(tabId, { type: PICK_REQUEST }, { frameId: 0 });
  } catch {
    return { ok: false, reason: 'no-script' };
  }
  const parsed = PickResponse.safeParse(raw);
  if (!parsed.success || !parsed.data) return { ok: false, reason: 'no-figure' };
  const trackerId = await storeTracker(db, new URL(pageUrl).origin, parsed.data, now);
  await tellTab(tabId);
  return { ok: true, trackerId };
}

/** Store what was picked (from the menu or pick mode) as a tracker of that site. */
export async function storeTracker(
  db: PacerDb,
  origin: string,
  picked: Picked,
  now: Date,
): Promise<string> {
  const { locator, figure } = picked;
  // Pointing again at a figure with the same key re-points its tracker instead of adding one.
  const existing = (await trackersFor(db, origin)).find((t) => t.key === figure.key);
  const tracker = await putTracker(db, {
    id: existing?.id ?? crypto.randomUUID(),
    origin,
    key: figure.key,
    label: figure.label,
    locator,
    createdAt: existing?.createdAt ?? now.toISOString(),
  });
  return tracker.id;
}

/** The tab's content script re-reads with the site's current trackers. */
export async function tellTab(tabId: number): Promise<void> {
  await browser.tabs.sendMessage(tabId, { type: TRACKERS_CHANGED }, { frameId: 0 }).catch(() => {});
}

/** Pick mode in a tab; false when no content script runs there (or it could not start it). */
export async function startPickMode(tabId: number): Promise<boolean> {
  if (!(await injectPart(tabId, 'locator'))) return false;
  return browser.tabs
    .sendMessage(tabId, { type: PICK_MODE }, { frameId: 0 })
    .then((started) => started === true)
    .catch(() => false);
}
