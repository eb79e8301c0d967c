import { describe, expect, it } from 'vitest';
import { createRouter } from '../../lib/messaging/router';
import type { PageBreakdown, PageRead } from '../../lib/messaging/schemas';
import type { ServiceDeps } from '../../lib/service/deps';
import { registerHandlers } from '../../lib/service/handlers';
import { toBreakdowns } from '../../lib/service/page-breakdowns';
import type { TabState } from '../../lib/service/tab-state';
import {
  admitBreakdowns,
  admitReadings,
  BUDGET_ALARM,
  takeTabBreakdowns,
  watchWriteBudget,
} from '../../lib/service/write-budget-session';
import type { Reading } from '../../lib/goals/schema';
import type { StoredBreakdown } from '../../lib/store/schema';
import { makeReading } from '../support/factories';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { vi } from 'vitest';
import { openPacerDb, putGoal } from '../../lib/store';
import { makeGoal } from '../support/factories';
import { breakdownsFor, putBreakdowns } from '../../lib/store/breakdowns';
import { BREAKDOWN_RETENTION, compactBreakdowns } from '../../lib/store/compact-breakdowns';

const T0 = Date.parse('2026-11-30T12:00:00.000Z');
const MIN = 60_000;

const sources = (google: number): PageBreakdown => ({
  dimension: 'sources',
  key: 'visitors',
  unit: 'count',
  rows: [
    { label: 'Google', value: google, precision: 0 },
    { label: 'Direct', value: 900, precision: 0 },
  ],
});

function pageRead(over: Partial<PageRead> = {}, google = 1000): PageRead {
  return {
    source: 'plausible',
    scope: 'example.com',
    period: { start: '2026-11-23', end: '2026-11-29' },
    figures: [
      { key: 'visitors', label: 'Visitors', value: 2000, unit: 'count', precision: 0, text: '2k' },
    ],
    breakdowns: [sources(google)],
    ...over,
  };
}

async function harness(budgeted: boolean | ServiceDeps['breakdownBudget'] = true) {
  const db = await openPacerDb({ name: `breakdowns-${Math.random()}` });
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
    ...(budgeted ? { breakdownBudget: budgeted === true ? admitBreakdowns : budgeted } : {}),
    alert: async () => {},
    changed: async () => {},
  };
  const router = createRouter({
    extensionId: 'pacer-id',
    extensionOrigin: 'chrome-extension://pacer-id/',
    isAllowedPage: (u) => u.hostname === 'plausible.io' || u.hostname === 'stats.example.net',
  });
  registerHandlers(router, deps);
  const send = (read: PageRead, url = 'https://plausible.io/example.com') =>
    router.handle(
      { type: 'page.read', payload: { read } },
      { id: 'pacer-id', url, frameId: 0, tab: { id: 7 } },
    );
  const ask = (
    goalIds: string[],
    sender: object = { id: 'pacer-id', url: 'chrome-extension://pacer-id/sidepanel.html' },
  ) => router.handle({ type: 'movers.get', payload: { goalIds } }, sender);
  return { db, send, ask, tick: (ms: number) => (clock += ms) };
}

