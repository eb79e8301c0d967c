import { describe, expect, it, vi } from 'vitest';
import { evaluateAll } from '../../lib/service/evaluation';
import type { ServiceDeps } from '../../lib/service/deps';
import { addReadings, openPacerDb, putGoal, putSettings, type PacerDb } from '../../lib/store';
import { makeGoal, makeReading } from '../support/factories';

/** Deps around a real (fake-indexeddb) database, counting the expensive range reads. */
async function setup() {
  const db = await openPacerDb({ name: `eval-${Math.random()}` });
  const reads = vi.fn();
  // idb's database is itself a proxy: count range reads through a proxy of our own.
  const counted = new Proxy(db, {
    get(target, prop) {
      if (prop === 'getAllFromIndex')
        return (...args: Parameters<PacerDb['getAllFromIndex']>) => {
          reads();
          return target.getAllFromIndex(...args);
        };
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  let now = new Date('2026-02-15T12:00:00Z');
  const alerts: unknown[] = [];
  const deps = {
    db: async () => counted as PacerDb,
    now: () => now,
    alert: async (a: unknown[]) => void alerts.push(...a),
  } as unknown as ServiceDeps;
  return { db, reads, deps, alerts, setNow: (d: string) => (now = new Date(d)) };
}

const metric = (key: string) => ({ source: 'plausible', scope: 'a.com', key });

describe('evaluateAll caching', () => {
  it('re-reads only what changed: goals, one metric, settings, the day', async () => {
    const { db, reads, deps, setNow } = await setup();
    for (const key of ['visitors', 'visits', 'pageviews'])
      await putGoal(db, makeGoal({ id: key, metric: metric(key) }));
    await addReadings(db, [makeReading(metric('visitors'), 13000, '2026-02-14T10:00:00Z')]);

    const first = await evaluateAll(deps);
    expect(first.views).toHaveLength(3);
    expect(reads).toHaveBeenCalledTimes(3);

    reads.mockClear();
    const again = await evaluateAll(deps);
    expect(reads).toHaveBeenCalledTimes(0);
    expect(again.views.map((v) => v.evaluation)).toEqual(first.views.map((v) => v.evaluation));

    // A new reading of one metric re-evaluates that goal alone.
    await addReadings(db, [makeReading(metric('visits'), 5, '2026-02-15T10:00:00Z')]);
    reads.mockClear();
    const after = await evaluateAll(deps);
    expect(reads).toHaveBeenCalledTimes(1);
    expect(after.views.find((v) => v.goal.id === 'visits')!.evaluation.current).toBe(5);

    // An edited goal, changed settings, and a new day each invalidate what depends on them.
    await putGoal(
      db,
      makeGoal({ id: 'pageviews', metric: metric('pageviews'), title: 'Renamed goal' }),
    );
    reads.mockClear();
    await evaluateAll(deps);
    expect(reads).toHaveBeenCalledTimes(1);

    await putSettings(db, { tolerance: 0.2 });
    reads.mockClear();
    await evaluateAll(deps);
    expect(reads).toHaveBeenCalledTimes(3);

    setNow('2026-02-16T08:00:00Z');
    reads.mockClear();
    await evaluateAll(deps);
    expect(reads).toHaveBeenCalledTimes(3);
  });

  it('runs one evaluation at a time, so concurrent callers do not alert twice', async () => {
    const { db, deps, alerts } = await setup();
    await putGoal(db, makeGoal({ id: 'g', metric: metric('visitors') }));
    await addReadings(db, [
      makeReading(metric('visitors'), 12000, '2026-02-10T10:00:00Z'),
      makeReading(metric('visitors'), 12100, '2026-02-14T10:00:00Z'),
    ]);
    await evaluateAll(deps);
    // The goal is met now: every concurrent evaluation sees it, one alert results.
    await addReadings(db, [makeReading(metric('visitors'), 20500, '2026-02-15T09:00:00Z')]);
    await Promise.all([evaluateAll(deps), evaluateAll(deps), evaluateAll(deps)]);
    expect(alerts).toEqual([{ kind: 'achieved', goalId: 'g', title: makeGoal().title }]);
  });
});
