/**
 * A goal's verdict at a moment. The rules, in the order they are applied, are spelled out in
 * `decide` below and in lib/goals/README.md.
 */
import { detectAnomalies } from './anomalies';
import { dayOf, dayOfDate, isoOf } from './dates';
import {
  clamp01,
  isBudget,
  isStay,
  levelProgress,
  meets,
  resolveTarget,
  totalProgress,
} from './progress';
import { MIN_POINTS, runRateProjection, trendProjection } from './projection';
import type { Goal, Reading } from './schema';
import { dailySeries, type DailySeries } from './series';
import type { EvaluateOptions, Evaluation, GoalStatus, Projection, ProjectionNote } from './types';

export const DEFAULT_STALE_DAYS = 3;
export const DEFAULT_TOLERANCE = 0.1;
/** No pace verdict in the first tenth of the period: two days of data say little about a quarter. */
export const EARLY_SHARE = 0.1;
/** Float noise guard: exactly on pace must not read as "behind by 1e-16". */
const EPS = 1e-9;

export function evaluate(
  goal: Goal,
  readings: readonly Reading[],
  now: Date,
  options: EvaluateOptions = {},
): Evaluation {
  const series = dailySeries(goal, readings, now.getTime());
  return judge(goal, series, series.days.length, dayOfDate(now), options);
}

/**
 * Linear pace: a level should have covered (day − start)/(deadline − start) of the distance; a
 * period total should have collected the share of the period's days covered so far (the reading
 * for day d includes day d). Stay goals should hold all the time.
 */
export function expectedProgress(goal: Goal, day: number): number {
  if (isStay(goal.direction) && goal.accumulation === 'level') return 1;
  const s = dayOf(goal.start);
  const d = dayOf(goal.deadline);
  if (goal.accumulation === 'period-total') return clamp01((day - s + 1) / (d - s + 1));
  return d > s ? clamp01((day - s) / (d - s)) : 1;
}

/** The verdict on `series` points [first, end) as of `nowDay` (shared with statusHistory). */
export function judge(
  goal: Goal,
  series: DailySeries,
  end: number,
  nowDay: number,
  options: EvaluateOptions,
): Evaluation {
  const { days, values, precisions, first } = series;
  const dir = goal.direction;
  const total = goal.accumulation === 'period-total';
  const stay = isStay(dir) && !total;
  const budget = isBudget(goal);
  const target = resolveTarget(goal.target, goal.baseline.value);
  const startDay = dayOf(goal.start);
  const deadlineDay = dayOf(goal.deadline);
  const tolerance = goal.tolerance ?? options.tolerance ?? DEFAULT_TOLERANCE;
  const staleDays = options.staleDays ?? DEFAULT_STALE_DAYS;
  const ended = nowDay > deadlineDay;
  const n = end - first;

  if (n <= 0) {
    return {
      status: 'no-data',
      progress: null,
      expectedProgress: expectedProgress(goal, Math.min(nowDay, deadlineDay)),
      current: null,
      currentDate: null,
      target,
      projected: null,
      projectionNote: 'no-data',
      requiredPerDay: null,
      requiredPerWeek: null,
      anomalies: [],
      excluded: series.excluded,
      ...(stay ? { heldSince: null } : {}),
    };
  }

  const last = end - 1;
  const current = values[last]!;
  const day = days[last]!;
  const precision = precisions[last]!;
  const met = meets(dir, current, target, precision);
  const expected = expectedProgress(goal, day);
  const progress = total
    ? budget
      ? null
      : totalProgress(target, current)
    : levelProgress(dir, goal.baseline.value, target, current, precision);

  let projected: Projection | null = null;
  let projectionNote: ProjectionNote | null = null;
  if (ended) projectionNote = 'ended';
  else if (n < MIN_POINTS) projectionNote = 'too-few-readings';
  else {
    projected = total
      ? runRateProjection(current, day, startDay, deadlineDay, target)
      : trendProjection(days, values, first, end, deadlineDay, dir, target);
    if (!projected) projectionNote = 'too-few-readings';
  }
  const projectionMisses =
    projected !== null &&
    projected.value !== null &&
    !meets(dir, projected.value, target, precision);

  const remainingDays = deadlineDay - day;
  let requiredPerDay: number | null = null;
  if (!ended && remainingDays > 0)
    requiredPerDay = met && !budget ? 0 : (target - current) / remainingDays;

  let heldSince: string | null | undefined;
  if (stay) {
    let i = last;
    while (i >= first && meets(dir, values[i]!, target, precisions[i]!)) i--;
    heldSince = i === last ? null : isoOf(days[i + 1]!);
  }

  const status = decide();
  return {
    status,
    progress,
    expectedProgress: expected,
    current,
    currentDate: isoOf(day),
    target,
    projected,
    projectionNote,
    requiredPerDay,
    requiredPerWeek: requiredPerDay === null ? null : requiredPerDay * 7,
    // Pre-start history of a level counts as the yardstick for "unusual" (it is the metric's
    // normal behaviour); for a period total only this period's increments compare.
    anomalies: detectAnomalies(days, values, total ? first : 0, end),
    excluded: series.excluded,
    ...(stay ? { heldSince } : {}),
  };

  function decide(): GoalStatus {
    const stale = nowDay - day > staleDays;
    const early = nowDay - startDay < EARLY_SHARE * (deadlineDay - startDay) || n < 2;

    if (stay) {
      // Nothing to pace: the latest value either holds the line or it does not.
      if (ended) return met ? 'achieved' : 'missed';
      if (stale) return 'stale';
      if (!met) return 'off-track';
      return projectionMisses ? 'at-risk' : 'on-track';
    }

    if (budget) {
      // A total only grows: once over budget it stays over, and a reading covering the deadline
      // is final.
      if (ended || day >= deadlineDay) return met ? 'achieved' : 'missed';
      if (!met) return 'off-track';
      if (stale) return 'stale';
      if (early) return 'early';
      const used = target === 0 ? 1 : (current - precision) / target;
      const over = projected?.value != null ? projected.value / target - 1 : used - expected;
      if (over > tolerance + EPS) return 'off-track';
      return over > EPS ? 'at-risk' : 'on-track';
    }

    // Increase / decrease levels and growing period totals.
    if (met) return 'achieved';
    if (ended) return 'missed';
    if (stale) return 'stale';
    if (early) return 'early';
    // Give the figure the benefit of its display rounding, in progress points.
    const span = total ? Math.abs(target) : Math.abs(target - goal.baseline.value);
    const slack = span > 0 ? precision / span : 0;
    const behind = expected - (progress ?? 0) - slack;
    if (behind > tolerance + EPS) return 'off-track';
    if (behind > EPS || projectionMisses) return 'at-risk';
    return 'on-track';
  }
}
