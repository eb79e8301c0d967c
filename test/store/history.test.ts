/**
 * Writing an imported history: one transaction, duplicates by metric + day + period skipped, and
 * the goal has a projection on the day of the import.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, type Reading } from '../../lib/goals';
import { analyseBytes, mappingFor, pickColumn, planImport } from '../../lib/history';
import { PROTOCOL } from '../../lib/messaging/protocol';
import { addReadings, importHistory, openPacerDb, readingsFor } from '../../lib/store';
import { makeGoal, makeReading } from '../support/factories';

const freshDb = () => openPacerDb({ name: `pacer-history-${Math.random()}` });

const goal = makeGoal({
  id: 'pv',
  title: 'Pageviews this quarter',
  metric: { source: 'plausible', scope: 'example.com', key: 'pageviews' },
  accumulation: 'period-total',
  baseline: { value: 0, date: '2026-09-01' },
  target: { value: 90000 },
  start: '2026-09-01',
  deadline: '2026-11-30',
});

function plausiblePlan(): Reading[] {
  const r = analyseBytes(
    new Uint8Array(readFileSync(join(__dirname, '../fixtures/csv/plausible-visitors.csv'))),
  );
  if (!r.ok) throw new Error(r.error);
  const col = pickColumn(r.analysis, 'pageviews')!;
  const m = mappingFor(r.analysis, { column: col.index });
  if (!m.ok) throw new Error(m.missing);
  const plan = planImport(
    r.analysis.table,
    m.mapping,
    { ...goal, metric: goal.metric },
    '2026-09-30',
  );
  expect(plan.errors).toEqual([]);
  return plan.readings;
}

describe('importHistory', () => {
  it('writes the plan, and the goal has a projection the same day', async () => {
    const db = await freshDb();
    const readings = plausiblePlan();
    expect(await importHistory(db, readings)).toEqual({ added: 30, skipped: 0 });
    const stored = await readingsFor(db, goal.metric);
    expect(stored).toHaveLength(30);
    const e = evaluate(goal, stored, new Date('2026-09-30T15:00:00Z'));
    expect(e.current).toBe(readings.at(-1)!.value);
    expect(e.projected).not.toBeNull();
    expect(e.status).not.toBe('no-data');
  });

  it('importing the same file twice adds nothing the second time', async () => {
    const db = await freshDb();
    await importHistory(db, plausiblePlan());
    expect(await importHistory(db, plausiblePlan())).toEqual({ added: 0, skipped: 30 });
    expect(await readingsFor(db, goal.metric)).toHaveLength(30);
  });

  it('keeps a day’s reading over the same period; another period is another figure', async () => {
    const db = await freshDb();
    const readings = plausiblePlan();
    const day5 = readings[4]!;
    await addReadings(db, [
      // Seen on the dashboard that day over the same range: the import skips that day.
      makeReading(goal.metric, 4000, '2026-09-05T10:00:00.000Z', { period: day5.period }),
      // The "last 30 days" figure the same day is a different number.
      makeReading(goal.metric, 25000, '2026-09-06T10:00:00.000Z', {
        period: { start: '2026-08-08', end: '2026-09-06' },
      }),
    ]);
    expect(await importHistory(db, readings)).toEqual({ added: 29, skipped: 1 });
  });

  it('writes all or nothing', async () => {
    const db = await freshDb();
    const readings = plausiblePlan();
    // A value IndexedDB cannot store, late in the batch, fails the whole transaction.
    const bad = { ...readings[20]!, note: (() => 1) as unknown as string };
    await expect(importHistory(db, [...readings.slice(0, 20), bad])).rejects.toThrow();
    expect(await readingsFor(db, goal.metric)).toEqual([]);
  });
});

describe('history.import message', () => {
  const schema = PROTOCOL['history.import'].request;
  it('accepts a planned import and refuses readings that do not say they were imported', () => {
    const readings = plausiblePlan();
    expect(schema.safeParse({ readings }).success).toBe(true);
    const { origin: _o, ...plain } = readings[0]!;
    expect(schema.safeParse({ readings: [plain] }).success).toBe(false);
    const misdated = { ...readings[0]!, observedAt: '2026-09-03T00:00:00.000Z' };
    expect(schema.safeParse({ readings: [misdated] }).success).toBe(false);
    expect(schema.safeParse({ readings: [] }).success).toBe(false);
  });
});
