import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, dayOf, isoOf } from '../../lib/goals/dates';
import { reportPeriods, type PeriodKind } from '../../lib/report';

const at = (iso: string) => new Date(iso);

describe('reportPeriods: the last complete period before the report date', () => {
  it('weeks run Monday to Sunday; a Monday report covers the week just ended', () => {
    expect(reportPeriods('week', at('2026-03-04T10:00:00Z'))).toEqual({
      period: { start: '2026-02-23', end: '2026-03-01' },
      previous: { start: '2026-02-16', end: '2026-02-22' },
    });
    expect(reportPeriods('week', at('2026-03-02T00:00:00Z')).period.end).toBe('2026-03-01');
    // Sunday evening: this week is not over yet, so it is still last week's report.
    expect(reportPeriods('week', at('2026-03-01T23:59:00Z')).period.end).toBe('2026-02-22');
  });

  it('months are calendar months, leap Februaries included', () => {
    expect(reportPeriods('month', at('2026-03-01T00:00:00Z'))).toEqual({
      period: { start: '2026-02-01', end: '2026-02-28' },
      previous: { start: '2026-01-01', end: '2026-01-31' },
    });
    expect(reportPeriods('month', at('2026-03-31T23:00:00Z')).period.start).toBe('2026-02-01');
    expect(reportPeriods('month', at('2024-03-15T00:00:00Z')).period.end).toBe('2024-02-29');
    expect(reportPeriods('month', at('2026-01-05T00:00:00Z')).previous).toEqual({
      start: '2025-11-01',
      end: '2025-11-30',
    });
  });

  it('quarters are calendar quarters', () => {
    expect(reportPeriods('quarter', at('2026-04-02T00:00:00Z'))).toEqual({
      period: { start: '2026-01-01', end: '2026-03-31' },
      previous: { start: '2025-10-01', end: '2025-12-31' },
    });
    expect(reportPeriods('quarter', at('2026-01-15T00:00:00Z')).period).toEqual({
      start: '2025-10-01',
      end: '2025-12-31',
    });
  });

  it('always: complete, just before the report day, previous period abutting', () => {
    const kinds = fc.constantFrom<PeriodKind>('week', 'month', 'quarter');
    const day = fc.integer({ min: dayOf('2000-01-01'), max: dayOf('2100-12-31') });
    const MS = 86_400_000;
    fc.assert(
      fc.property(kinds, day, fc.integer({ min: 0, max: MS - 1 }), (kind, d, ms) => {
        const { period, previous } = reportPeriods(kind, new Date(d * MS + ms));
        const len = dayOf(period.end) - dayOf(period.start) + 1;
        const [min, max] = { week: [7, 7], month: [28, 31], quarter: [90, 92] }[kind];
        expect(len).toBeGreaterThanOrEqual(min!);
        expect(len).toBeLessThanOrEqual(max!);
        // Over before the report day, and the report day is in the period right after it.
        expect(dayOf(period.end)).toBeLessThan(d);
        expect(d - dayOf(period.end)).toBeLessThanOrEqual(max!);
        // A report made on the first day of the next period reports the same one.
        const first = dayOf(addDays(period.end, 1));
        expect(reportPeriods(kind, new Date(first * MS)).period).toEqual(period);
        expect(reportPeriods(kind, new Date(first * MS - 1)).period).toEqual(previous);
        expect(addDays(previous.end, 1)).toBe(period.start);
        expect(isoOf(dayOf(period.start))).toBe(period.start);
      }),
    );
  });
});
