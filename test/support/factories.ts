/**
 * The one place tests build goals and readings. `makeGoal` has one set of defaults (a Plausible
 * visitors goal for the first quarter of 2026); a room whose tests are about other figures (the
 * engine's 1,000 → 2,000, the report's article cases, the UI's autumn dates) passes them as
 * overrides, in the open, where its assertions can be read against them.
 */
import { addDays, dayOf } from '../../lib/goals/dates';
import type { Goal, Reading } from '../../lib/goals/schema';

export const GOAL_METRIC = { source: 'plausible', scope: 'example.com', key: 'visitors' };

export function makeGoal(over: Partial<Goal> = {}): Goal {
  return {
    id: 'g1',
    title: 'Grow monthly visitors to 20k',
    objective: 'More people discover the product',
    metric: GOAL_METRIC,
    direction: 'increase',
    accumulation: 'level',
    baseline: { value: 12000, date: '2026-01-01' },
    target: { value: 20000 },
    start: '2026-01-01',
    deadline: '2026-03-31',
    actions: [],
    notes: [],
    revisions: [],
    ...over,
  };
}

export function makeReading(
  metric: Reading['metric'],
  value: number,
  observedAt: string,
  over: Partial<Reading> = {},
): Reading {
  return { metric, value, unit: 'count', period: null, observedAt, ...over };
}

export interface SeriesOptions extends Partial<Omit<Reading, 'value' | 'period' | 'observedAt'>> {
  /** The default goal's metric unless given. */
  metric?: Reading['metric'];
  /** Period of each reading: none (a level), or from a fixed start through the reading's day. */
  periodStart?: string | null;
  /** Time of day of each reading (UTC); 09:00 unless given. */
  time?: string;
}

/** One reading a day from `from` to `to` inclusive, value = f(i, date), i = days since `from`. */
export function daily(
  from: string,
  to: string,
  f: (i: number, date: string) => number,
  o: SeriesOptions = {},
): Reading[] {
  const { metric = GOAL_METRIC, periodStart, time, ...rest } = o;
  const out: Reading[] = [];
  for (let i = 0; i <= dayOf(to) - dayOf(from); i++) {
    const date = addDays(from, i);
    out.push({
      metric,
      value: f(i, date),
      unit: 'count',
      period: periodStart ? { start: periodStart, end: date } : null,
      observedAt: `${date}T${time ?? '09:00:00.000Z'}`,
      ...rest,
    });
  }
  return out;
}