describe('breakdowns from a page read', () => {
  it('stores a known period’s tables on the headline metric, under the figure’s view', () => {
    const view = { id: 'page=/pricing', label: 'page is /pricing' };
    const filtered = pageRead({
      view,
      figures: [
        {
          key: 'visitors~page=/pricing',
          label: 'Visitors',
          value: 20,
          unit: 'count',
          precision: 0,
          text: '20',
        },
      ],
    });
    const [b] = toBreakdowns(filtered, new Date(T0));
    expect(b).toMatchObject({
      metricId: 'plausible/example.com/visitors~page=/pricing',
      dimension: 'sources',
      period: { start: '2026-11-23', end: '2026-11-29' },
      unit: 'count',
    });
    expect(b!.id).toBe(`${b!.metricId}|sources|2026-11-23..2026-11-29|${b!.day}`);
    // No period: nothing is comparable. A table of a metric not among the figures: not stored.
    expect(toBreakdowns(pageRead({ period: null }), new Date(T0))).toEqual([]);
    expect(
      toBreakdowns(pageRead({ breakdowns: [{ ...sources(5), key: 'pageviews' }] }), new Date(T0)),
    ).toEqual([]);
  });

  it('page.read stores them after the identity check: a self-hosted copy writes its own scope', async () => {
    const { db, send } = await harness(false);
    await send(pageRead());
    expect(await breakdownsFor(db, 'plausible/example.com/visitors')).toHaveLength(1);
    await send(pageRead({}, 5), 'https://stats.example.net/example.com');
    // Never the Plausible Cloud site's metric…
    expect((await breakdownsFor(db, 'plausible/example.com/visitors'))[0]!.rows[0]!.value).toBe(
      1000,
    );
    // …but its own, qualified with its host.
    expect(
      await breakdownsFor(db, 'plausible/stats.example.net/example.com/visitors'),
    ).toHaveLength(1);
    // A source that host may not write: refused with the figures.
    await send(pageRead({ source: 'ga4', scope: 'p1' }));
    expect(await breakdownsFor(db, 'ga4/p1/visitors')).toEqual([]);
  });

  it('keeps one record per metric, table, period and day: the latest read wins', async () => {
    const { db, send, tick } = await harness(false);
    await send(pageRead({}, 1000));
    tick(30 * MIN);
    await send(pageRead({}, 1100));
    const [only, ...rest] = await breakdownsFor(db, 'plausible/example.com/visitors');
    expect(rest).toEqual([]);
    expect(only!.rows[0]!.value).toBe(1100);
    tick(24 * 60 * MIN);
    await send(pageRead({}, 1200));
    expect(await breakdownsFor(db, 'plausible/example.com/visitors')).toHaveLength(2);
  });

  it('a failure to store them never loses the page read', async () => {
    const { db, send } = await harness(async () => {
      throw new Error('quota');
    });
    expect(await send(pageRead())).toEqual({ stored: 1 });
    expect(await breakdownsFor(db, 'plausible/example.com/visitors')).toEqual([]);
  });

  it('skips the write when the rows are unchanged', async () => {
    const { db } = await harness(false);
    const [b] = toBreakdowns(pageRead(), new Date(T0));
    expect(await putBreakdowns(db, [b!])).toHaveLength(1);
    expect(
      await putBreakdowns(db, [{ ...b!, observedAt: new Date(T0 + MIN).toISOString() }]),
    ).toEqual([]);
    const changed = { ...b!, rows: [{ label: 'Google', value: 1, precision: 0 }] };
    expect(await putBreakdowns(db, [changed])).toHaveLength(1);
  });

  it('a page re-read every 5 seconds for an hour rewrites its tables a handful of times', async () => {
    const { db, send, tick } = await harness(true);
    let writes = 0;
    let stored: number | undefined;
    for (let i = 0; i < 720; i++) {
      await send(pageRead({}, 1000 + i)); // the rows change on every read
      // Every write stores a new value: count the changes of the stored record.
      const now = (await breakdownsFor(db, 'plausible/example.com/visitors'))[0]?.rows[0]?.value;
      if (now !== stored) writes++;
      stored = now;
      tick(5000);
    }
    // 3 at once, then one per 10 minutes: 3 + 6 — not 720.
    expect(writes).toBeGreaterThanOrEqual(3);
    expect(writes).toBeLessThanOrEqual(9);
    // The tab closes: the pending latest is handed over to be stored, so the day's latest wins.
    const pending = await takeTabBreakdowns(7);
    expect(pending.map((b) => b.rows[0]!.value)).toEqual([1719]);
  });
});

