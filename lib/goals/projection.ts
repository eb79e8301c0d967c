/** Where a goal is heading: a recent trend for levels, the run-rate for period totals. */
import { isoOf } from './dates';
import { meets } from './progress';
import type { Direction } from './schema';
import { fitLine } from './stats';
import type { Projection, ProjectionNote } from './types';

/** Days of daily values the trend looks at: recent enough to follow a change of pace. */
export const TREND_DAYS = 14;
export const MIN_POINTS = 3;
/** Beyond ten years "the target would be reached on …" is as good as never. */
const HORIZON_DAYS = 3650;

/** First index of the trend window: the points of the last 14 days. */
function trendStart(days: ArrayLike<number>, from: number, end: number): number {
  const lastDay = days[end - 1]!;
  let lo = end - 1;
  while (lo - 1 >= from && days[lo - 1]! > lastDay - TREND_DAYS) lo--;
  return lo;
}

/**
 * Least-squares trend over the last 14 days of `days/values[from..end)`, evaluated at
 * `deadlineDay`. `reachDate` is the first day on which the trend line meets the target (the day
 * of the last point if it already does); for stay-above/below goals, the day it crosses the
 * threshold either way (for a goal that holds: the day it would stop holding). Null with fewer
 * than three points in the window.
 */
export function trendProjection(
  days: ArrayLike<number>,
  values: ArrayLike<number>,
  from: number,
  end: number,
  deadlineDay: number,
  direction: Direction,
  target: number,
): Projection | null {
  const lastDay = days[end - 1]!;
  const lo = trendStart(days, from, end);
  if (end - lo < MIN_POINTS) return null;
  const line = fitLine(days, values, lo, end, lastDay);
  if (!line) return null;
  const now = line.intercept;
  const value = now + line.slope * (deadlineDay - lastDay);

  let reach: number | null = null;
  const stay = direction === 'at-least' || direction === 'at-most';
  if (!stay && meets(direction, now, target)) reach = lastDay;
  else if (line.slope !== 0) {
    const t = lastDay + (target - now) / line.slope;
    // Increase/decrease: only a line heading towards the target reaches it.
    const heading = stay || (direction === 'increase' ? line.slope > 0 : line.slope < 0);
    if (heading && t > lastDay && t - lastDay <= HORIZON_DAYS) reach = Math.ceil(t);
  }
  return { value, reachDate: reach === null ? null : isoOf(reach), method: 'trend' };
}

/**
 * Run-rate of a period total: so far ÷ days covered × days in the period. `reachDate` is the day
 * the average pace so far crosses the target (for a budget: the day it would run out).
 */
export function runRateProjection(
  current: number,
  coveredThrough: number,
  startDay: number,
  deadlineDay: number,
  target: number,
): Projection {
  const elapsed = coveredThrough - startDay + 1;
  const rate = current / elapsed;
  const value = rate * (deadlineDay - startDay + 1);
  let reach: number | null = null;
  if (current >= target) reach = coveredThrough;
  else if (rate > 0) {
    const day = startDay + Math.ceil(target / rate) - 1;
    if (day - coveredThrough <= HORIZON_DAYS) reach = day;
  }
  return { value, reachDate: reach === null ? null : isoOf(reach), method: 'run-rate' };
}

/**
 * A level's average pace since its baseline, carried to the deadline: what the projection is
 * while the last 14 days hold fewer than three readings (the baseline is a dated point, so one
 * reading after it already gives a pace). Null when the reading is not after the baseline.
 * Reported as 'run-rate': like a period total's, it is the average rate so far.
 */
export function paceProjection(
  baselineDay: number,
  baseline: number,
  day: number,
  current: number,
  deadlineDay: number,
  direction: Direction,
  target: number,
): Projection | null {
  if (day <= baselineDay) return null;
  const slope = (current - baseline) / (day - baselineDay);
  const value = current + slope * (deadlineDay - day);
  let reach: number | null = null;
  if (meets(direction, current, target)) reach = day;
  else if (direction === 'increase' ? slope > 0 : slope < 0) {
    const t = day + (target - current) / slope;
    if (t - day <= HORIZON_DAYS) reach = Math.ceil(t);
  }
  return { value, reachDate: reach === null ? null : isoOf(reach), method: 'run-rate' };
}

