/**
 * Which days a report covers. Convention: a report covers the last COMPLETE calendar week
 * (Monday–Sunday, as ISO 8601 and Korean business weeks run), month or quarter before the one
 * containing the report date — the way a Monday stand-up reviews last week and a monthly review
 * on the 3rd reviews last month. Complete periods keep reports comparable: the figures of last
 * week's report do not shift when it is generated again on Wednesday, and the previous period is
 * simply the one before. Days are UTC days, as everywhere in the goal engine.
 */
import {
  addDays,
  addMonths,
  dayOfDate,
  isoOf,
  monthStart,
  quarterStart,
  weekdayOf,
} from '../goals/dates';

export type PeriodKind = 'week' | 'month' | 'quarter';

/** Inclusive `YYYY-MM-DD` bounds. */
export interface DayRange {
  start: string;
  end: string;
}

/** The complete period before the one containing `day` (`YYYY-MM-DD`). */
function before(kind: PeriodKind, day: string): DayRange {
  if (kind === 'week') {
    const d = dayOfDate(new Date(`${day}T00:00:00Z`));
    const monday = d - ((weekdayOf(d) + 6) % 7); // weekdayOf: 0 = Sunday
    return { start: isoOf(monday - 7), end: isoOf(monday - 1) };
  }
  const current = kind === 'month' ? monthStart(day) : quarterStart(day);
  const months = kind === 'month' ? 1 : 3;
  return { start: addMonths(current, -months), end: addDays(current, -1) };
}

/** The period a report made at `reportDate` covers, and the one before it (for "change since"). */
export function reportPeriods(
  kind: PeriodKind,
  reportDate: Date,
): { period: DayRange; previous: DayRange } {
  const period = before(kind, isoOf(dayOfDate(reportDate)));
  return { period, previous: before(kind, period.start) };
}

/** The last instant of a day: a goal evaluated "as of the period end" sees that whole day. */
export const endOfDay = (iso: string): Date => new Date(`${iso}T23:59:59.999Z`);
