import type { Goal, Reading } from '../../lib/goals/schema';

export function makeGoal(over: Partial<Goal> = {}): Goal {
  return {
    id: 'g1',
    title: 'Grow monthly visitors to 20k',
    objective: 'More people discover the product',
    metric: { source: 'plausible', scope: 'example.com', key: 'visitors' },
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
