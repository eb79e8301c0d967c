/**
 * What the content script last read in each tab. Kept in `storage.session` rather than memory so
 * a restarted service worker still knows (MV3 workers stop after ~30 s idle), and cleared with
 * the tab or the browser session. The browser also empties it when the extension is updated or
 * reloaded, so it only ever holds this version's shapes, written after the router validated them:
 * readers of it need no second parse (unlike IndexedDB, which outlives updates).
 */
import { browser } from 'wxt/browser';
import type { PageRead, TrackedResult } from '../messaging/schemas';
import type { Refusal } from '../messaging/identity';

export interface TabState {
  url: string | null;
  observedAt: string;
  read: PageRead | null;
  tracked: TrackedResult[];
  /** Why the last "Track this number" found nothing, for the side panel to explain. */
  pickError?: 'no-figure' | 'frame' | 'no-script' | null;
  /** The page reported figures it may not write (lib/messaging/identity.ts): kept out, and said. */
  refused?: { source: string; reason: Refusal } | null;
}

const key = (tabId: number) => `tab:${tabId}`;

export async function getTabState(tabId: number): Promise<TabState | null> {
  const got = await browser.storage.session.get(key(tabId));
  return (got[key(tabId)] as TabState | undefined) ?? null;
}

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: state });
}

export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

export async function listTabs(): Promise<number[]> {
  const all = await browser.storage.session.get(null);
  return Object.keys(all)
    .filter((k) => k.startsWith('tab:'))
    .map((k) => Number(k.slice(4)))
    .filter(Number.isInteger);
}
