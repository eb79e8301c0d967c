/** Builders for goal-engine tests: goals from the seed article and generated daily readings. */
import { addDays, dayOf } from '../../lib/goals/dates';
import type { Goal, Reading } from '../../lib/goals/schema';

export const NOW = new Date('2026-02-15T12:00:00.000Z');
export const metric = { source: 'shopify', scope: 'shop.example', key: 'sales' };

export function goal(over: Partial<Goal> = {}): Goal {
  return {
    id: 'g',
    title: 'Grow weekly visitors to 20k',
    objective: 'More people find the product',
    metric,
    direction: 'increase',
    accumulation: 'level',
    baseline: { value: 1000, date: '2026-01-01' },
    target: { value: 2000 },
    start: '2026-01-01',
    deadline: '2026-03-31',
    actions: [],
    notes: [],
    revisions: [],
    ...over,
  };
}

export interface SeriesOptions {
  metric?: Reading['metric'];
  unit?: Reading['unit'];
  precision?: number;
  /** Period of each reading: null for levels, or from a fixed start through the reading's day. */
  periodStart?: string | null;
  time?: string;
}

/** One reading a day from `from` to `to` inclusive, value = f(i) with i = days since `from`. */
export function daily(
  from: string,
  to: string,
  f: (i: number, date: string) => number,
  o: SeriesOptions = {},
): Reading[] {
  const out: Reading[] = [];
  const n = dayOf(to) - dayOf(from);
  for (let i = 0; i <= n; i++) {
    const date = addDays(from, i);
    out.push({
      metric: o.metric ?? metric,
      value: f(i, date),
      unit: o.unit ?? 'count',
      ...(o.precision !== undefined ? { precision: o.precision } : {}),
      period: o.periodStart ? { start: o.periodStart, end: date } : null,
      observedAt: `${date}T${o.time ?? '09:00:00.000Z'}`,
    });
  }
  return out;
}

/** Days from `a` to `b`. */
export const span = (a: string, b: string) => dayOf(b) - dayOf(a);
