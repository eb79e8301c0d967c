/**
 * The write budget's state in `storage.session` (one key per tab), and the alarm that stores
 * pending readings when their window closes. `storage.session` outlives a stopped service worker
 * (MV3 stops it after ~30 s idle) and is cleared with the browser session; see write-budget.ts.
 */
import { browser } from 'wxt/browser';
import type { Reading } from '../goals/schema';
import type { StoredBreakdown } from '../store/schema';
import { admit, admitKeyed, flushAll, flushDue, nextDue, type TabBudget } from './write-budget';

export const BUDGET_ALARM = 'pacer-write-budget';
/** Readings' budgets; breakdowns (issue 13) have their own, per record id, under another key. */
const PREFIX = 'budget:';
const BREAKDOWN_PREFIX = 'budget-breakdowns:';
const key = (tabId: number, prefix = PREFIX) => `${prefix}${tabId}`;

// Each tab's read-modify-write runs after the previous one: two messages from one tab in quick
// succession must not both start from the same old state.
const queues = new Map<number, Promise<unknown>>();
function serial<T>(tabId: number, fn: () => Promise<T>): Promise<T> {
  const run = (queues.get(tabId) ?? Promise.resolve()).then(fn, fn);
  const tail = run.catch(() => {});
  queues.set(tabId, tail);
  void tail.then(() => {
    if (queues.get(tabId) === tail) queues.delete(tabId);
  });
  return run;
}

async function load<T = Reading>(tabId: number, prefix = PREFIX): Promise<TabBudget<T>> {
  const got = await browser.storage.session.get(key(tabId, prefix));
  const raw = got[key(tabId, prefix)];
  return raw && typeof raw === 'object' ? (raw as TabBudget<T>) : {};
}

async function save<T>(tabId: number, budget: TabBudget<T>, prefix = PREFIX): Promise<void> {
  const k = key(tabId, prefix);
  if (Object.keys(budget).length) await browser.storage.session.set({ [k]: budget });
  else await browser.storage.session.remove(k);
}

/** Make sure the alarm fires by `due` (an existing later alarm is moved earlier). */
async function scheduleBy(due: number | null): Promise<void> {
  if (due === null) return;
  const existing = await browser.alarms.get(BUDGET_ALARM);
  if (!existing || existing.scheduledTime > due)
    await browser.alarms.create(BUDGET_ALARM, { when: due });
}

/**
 * The readings of one `page.read` that may be stored now (see write-budget.ts). A message
 * without a tab (never from a content script) is not budgeted.
 */
export function admitReadings(
  tabId: number | undefined,
  readings: Reading[],
  now: Date,
): Promise<Reading[]> {
  if (tabId === undefined || !readings.length) return Promise.resolve(readings);
  return serial(tabId, async () => {
    const r = admit(await load(tabId), readings, now.getTime());
    await save(tabId, r.budget);
    await scheduleBy(nextDue(r.budget));
    return r.store;
  });
}

/**
 * The breakdowns of one `page.read` that may be stored now: the same bucket as readings (three at
 * once, then one per 10 minutes), per record (metric, table, period, day), the latest wins. A
 * dashboard re-read every few seconds rewrites its tables at most every 10 minutes.
 */
export function admitBreakdowns(
  tabId: number | undefined,
  records: StoredBreakdown[],
  now: Date,
): Promise<StoredBreakdown[]> {
  if (tabId === undefined || !records.length) return Promise.resolve(records);
  return serial(tabId, async () => {
    const r = admitKeyed(
      await load<StoredBreakdown>(tabId, BREAKDOWN_PREFIX),
      records,
      (b) => b.id,
      now.getTime(),
    );
    await save(tabId, r.budget, BREAKDOWN_PREFIX);
    await scheduleBy(nextDue(r.budget));
    return r.store;
  });
}

async function budgetTabs(prefix = PREFIX): Promise<number[]> {
  const all = await browser.storage.session.get(null);
  return Object.keys(all)
    .filter((k) => k.startsWith(prefix))
    .map((k) => Number(k.slice(prefix.length)))
    .filter(Number.isInteger);
}

async function takeDue<T>(now: Date, prefix: string): Promise<T[]> {
  const out: T[] = [];
  let due: number | null = null;
  for (const tabId of await budgetTabs(prefix)) {
    await serial(tabId, async () => {
      const r = flushDue(await load<T>(tabId, prefix), now.getTime());
      await save(tabId, r.budget, prefix);
      out.push(...r.store);
      const d = nextDue(r.budget);
      if (d !== null && (due === null || d < due)) due = d;
    });
  }
  await scheduleBy(due);
  return out;
}

/** The alarm fired: every tab's pending readings whose window closed, to be stored. */
export function takeDueReadings(now: Date): Promise<Reading[]> {
  return takeDue<Reading>(now, PREFIX);
}

/** The alarm fired: every tab's pending breakdowns whose window closed, to be stored. */
export function takeDueBreakdowns(now: Date): Promise<StoredBreakdown[]> {
  return takeDue<StoredBreakdown>(now, BREAKDOWN_PREFIX);
}

/**
 * The tab closed: its pending readings, to be stored now (flushed, not dropped); its budget is
 * cleared. A navigation keeps the budget, so a page that reloads itself cannot reset it.
 */
export function takeTabReadings(tabId: number): Promise<Reading[]> {
  return serial(tabId, async () => {
    const pending = flushAll(await load(tabId));
    await browser.storage.session.remove(key(tabId));
    return pending;
  });
}

/** The tab closed: its pending breakdowns, to be stored now; its breakdown budget is cleared. */
export function takeTabBreakdowns(tabId: number): Promise<StoredBreakdown[]> {
  return serial(tabId, async () => {
    const pending = flushAll(await load<StoredBreakdown>(tabId, BREAKDOWN_PREFIX));
    await browser.storage.session.remove(key(tabId, BREAKDOWN_PREFIX));
    return pending;
  });
}

/**
 * Wire the budget's alarm and tab-close flush. Call synchronously as the worker starts (MV3 drops
 * events whose listeners come later). `store` writes the readings and refreshes what shows them.
 */
export function watchWriteBudget(
  store: (readings: Reading[]) => Promise<void>,
  storeBreakdowns?: (records: StoredBreakdown[]) => Promise<void>,
): void {
  const write = <T>(items: Promise<T[]>, to: (items: T[]) => Promise<void>) =>
    items
      .then((r) => (r.length ? to(r) : undefined))
      .catch((err: unknown) => console.error('Pacer: could not store pending readings', err));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== BUDGET_ALARM) return;
    const now = new Date();
    // One after the other: each re-schedules the one alarm by its own earliest due time.
    void write(takeDueReadings(now), store).then(
      () => storeBreakdowns && write(takeDueBreakdowns(now), storeBreakdowns),
    );
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void write(takeTabReadings(tabId), store);
    if (storeBreakdowns) void write(takeTabBreakdowns(tabId), storeBreakdowns);
  });
}
