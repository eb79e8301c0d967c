import { describe, expect, it } from 'vitest';
import { Goal, IsoDate, parseOrExplain, Reading } from '../../lib/goals/schema';
import { Export } from '../../lib/goals/export';
import { makeGoal } from '../support/factories';

const goal = makeGoal();

describe('schemas', () => {
  it('accepts a well-formed goal and reading', () => {
    expect(Goal.safeParse(goal).success).toBe(true);
    const reading = {
      metric: goal.metric,
      value: 1,
      unit: 'count',
      period: null,
      observedAt: '2026-01-02T10:00:00.000Z',
    };
    expect(Reading.safeParse(reading).success).toBe(true);
  });

  it('names the first bad field', () => {
    const bad = parseOrExplain(Export, {
      format: 'pacer',
      version: 1,
      exportedAt: '2026-01-02T10:00:00Z',
      goals: [goal, { ...goal, deadline: '2026-02-30' }],
      readings: [],
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toBe('goals.1.deadline: expected a date as YYYY-MM-DD');
  });

  it('rejects a deadline before the start and a target with both forms', () => {
    const r = parseOrExplain(Goal, { ...goal, deadline: '2025-12-01' });
    expect(r.ok ? '' : r.path).toBe('deadline');
    expect(Goal.safeParse({ ...goal, target: { value: 1, changePercent: 3 } }).success).toBe(false);
  });

  it('validates calendar dates', () => {
    expect(IsoDate.safeParse('2024-02-29').success).toBe(true);
    expect(IsoDate.safeParse('2025-02-29').success).toBe(false);
    expect(IsoDate.safeParse('2025-1-01').success).toBe(false);
  });
});
