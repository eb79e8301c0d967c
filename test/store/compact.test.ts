/**
 * Retention on a seeded large database (fake-indexeddb): full detail for 35 days, then the last
 * reading of each metric, day, period and unit; check-ins kept; goal evaluations unchanged.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, metricId, type Reading } from '../../lib/goals';
import { instantDay } from '../../lib/goals/dates';
import {
  compactReadings,
  COMPACTED_KEY,
  openPacerDb,
  readingsFor,
  RETENTION,
} from '../../lib/store';
import { getStamps } from '../../lib/store/stamps';
import type { StoredReading } from '../../lib/store/schema';
import { makeReading } from '../support/factories';
import { history, seedReadings } from './seed';

const NOW = new Date('2026-02-15T12:00:00.000Z');
const DAY_MS = 86_400_000;
const cutoffDay = Math.floor(NOW.getTime() / DAY_MS) - RETENTION.detailDays + 1;
const freshDb = () => openPacerDb({ name: `compact-${Math.random()}` });

/** What compaction must keep: recent rows, origins, and per group the rows at its last instant. */
function expectedKept(rows: StoredReading[]): Set<number> {
  const latest = new Map<string, number>();
  const groupOf = (r: StoredReading) =>
    [r.metricId, instantDay(r.observedAt), JSON.stringify(r.period), r.unit, r.currency].join('|');
  for (const r of rows) {
    if (r.origin || instantDay(r.observedAt) >= cutoffDay) continue;
    const g = groupOf(r);
    latest.set(g, Math.max(latest.get(g) ?? -Infinity, Date.parse(r.observedAt)));
  }
  return new Set(
    rows
      .filter(
        (r) =>
          r.origin ||
          instantDay(r.observedAt) >= cutoffDay ||
          Date.parse(r.observedAt) === latest.get(groupOf(r)),
      )
      .map((r) => r.seq!),
  );
}

const verdict = ({ excluded: _e, ...rest }: ReturnType<typeof evaluate>) => rest;

describe('compactReadings', () => {
  it('compacts 100,000 readings in batches and leaves every evaluation as it was', async () => {
    const h = history(20, 400, 12, NOW);
    expect(h.readings.length).toBeGreaterThan(95_000);
    const db = await freshDb();
    await seedReadings(db, h.readings);
    const before = await db.getAll('readings');
    const keep = expectedKept(before);
    const evaluations = async (now: Date) =>
      Promise.all(
        h.goals.map(async (g) => verdict(evaluate(g, await readingsFor(db, g.metric), now))),
      );
    // Now, and as of the end of a day 50 and 80 days ago (a report replays past days; within a
    // compacted day the engine only ever used its last reading, so that is when it is the same).
    const dayEnd = (daysAgo: number) =>
      new Date((Math.floor(NOW.getTime() / DAY_MS) - daysAgo + 1) * DAY_MS - 1);
    const nows = [NOW, dayEnd(50), dayEnd(80)];
    const evalBefore = await Promise.all(nows.map(evaluations));
    const stampsBefore = await getStamps(db);

    let pauses = 0;
    const r = await compactReadings(db, NOW, RETENTION, {
      batch: 10_000,
      pause: async () => void pauses++,
    });
    const after = await db.getAll('readings');
    expect(new Set(after.map((x) => x.seq))).toEqual(keep);
    expect(r.deleted).toBe(before.length - after.length);
    // 35 days of full detail; before them one reading per metric and day (two on the days a
    // 7-day range was viewed too), plus the check-ins.
    const old = (x: StoredReading) => instantDay(x.observedAt) < cutoffDay;
    const oldDays = new Set(
      before.filter(old).map((x) => `${x.metricId}|${instantDay(x.observedAt)}`),
    );
    expect(after.filter((x) => old(x) && !x.origin).length).toBeLessThanOrEqual(
      oldDays.size * 1.2 + 1,
    );
    expect(after.filter((x) => !old(x))).toHaveLength(before.filter((x) => !old(x)).length);
    expect(r.batches).toBeGreaterThan(1);
    expect(pauses).toBe(r.batches - 1);
    // Check-ins survive whatever day they are on.
    expect(after.filter((x) => x.origin === 'check-in')).toHaveLength(
      before.filter((x) => x.origin === 'check-in').length,
    );
    expect(await Promise.all(nows.map(evaluations))).toEqual(evalBefore);
    // The evaluation cache hears of the change (stamps bumped for the metrics it touched).
    expect((await getStamps(db)).counter).toBeGreaterThan(stampsBefore.counter);

    // The next day's run looks only at the day that left the detail window.
    expect(await db.get('settings', COMPACTED_KEY)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const next = await compactReadings(db, new Date(NOW.getTime() + DAY_MS));
    expect(next.scanned).toBeLessThan(20 * 4 * 30);
    // That day had 12 readings of each metric’s 30-day view: 11 go.
    expect(next.deleted).toBe(20 * 11);
    const day = cutoffDay; // the day that just left the window
    const left = (await db.getAll('readings')).filter(
      (x) => instantDay(x.observedAt) === day && !x.origin,
    );
    // One per metric and period seen that day.
    expect(left.length).toBe(
      new Set(left.map((x) => `${x.metricId}|${JSON.stringify(x.period)}`)).size,
    );
  }, 300_000);

  it('keeps same-instant readings, never drops check-ins or imports, and handles offset times', async () => {
    const db = await freshDb();
    const m = { source: 'ga4', scope: '1', key: 'users' };
    const old = (t: string, value: number, over: Partial<Reading> = {}) =>
      makeReading(m, value, t, over);
    await seedReadings(db, [
      old('2025-11-01T08:00:00.000Z', 1),
      old('2025-11-01T09:00:00.000Z', 2, { origin: 'import' }),
      old('2025-11-01T10:00:00.000Z', 3),
      old('2025-11-01T10:00:00.000Z', 4),
      old('2025-11-01T07:00:00.000Z', 5, { origin: 'check-in' }),
      // 23:30 on Nov 1 in UTC, written with an offset that sorts it under Nov 2.
      old('2025-11-02T08:30:00.000+09:00', 6),
      old('2025-11-02T12:00:00.000Z', 7),
      old('2025-11-03T09:00:00.000Z', 10),
      old('2025-11-03T10:00:00.000Z', 11), // two figures seen at the same last instant: both stay
      old('2025-11-03T10:00:00.000Z', 12),
      old('2026-02-10T12:00:00.000Z', 8), // recent
      old('2026-02-10T13:00:00.000Z', 9),
    ]);
    const before = (await readingsFor(db, m)).map((r) => r.value).sort();
    await compactReadings(db, NOW, RETENTION, { batch: 2 });
    const values = (await readingsFor(db, m)).map((r) => r.value).sort();
    expect(values).toEqual([11, 12, 2, 5, 6, 7, 8, 9]);
    expect(before).toHaveLength(12);
  });

  it('an empty database, and a run with nothing new, do nothing', async () => {
    const db = await freshDb();
    expect(await compactReadings(db, NOW)).toMatchObject({ deleted: 0 });
    expect(await compactReadings(db, NOW)).toEqual({ scanned: 0, deleted: 0, batches: 0 });
    expect(metricId({ source: 'a', scope: 'b', key: 'c' })).toBe('a/b/c');
  });
});
