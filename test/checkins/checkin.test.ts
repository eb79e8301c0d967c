import { describe, expect, it } from 'vitest';
import {
  checkDate,
  checkinBounds,
  checkinReading,
  expectedUnit,
  manualMetric,
  manualUnit,
} from '../../lib/checkins';
import { Reading } from '../../lib/goals/schema';
import { makeGoal } from '../support/factories';

const goal = makeGoal({ start: '2026-04-01', deadline: '2026-06-30' });

describe('check-in days', () => {
  it('a level may go back 90 days before the start (the history the engine reads), never past today', () => {
    expect(checkinBounds(goal, '2026-05-10')).toEqual({ min: '2026-01-01', max: '2026-05-10' });
    expect(checkDate('2026-05-10', goal, '2026-05-10')).toBeNull();
    expect(checkDate('2026-01-01', goal, '2026-05-10')).toBeNull();
    expect(checkDate('2025-12-31', goal, '2026-05-10')).toBe('date-too-early');
    expect(checkDate('2026-05-11', goal, '2026-05-10')).toBe('date-future');
  });

  it('a period total counts from the start; nothing after the deadline', () => {
    const total = makeGoal({ ...goal, accumulation: 'period-total' });
    expect(checkinBounds(total, '2026-07-15')).toEqual({ min: '2026-04-01', max: '2026-06-30' });
    expect(checkDate('2026-03-31', total, '2026-05-10')).toBe('date-too-early');
    expect(checkDate('2026-07-01', total, '2026-07-15')).toBe('date-after-deadline');
    expect(checkDate('2026-02-30', total, '2026-07-15')).toBe('date-invalid');
    expect(checkDate('yesterday', total, '2026-07-15')).toBe('date-invalid');
  });
});

describe('checkinReading', () => {
  const now = new Date('2026-05-10T08:30:00.000Z');
  const v = { value: 9.1, unit: 'percent' as const, precision: 0.05 };

  it('today’s is stamped now, a past day’s at noon UTC, marked as a check-in, valid as a Reading', () => {
    const today = checkinReading(goal, '2026-05-10', v, '  from the survey ', now);
    expect(today).toMatchObject({
      observedAt: '2026-05-10T08:30:00.000Z',
      origin: 'check-in',
      note: 'from the survey',
      period: null,
      value: 9.1,
      unit: 'percent',
      precision: 0.05,
    });
    expect(Reading.safeParse(today).success).toBe(true);
    const past = checkinReading(goal, '2026-05-08', v, '   ', now);
    expect(past.observedAt).toBe('2026-05-08T12:00:00.000Z');
    expect(past).not.toHaveProperty('note');
    expect(past.metric).toEqual({ source: 'plausible', scope: 'example.com', key: 'visitors' });
  });

  it('a period total’s covers the goal’s period up to that day', () => {
    const total = makeGoal({ ...goal, accumulation: 'period-total' });
    expect(checkinReading(total, '2026-05-08', v, undefined, now).period).toEqual({
      start: '2026-04-01',
      end: '2026-05-08',
    });
  });
});

describe('manual metrics and the unit a check-in must fit', () => {
  it('a manual metric carries its unit in its scope', () => {
    const m = manualMetric('goal-1', 'percent', ' Market share (%) ');
    expect(m).toEqual({
      source: 'manual',
      scope: 'percent',
      key: 'goal-1',
      label: 'Market share (%)',
    });
    expect(manualUnit(m)).toBe('percent');
    expect(manualUnit({ source: 'manual', scope: 'nonsense' })).toBeNull();
    expect(manualUnit({ source: 'plausible', scope: 'percent' })).toBeNull();
  });

  it('the manual unit wins; otherwise the newest reading’s; otherwise nothing yet', () => {
    const share = manualMetric('g', 'percent');
    expect(expectedUnit(share, null)).toEqual({ unit: 'percent' });
    expect(expectedUnit(share, { unit: 'count' })).toEqual({ unit: 'percent' });
    const sales = manualMetric('g', 'currency');
    expect(expectedUnit(sales, { unit: 'currency', currency: 'KRW' })).toEqual({
      unit: 'currency',
      currency: 'KRW',
    });
    const page = { source: 'plausible', scope: 'example.com' };
    expect(expectedUnit(page, { unit: 'count' })).toEqual({ unit: 'count' });
    expect(expectedUnit(page, null)).toBeNull();
  });
});
