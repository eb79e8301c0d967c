/**
 * How a goal's status moved over time, so the UI can say "slipping: was on-track". Replays the
 * verdict as of each day a reading arrived, from one prepared series (not one full evaluate per
 * day, which would re-scan every reading for every day).
 */
import { dayOfDate, isoOf } from './dates';
import { judge } from './evaluate';
import type { Goal, Reading } from './schema';
import { dailySeries } from './series';
import type { EvaluateOptions, StatusPoint, Transition } from './types';

/**
 * Status as of the end of each UTC day, from the goal's start, on which a usable reading arrived.
 * Readings after `now` (if given) are ignored. The metric's unit is decided once over all
 * readings, so a day's replay can differ from an `evaluate` run on that day only when readings
 * disagree on the unit.
 */
export function statusHistory(
  goal: Goal,
  readings: readonly Reading[],
  now?: Date,
  options: EvaluateOptions = {},
): StatusPoint[] {
  const series = dailySeries(goal, readings, now ? now.getTime() : Infinity);
  const out: StatusPoint[] = [];
  const nowDay = now ? dayOfDate(now) : Infinity;
  for (let end = series.first + 1; end <= series.days.length; end++) {
    const day = series.days[end - 1]!;
    if (day > nowDay) break;
    out.push({ date: isoOf(day), status: judge(goal, series, end, day, options).status });
  }
  return out;
}

/** The most recent change of status, or null if it never changed. */
export function lastTransition(history: readonly StatusPoint[]): Transition | null {
  for (let i = history.length - 1; i > 0; i--) {
    const from = history[i - 1]!.status;
    const to = history[i]!.status;
    if (from !== to) return { from, to, date: history[i]!.date };
  }
  return null;
}
