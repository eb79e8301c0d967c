import { describe, expect, it } from 'vitest';
import { localIsoDay } from '../../lib/goals/dates';
import { oneCadenceAfter, reviewDue } from '../../lib/review/due';

const goal = (start: string, closed = false) => ({
  start,
  ...(closed ? { closed: { date: start, outcome: 'achieved' as const, lesson: '' } } : {}),
});

describe('oneCadenceAfter', () => {
  it('steps a week, a month or a quarter on the calendar, clamping to the month’s end', () => {
    expect(oneCadenceAfter('2026-01-31', 'weekly')).toBe('2026-02-07');
    expect(oneCadenceAfter('2026-01-31', 'monthly')).toBe('2026-02-28');
    expect(oneCadenceAfter('2028-01-31', 'monthly')).toBe('2028-02-29');
    expect(oneCadenceAfter('2026-03-15', 'monthly')).toBe('2026-04-15');
    expect(oneCadenceAfter('2026-11-30', 'quarterly')).toBe('2027-02-28');
    expect(oneCadenceAfter('2026-12-31', 'weekly')).toBe('2027-01-07');
  });
});

describe('reviewDue', () => {
  const base = { cadence: 'monthly' as const, goals: [goal('2026-01-01')] };

  it('is due one month after the last review, not a day before', () => {
    expect(reviewDue({ ...base, today: '2026-02-27', lastReviewDate: '2026-01-28' })).toEqual({
      due: false,
      dueSince: null,
    });
    expect(reviewDue({ ...base, today: '2026-02-28', lastReviewDate: '2026-01-28' })).toEqual({
      due: true,
      dueSince: '2026-02-28',
    });
  });

  it('Jan 31 → Feb 28 in a common year and Feb 29 in a leap year', () => {
    const jan31 = { ...base, lastReviewDate: '2026-01-31' };
    expect(reviewDue({ ...jan31, today: '2026-02-27' }).due).toBe(false);
    expect(reviewDue({ ...jan31, today: '2026-02-28' })).toEqual({
      due: true,
      dueSince: '2026-02-28',
    });
    const leap = { ...base, lastReviewDate: '2028-01-31' };
    expect(reviewDue({ ...leap, today: '2028-02-28' }).due).toBe(false);
    expect(reviewDue({ ...leap, today: '2028-02-29' }).dueSince).toBe('2028-02-29');
  });

  it('weekly and quarterly', () => {
    const w = { ...base, cadence: 'weekly' as const, lastReviewDate: '2026-03-02' };
    expect(reviewDue({ ...w, today: '2026-03-08' }).due).toBe(false);
    expect(reviewDue({ ...w, today: '2026-03-09' }).dueSince).toBe('2026-03-09');
    const q = { ...base, cadence: 'quarterly' as const, lastReviewDate: '2026-01-15' };
    expect(reviewDue({ ...q, today: '2026-04-14' }).due).toBe(false);
    // Still due weeks later: dueSince stays the day it became due.
    expect(reviewDue({ ...q, today: '2026-05-20' })).toEqual({
      due: true,
      dueSince: '2026-04-15',
    });
  });

  it('before the first review, counts from the oldest open goal’s start', () => {
    const goals = [goal('2026-03-10'), goal('2026-02-05'), goal('2025-06-01', true)];
    const input = { cadence: 'monthly' as const, lastReviewDate: null, goals };
    // The closed goal's older start does not count.
    expect(reviewDue({ ...input, today: '2026-03-04' }).due).toBe(false);
    expect(reviewDue({ ...input, today: '2026-03-05' })).toEqual({
      due: true,
      dueSince: '2026-03-05',
    });
  });

  it('is never due when off, or when no goal is open', () => {
    expect(
      reviewDue({ ...base, cadence: 'off', today: '2030-01-01', lastReviewDate: '2026-01-01' }),
    ).toEqual({ due: false, dueSince: null });
    expect(
      reviewDue({
        cadence: 'weekly',
        today: '2030-01-01',
        lastReviewDate: null,
        goals: [goal('2026-01-01', true)],
      }),
    ).toEqual({ due: false, dueSince: null });
    expect(
      reviewDue({ cadence: 'weekly', today: '2030-01-01', lastReviewDate: null, goals: [] }).due,
    ).toBe(false);
  });
});

describe('localIsoDay', () => {
  it('is the clock’s local calendar day, so a DST change cannot shift it', () => {
    // 2026-03-29 01:30 UTC is the night Europe moves its clocks; the local day is what counts.
    const d = new Date(2026, 2, 29, 0, 30);
    expect(localIsoDay(d)).toBe('2026-03-29');
    const late = new Date(2026, 9, 25, 23, 59);
    expect(localIsoDay(late)).toBe('2026-10-25');
    // Dates only: a weekly review across the change is still 7 calendar days.
    expect(oneCadenceAfter('2026-03-25', 'weekly')).toBe('2026-04-01');
    expect(oneCadenceAfter('2026-10-22', 'weekly')).toBe('2026-10-29');
  });
});
