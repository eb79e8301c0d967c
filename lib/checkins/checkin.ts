/**
 * A check-in: a value the user enters by hand for a goal on a given day. It is stored as a Reading
 * on the goal's own metric with `origin: 'check-in'`, so the engine, the chart and the report
 * treat it like any reading, and can still tell it apart.
 */
import { addDays, isIsoDate } from '../goals/dates';
import type { Goal, Reading } from '../goals/schema';
import type { CheckinValue } from './value';

/**
 * How far before a goal's start a check-in may go. The background evaluates a goal with the
 * readings from 90 days before its start (lib/service/evaluation.ts `historyStart`): anything
 * older would be stored and never used.
 */
export const CHECKIN_HISTORY_DAYS = 90;

export type DateError = 'date-invalid' | 'date-future' | 'date-too-early' | 'date-after-deadline';

/**
 * The days a check-in for this goal may be on. A level may get history before the start (the
 * trend and anomaly checks use it); a period total counts from the start, so nothing before it
 * is the same number. Nothing after today, nor after the deadline (the engine would not use it).
 */
export function checkinBounds(goal: Goal, today: string): { min: string; max: string } {
  const min =
    goal.accumulation === 'period-total' ? goal.start : addDays(goal.start, -CHECKIN_HISTORY_DAYS);
  const max = today < goal.deadline ? today : goal.deadline;
  return { min, max };
}

export function checkDate(date: string, goal: Goal, today: string): DateError | null {
  if (!isIsoDate(date)) return 'date-invalid';
  if (date > today) return 'date-future';
  const { min, max } = checkinBounds(goal, today);
  if (date < min) return 'date-too-early';
  if (date > max) return 'date-after-deadline';
  return null;
}

/**
 * The reading for a check-in. Today's is stamped now (a later dashboard visit that day still
 * wins, as the newest reading of a day does); a past day's at noon UTC, inside that day whatever
 * the time zone arithmetic. A period total covers the goal's period up to that day.
 */
export function checkinReading(
  goal: Goal,
  date: string,
  v: CheckinValue,
  note: string | undefined,
  now: Date,
): Reading {
  const today = now.toISOString().slice(0, 10);
  const text = note?.trim();
  return {
    metric: { source: goal.metric.source, scope: goal.metric.scope, key: goal.metric.key },
    value: v.value,
    unit: v.unit,
    ...(v.currency ? { currency: v.currency } : {}),
    precision: v.precision,
    period: goal.accumulation === 'period-total' ? { start: goal.start, end: date } : null,
    observedAt: date === today ? now.toISOString() : `${date}T12:00:00.000Z`,
    origin: 'check-in',
    ...(text ? { note: text.slice(0, 500) } : {}),
  };
}

export const isCheckin = (r: Reading): boolean => r.origin === 'check-in';

/** The day a check-in is for (its readings are always stamped in UTC, `…Z`). */
export const checkinDate = (r: Reading): string => r.observedAt.slice(0, 10);
