/**
 * The write budget (issue 10, defect 2), with fake time: a page that flips a figure every 750 ms
 * stores a bounded number of readings, a real change after a quiet spell is stored at once, and a
 * pending value is stored when its token is back or the tab closes.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Reading } from '../../lib/goals/schema';
import { createRouter } from '../../lib/messaging/router';
import { registerHandlers } from '../../lib/service/handlers';
import type { ServiceDeps } from '../../lib/service/deps';
import type { TabState } from '../../lib/service/tab-state';
import {
  admit,
  flushAll,
  flushDue,
  nextDue,
  WRITE_BURST,
  WRITE_WINDOW_MS,
  type TabBudget,
} from '../../lib/service/write-budget';
import {
  admitReadings,
  BUDGET_ALARM,
  takeDueReadings,
  takeTabReadings,
  watchWriteBudget,
} from '../../lib/service/write-budget-session';
import { addReadings, openPacerDb, readingsFor } from '../../lib/store';
import { makeReading } from '../support/factories';

const T0 = Date.parse('2026-01-30T12:00:00.000Z');
const MIN = 60_000;
const visitors = { source: 'plausible', scope: 'example.com', key: 'visitors' };
const views = { source: 'plausible', scope: 'example.com', key: 'views' };
const at = (ms: number, value: number, metric = visitors): Reading =>
  makeReading(metric, value, new Date(ms).toISOString());

/** A page flipping between two values every 750 ms; due pending readings are flushed the moment
 * they are due (as the alarm would). Returns what was stored, in order. */
function flicker(ms: number, start = T0, budget: TabBudget = {}) {
  const stored: Reading[] = [];
  let b = budget;
  for (let t = start, i = 0; t < start + ms; t += 750, i++) {
    const due = nextDue(b);
    if (due !== null && due <= t) {
      const f = flushDue(b, due);
      stored.push(...f.store);
      b = f.budget;
    }
    const r = admit(b, [at(t, i % 2 ? 1200 : 1300)], t);
    stored.push(...r.store);
    b = r.budget;
  }
  return { stored, budget: b };
}

describe('write budget (pure)', () => {
  it('a figure flipping every 750 ms for an hour stores at most the burst plus one per 10 minutes', () => {
    const { stored } = flicker(60 * MIN);
    expect(stored.length).toBeLessThanOrEqual(WRITE_BURST + 60 / 10);
    expect(stored.length).toBeGreaterThanOrEqual(6);
    // Never more than one per window after the burst.
    const times = stored.map((r) => Date.parse(r.observedAt));
    for (let i = WRITE_BURST; i < times.length; i++)
      expect(times[i]! - times[i - WRITE_BURST]!).toBeGreaterThanOrEqual(WRITE_WINDOW_MS - 750);
    // A day of it: bounded too (≤ 3 + 144).
    expect(flicker(24 * 60 * MIN).stored.length).toBeLessThanOrEqual(WRITE_BURST + 144);
  });

  it('stores a real change after a quiet spell at once, even after a burst', () => {
    const { budget } = flicker(30 * MIN);
    const quietEnd = T0 + 30 * MIN + 10 * MIN;
    const r = admit(flushDue(budget, quietEnd).budget, [at(quietEnd, 5000)], quietEnd);
    expect(r.store.map((x) => x.value)).toEqual([5000]);
  });

  it('keeps only the latest value while out of tokens and stores it when a token is back', () => {
    let b: TabBudget = {};
    for (let i = 0; i < WRITE_BURST; i++) b = admit(b, [at(T0 + i, 100 + i)], T0 + i).budget;
    const r1 = admit(b, [at(T0 + 10, 1)], T0 + 10);
    const r2 = admit(r1.budget, [at(T0 + 20, 2)], T0 + 20);
    expect([...r1.store, ...r2.store]).toEqual([]);
    const due = nextDue(r2.budget)!;
    expect(due - T0).toBeLessThanOrEqual(WRITE_WINDOW_MS);
    expect(flushDue(r2.budget, due - 1000).store).toEqual([]);
    const f = flushDue(r2.budget, due);
    expect(f.store.map((x) => x.value)).toEqual([2]);
    expect(nextDue(f.budget)).toBeNull();
  });

  it('budgets metrics separately; a due pending value rides along with another metric', () => {
    let b: TabBudget = {};
    for (let i = 0; i < WRITE_BURST; i++) b = admit(b, [at(T0 + i, i)], T0 + i).budget;
    b = admit(b, [at(T0 + 5, 42)], T0 + 5).budget; // pending
    const later = T0 + WRITE_WINDOW_MS;
    const r = admit(b, [at(later, 7, views)], later);
    expect(r.store.map((x) => [x.metric.key, x.value])).toEqual([
      ['visitors', 42],
      ['views', 7],
    ]);
  });

  it('flushes every pending value when the tab closes', () => {
    let b: TabBudget = {};
    for (let i = 0; i <= WRITE_BURST; i++) b = admit(b, [at(T0 + i, i)], T0 + i).budget;
    expect(flushAll(b).map((r) => r.value)).toEqual([WRITE_BURST]);
  });
});

