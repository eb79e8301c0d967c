import type { Reading } from '../goals/schema';
import type { PartName } from '../content/parts';
import type { GoalView, PageView } from '../messaging/schemas';
import type { PacerDb } from '../store';
import type { StoredBreakdown } from '../store/schema';
import type { GoalSync } from '../sync/types';
import type { Alert } from './status-changes';
import type { TabState } from './tab-state';

/**
 * What the background's logic needs from the outside world. The service worker passes the real
 * browser; unit tests pass fake-indexeddb and plain objects.
 */
export interface ServiceDeps {
  db: () => Promise<PacerDb>;
  now: () => Date;
  tabs: {
    get(tabId: number): Promise<TabState | null>;
    set(tabId: number, state: TabState): Promise<void>;
    /** Tabs with a page read, so their badges follow goal edits. */
    list(): Promise<number[]>;
  };
  sites: {
    enable(origin: string, tabId?: number): Promise<{ ok: boolean; error?: string }>;
    disable(origin: string): Promise<void>;
    list(): Promise<string[]>;
  };
  trackers: {
    /** Tell a tab's content script to re-read with the site's trackers. */
    changed(tabId: number): Promise<void>;
    /** Start pick mode in a tab. */
    pick(tabId: number): Promise<boolean>;
  };
  /**
   * The write budget (write-budget.ts): which of a tab's readings may be stored now. Absent means
   * no budget (unit tests that do not test it).
   */
  budget?: (tabId: number | undefined, readings: Reading[], now: Date) => Promise<Reading[]>;
  /** The same budget for a read's breakdown tables (issue 13), per stored record. */
  breakdownBudget?: (
    tabId: number | undefined,
    records: StoredBreakdown[],
    now: Date,
  ) => Promise<StoredBreakdown[]>;
  /**
   * Inject a content script's on-demand part into a tab's top frame (lib/service/parts.ts);
   * absent in tests that do not need it, where every request is answered `ok: false`.
   */
  parts?: { load(tabId: number, part: PartName): Promise<boolean> };
  /** Goal definitions in the browser's sync storage (absent in tests that do not need it). */
  sync?: GoalSync;
  /** Goals changed status or showed an anomaly (each change reported once). */
  alert(alerts: Alert[]): Promise<void>;
  /**
   * Something changed for this tab (or for every goal when undefined): refresh badge, tell pages.
   * `page` is the tab's whole view, pushed to open panels so they need not ask for it again.
   */
  changed(
    tabId: number | undefined,
    views: { page: GoalView[]; all: GoalView[] },
    page?: PageView,
  ): Promise<void>;
}