/**
 * How far the trend's value at the deadline can move when each figure it was fit on moves within
 * its display rounding (± precision): the projection is Σ cᵢ·yᵢ, so the worst case is Σ |cᵢ|·pᵢ.
 * A staircase of coarse figures ("1.2k" for weeks) has a flat 14-day trend that says nothing
 * about the deadline; this says how little.
 */
export function trendSpread(
  days: ArrayLike<number>,
  precisions: ArrayLike<number>,
  from: number,
  end: number,
  deadlineDay: number,
): number {
  const lo = trendStart(days, from, end);
  const n = end - lo;
  if (n < 2) return 0;
  let mx = 0;
  for (let i = lo; i < end; i++) mx += days[i]!;
  mx /= n;
  let sxx = 0;
  for (let i = lo; i < end; i++) sxx += (days[i]! - mx) ** 2;
  if (sxx === 0) return 0;
  let spread = 0;
  for (let i = lo; i < end; i++) {
    const c = 1 / n + ((days[i]! - mx) * (deadlineDay - mx)) / sxx;
    spread += Math.abs(c) * precisions[i]!;
  }
  return spread;
}

/**
 * The same for a rate carried forward from a fixed start (a period total's run-rate, or a level's
 * average pace since its exact baseline): the newest figure's rounding, scaled by how far the
 * rate is carried. `elapsed` and `whole` are in days from that start.
 */
export const rateSpread = (precision: number, elapsed: number, whole: number): number =>
  elapsed > 0 ? (precision * whole) / elapsed : 0;

export interface ProjectionInput {
  days: ArrayLike<number>;
  values: ArrayLike<number>;
  precisions: ArrayLike<number>;
  /** The goal's points are [first, end); the newest is end − 1. */
  first: number;
  end: number;
  total: boolean;
  stay: boolean;
  early: boolean;
  ended: boolean;
  direction: Direction;
  target: number;
  baseline: number;
  baselineDay: number;
  startDay: number;
  deadlineDay: number;
}

/**
 * Where the goal is heading, why there is no projection, and how far the projection can move
 * within the figures' display rounding (a trend on coarse figures cannot say the goal misses by
 * less than that).
 */
export function project(p: ProjectionInput): {
  projected: Projection | null;
  projectionNote: ProjectionNote | null;
  spread: number;
} {
  if (p.ended) return { projected: null, projectionNote: 'ended', spread: 0 };
  const n = p.end - p.first;
  const last = p.end - 1;
  const day = p.days[last]!;
  const current = p.values[last]!;
  const precision = p.precisions[last]!;
  let projected: Projection | null = null;
  let spread = 0;
  if (p.total) {
    // The run-rate needs only the total so far; wait for the early days to pass (or three
    // readings) so a first-day figure is not multiplied by ninety.
    if (n >= MIN_POINTS || !p.early) {
      projected = runRateProjection(current, day, p.startDay, p.deadlineDay, p.target);
      spread = rateSpread(precision, day - p.startDay + 1, p.deadlineDay - p.startDay + 1);
    }
  } else {
    if (n >= MIN_POINTS) {
      projected = trendProjection(
        p.days,
        p.values,
        p.first,
        p.end,
        p.deadlineDay,
        p.direction,
        p.target,
      );
      if (projected) spread = trendSpread(p.days, p.precisions, p.first, p.end, p.deadlineDay);
    }
    // The baseline is a dated point: past the early days, one reading after it gives a pace.
    if (!projected && !p.stay && !p.early) {
      projected = paceProjection(
        p.baselineDay,
        p.baseline,
        day,
        current,
        p.deadlineDay,
        p.direction,
        p.target,
      );
      if (projected)
        spread = rateSpread(precision, day - p.baselineDay, p.deadlineDay - p.baselineDay);
    }
  }
  return { projected, projectionNote: projected ? null : 'too-few-readings', spread };
}