describe('write budget in storage.session', () => {
  it('survives a worker restart (state in storage.session), schedules its alarm, flushes on close', async () => {
    const now = (ms: number) => new Date(ms);
    for (let i = 0; i < WRITE_BURST; i++)
      expect(await admitReadings(3, [at(T0 + i, i)], now(T0 + i))).toHaveLength(1);
    expect(await admitReadings(3, [at(T0 + 9, 99)], now(T0 + 9))).toEqual([]);
    const alarm = await fakeBrowser.alarms.get(BUDGET_ALARM);
    expect(alarm?.scheduledTime).toBeLessThanOrEqual(T0 + WRITE_WINDOW_MS);
    // Another tab is budgeted on its own.
    expect(await admitReadings(4, [at(T0 + 9, 5)], now(T0 + 9))).toHaveLength(1);

    expect(await takeDueReadings(now(T0 + 60_000))).toEqual([]);
    const due = await takeDueReadings(now(alarm!.scheduledTime));
    expect(due.map((r) => r.value)).toEqual([99]);

    expect(await admitReadings(3, [at(T0 + 20 * MIN + 1, 7)], now(T0 + 20 * MIN + 1))).toHaveLength(
      1,
    );
    await admitReadings(3, [at(T0 + 20 * MIN + 2, 8)], now(T0 + 20 * MIN + 2));
    await admitReadings(3, [at(T0 + 20 * MIN + 3, 9)], now(T0 + 20 * MIN + 3));
    expect((await takeTabReadings(3)).map((r) => r.value)).toEqual([9]);
    expect(await takeTabReadings(3)).toEqual([]);
  });

  it('watchWriteBudget stores what the alarm and a closed tab release', async () => {
    const store = vi.fn(async (_r: Reading[]) => {});
    watchWriteBudget(store);
    for (let i = 0; i <= WRITE_BURST; i++)
      await admitReadings(5, [at(T0 + i, i)], new Date(T0 + i));
    await fakeBrowser.tabs.onRemoved.trigger(5, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(() => expect(store).toHaveBeenCalledTimes(1));
    expect(store.mock.calls[0]![0].map((r) => r.value)).toEqual([WRITE_BURST]);
  });
});

describe('page.read through the budget (router, fake-indexeddb, fake clock)', () => {
  it('an hour of a page flipping a figure every 750 ms stores a handful of readings', async () => {
    const db = await openPacerDb({ name: `budget-${Math.random()}` });
    let clock = T0;
    const tabs = new Map<number, TabState>();
    const deps: ServiceDeps = {
      db: async () => db,
      now: () => new Date(clock),
      tabs: {
        get: async (id) => tabs.get(id) ?? null,
        set: async (id, s) => void tabs.set(id, s),
        list: async () => [...tabs.keys()],
      },
      sites: { enable: async () => ({ ok: true }), disable: async () => {}, list: async () => [] },
      trackers: { changed: async () => {}, pick: async () => true },
      budget: admitReadings,
      alert: async () => {},
      changed: async () => {},
    };
    const router = createRouter({
      extensionId: 'pacer-id',
      extensionOrigin: 'chrome-extension://pacer-id/',
      isAllowedPage: (u) => u.hostname === 'plausible.io',
    });
    registerHandlers(router, deps);
    const tab = {
      id: 'pacer-id',
      url: 'https://plausible.io/example.com',
      frameId: 0,
      tab: { id: 7 },
    };
    const send = (value: number) =>
      router.handle(
        {
          type: 'page.read',
          payload: {
            read: {
              source: 'plausible',
              scope: 'example.com',
              period: { start: '2026-01-01', end: '2026-01-30' },
              figures: [
                {
                  key: 'visitors',
                  label: 'Visitors',
                  value,
                  unit: 'count',
                  precision: 0,
                  text: String(value),
                },
              ],
            },
          },
        },
        tab,
      );
    for (let i = 0; clock < T0 + 60 * MIN; i++, clock += 750) {
      // The alarm, as Chrome would fire it.
      const alarm = await fakeBrowser.alarms.get(BUDGET_ALARM);
      if (alarm && alarm.scheduledTime <= clock) {
        await fakeBrowser.alarms.clear(BUDGET_ALARM);
        await addReadings(db, await takeDueReadings(new Date(clock)));
      }
      await send(i % 2 ? 1200 : 1300);
    }
    const stored = await readingsFor(db, visitors);
    // Before the budget: 4,800 readings (every flip passes the "same as latest" check).
    // (Fewer than released: a released value equal to the latest stored one is not stored again.)
    expect(stored.length).toBeLessThanOrEqual(WRITE_BURST + 6);
    expect(stored.length).toBeGreaterThanOrEqual(WRITE_BURST);

    // Quiet for 10 minutes, then a real change: stored at once.
    clock += 10 * MIN;
    expect(await send(4321)).toEqual({ stored: 1 });
    expect((await readingsFor(db, visitors)).at(-1)?.value).toBe(4321);
  }, 60_000);
});