describe('pending breakdowns', () => {
  it('the budget alarm stores pending readings and breakdowns alike; a closed tab hands both over', async () => {
    const readings = vi.fn(async (_r: Reading[]) => {});
    const tables = vi.fn(async (_b: StoredBreakdown[]) => {});
    watchWriteBudget(readings, tables);
    const at = (ms: number, google: number) => toBreakdowns(pageRead({}, google), new Date(ms));
    const reading = (ms: number, v: number) =>
      makeReading(
        { source: 'plausible', scope: 'example.com', key: 'visitors' },
        v,
        new Date(ms).toISOString(),
      );
    for (let i = 0; i < 4; i++) {
      await admitBreakdowns(9, at(T0 + i, 1000 + i), new Date(T0 + i));
      await admitReadings(9, [reading(T0 + i, i)], new Date(T0 + i));
    }
    const alarm = await fakeBrowser.alarms.get(BUDGET_ALARM);
    expect(alarm).toBeDefined();
    vi.setSystemTime(alarm!.scheduledTime);
    try {
      await fakeBrowser.alarms.onAlarm.trigger(alarm!);
      await vi.waitFor(() => expect(tables).toHaveBeenCalledTimes(1));
    } finally {
      vi.useRealTimers();
    }
    expect(readings.mock.calls[0]![0].map((r) => r.value)).toEqual([3]);
    expect(tables.mock.calls[0]![0].map((b) => b.rows[0]!.value)).toEqual([1003]);
    // Held back again, then the tab closes: the latest table is handed over, not dropped.
    await admitBreakdowns(9, at(T0 + 10, 1010), new Date(T0 + 10));
    await fakeBrowser.tabs.onRemoved.trigger(9, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(() => expect(tables).toHaveBeenCalledTimes(2));
    expect(tables.mock.calls[1]![0].map((b) => b.rows[0]!.value)).toEqual([1010]);
  });
});

describe('movers.get', () => {
  it("answers each goal's movers from its metric's stored breakdowns, in one message", async () => {
    const { db, send, ask, tick } = await harness(false);
    await putGoal(db, makeGoal({ id: 'g1' }));
    await putGoal(db, makeGoal({ id: 'g2', metric: { ...makeGoal().metric, key: 'pageviews' } }));
    expect(await ask(['g1', 'g2', 'gone'])).toEqual({
      movers: {
        g1: { status: 'none', reason: 'no-breakdowns' },
        g2: { status: 'none', reason: 'no-breakdowns' },
      },
    });
    // The week before, read the day after it ended; then this week, a week later.
    tick(-7 * 24 * 60 * MIN);
    await send(pageRead({ period: { start: '2026-11-16', end: '2026-11-22' } }, 3000));
    tick(7 * 24 * 60 * MIN);
    await send(pageRead({}, 1000));
    const r = (await ask(['g1'])) as { movers: Record<string, unknown> };
    expect(r.movers.g1).toEqual({
      status: 'ok',
      current: { start: '2026-11-23', end: '2026-11-29' },
      earlier: { start: '2026-11-16', end: '2026-11-22' },
      movers: [expect.objectContaining({ label: 'Google', before: 3000, after: 1000 })],
    });
  });

  it('finds an earlier period read long before, beyond the recent reads it tries first', async () => {
    const { db, send, ask, tick } = await harness(false);
    await putGoal(db, makeGoal({ id: 'g1' }));
    const q = (start: string, end: string) => ({ period: { start, end } });
    // Q2 read on 1 July, Q3 read on 1 October: 92 days apart (Q2 has 91 days, Q3 92: not
    // comparable); the same 91-day length instead — Apr 1–Jun 30 against Jul 1–Sep 29.
    tick(Date.parse('2026-07-01T12:00:00Z') - T0);
    await send(pageRead(q('2026-04-01', '2026-06-30'), 3000));
    tick(92 * 24 * 60 * MIN);
    await send(pageRead(q('2026-07-01', '2026-09-29'), 1000));
    const r = (await ask(['g1'])) as { movers: Record<string, { status: string }> };
    expect(r.movers.g1).toMatchObject({
      status: 'ok',
      earlier: { start: '2026-04-01', end: '2026-06-30' },
    });
  });

  it('is refused to a dashboard page, and to more than 200 goals', async () => {
    const { ask } = await harness(false);
    const tab = {
      id: 'pacer-id',
      url: 'https://plausible.io/example.com',
      frameId: 0,
      tab: { id: 7 },
    };
    expect(await ask(['g1'], tab)).toBeNull();
    expect(await ask(Array.from({ length: 201 }, (_, i) => `g${i}`))).toBeNull();
  });
});

describe('breakdown retention', () => {
  it(`deletes records older than ${BREAKDOWN_RETENTION.keepDays} days, in batches`, async () => {
    const db = await openPacerDb({ name: `breakdown-retention-${Math.random()}` });
    const [b] = toBreakdowns(pageRead(), new Date(T0));
    const day = (n: number) => new Date(T0 - n * 86_400_000).toISOString().slice(0, 10);
    const ages = [0, 1, 398, 399, 400, 401, 500, 900];
    await putBreakdowns(
      db,
      ages.map((n) => ({ ...b!, id: `${b!.id}-${n}`, day: day(n) })),
    );
    const r = await compactBreakdowns(db, new Date(T0), BREAKDOWN_RETENTION, { batch: 2 });
    expect(r.deleted).toBe(4);
    expect(r.batches).toBeGreaterThan(1);
    const left = (await breakdownsFor(db, b!.metricId)).map((x) => x.day);
    expect(left.sort()).toEqual([day(399), day(398), day(1), day(0)]);
    expect(await compactBreakdowns(db, new Date(T0))).toEqual({ deleted: 0, batches: 1 });
  });
});
