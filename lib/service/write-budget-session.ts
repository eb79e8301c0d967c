/**
 * The write budget's state in `storage.session` (one key per tab), and the alarm that stores
 * pending readings when their window closes. `storage.session` outlives a stopped service worker
 * (MV3 stops it after ~30 s idle) and is cleared with the browser session; see write-budget.ts.
 */
import { browser } from 'wxt/browser';
import type { Reading } from '../goals/schema';
import { admit, flushAll, flushDue, nextDue, type TabBudget } from './write-budget';

export const BUDGET_ALARM = 'pacer-write-budget';
const PREFIX = 'budget:';
const key = (tabId: number) => `${PREFIX}${tabId}`;

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

async function load(tabId: number): Promise<TabBudget> {
  const got = await browser.storage.session.get(key(tabId));
  const raw = got[key(tabId)];
  return raw && typeof raw === 'object' ? (raw as TabBudget) : {};
}

async function save(tabId: number, budget: TabBudget): Promise<void> {
  if (Object.keys(budget).length) await browser.storage.session.set({ [key(tabId)]: budget });
  else await browser.storage.session.remove(key(tabId));
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

async function budgetTabs(): Promise<number[]> {
  const all = await browser.storage.session.get(null);
  return Object.keys(all)
    .filter((k) => k.startsWith(PREFIX))
    .map((k) => Number(k.slice(PREFIX.length)))
    .filter(Number.isInteger);
}

/** The alarm fired: every tab's pending readings whose window closed, to be stored. */
export async function takeDueReadings(now: Date): Promise<Reading[]> {
  const out: Reading[] = [];
  let due: number | null = null;
  for (const tabId of await budgetTabs()) {
    await serial(tabId, async () => {
      const r = flushDue(await load(tabId), now.getTime());
      await save(tabId, r.budget);
      out.push(...r.store);
      const d = nextDue(r.budget);
      if (d !== null && (due === null || d < due)) due = d;
    });
  }
  await scheduleBy(due);
  return out;
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

/**
 * Wire the budget's alarm and tab-close flush. Call synchronously as the worker starts (MV3 drops
 * events whose listeners come later). `store` writes the readings and refreshes what shows them.
 */
export function watchWriteBudget(store: (readings: Reading[]) => Promise<void>): void {
  const write = (readings: Promise<Reading[]>) =>
    void readings
      .then((r) => (r.length ? store(r) : undefined))
      .catch((err: unknown) => console.error('Pacer: could not store pending readings', err));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BUDGET_ALARM) write(takeDueReadings(new Date()));
  });
  browser.tabs.onRemoved.addListener((tabId) => write(takeTabReadings(tabId)));
}
