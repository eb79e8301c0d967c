/**
 * Is the newest daily change unusual? A robust z-score (median and MAD rather than mean and
 * standard deviation) so that one earlier spike does not hide the next one, on a scale with a
 * floor: dashboards show rounded figures, so a steady metric's daily changes are quantised
 * (0.14, 0.15, 0.14, …), their MAD is ~0 and any step would otherwise score "infinitely" unusual.
 */
import { isoOf, weekdayOf } from './dates';
import { median } from './stats';
import type { Anomaly } from './types';

export const ANOMALY_Z = 3.5;
/** Fewer earlier changes than this and any verdict would be noise. */
export const MIN_HISTORY = 14;
const WINDOW = 28;
/**
 * How far back detection can look from the newest point: 28 weeks of same-weekday changes, or
 * the last 28 changes (29 points), plus the point before the oldest change. Callers may drop
 * anything older.
 */
export const ANOMALY_REACH = { days: 7 * WINDOW, points: WINDOW + 2 };
/** With this many same-weekday changes, weekly seasonality (quiet Sundays) is the fairer yardstick. */
const MIN_WEEKS = 8;
/** Makes the MAD comparable to a standard deviation under normal noise. */
const MAD_SCALE = 1.4826;
/** Same for the mean absolute deviation, the fallback when more than half the changes are equal. */
const MEAN_AD_SCALE = 1.2533;
/**
 * Scale floor from display rounding, in units of the readings' precision p (half-width of the
 * rounding). A change between two rounded figures is off by at most 2p, and the median it is
 * compared with by as much again: 4p. With a scale of at least 2p that scores at most 2, well
 * under ANOMALY_Z, so a change within the rounding is never unusual; a jump needs 3.5 × 2p = 7p,
 * three and a half display steps, beyond the usual change.
 */
export const PRECISION_FLOOR = 2;
/**
 * Relative floor on the level: the scale is at least 0.1% of the metric's level, so float noise
 * (or a metric that is exactly flat) never makes a sub-permille wobble "unusual", while a real
 * spike (several percent of the level in a day) still is.
 */
export const LEVEL_FLOOR = 1e-3;

/** Change per day between points i−1 and i: a gap of three days spreads its change over three. */
const changeAt = (days: ArrayLike<number>, values: ArrayLike<number>, i: number): number =>
  (values[i]! - values[i - 1]!) / (days[i]! - days[i - 1]!);

/** Median of `ref` and the spread to measure against it: MAD (or mean AD), at least `floor`. */
function yardstickOf(ref: number[], floor: number): { median: number; scale: number } {
  const med = median(ref);
  const dev = ref.map((v) => Math.abs(v - med));
  const mad = median(dev);
  let scale = MAD_SCALE * mad;
  if (!(mad > 0)) scale = (MEAN_AD_SCALE * dev.reduce((a, b) => a + b, 0)) / dev.length;
  return { median: med, scale: scale < floor ? floor : scale };
}

/**
 * Robust z of `x` against `ref`, on a scale of at least `floor`; null when there is no scale at
 * all (no spread and no floor: any change would score infinite, which tells the user nothing).
 */
export function robustZ(x: number, ref: number[], floor = 0): number | null {
  const { median: med, scale } = yardstickOf(ref, floor);
  return scale > 0 ? (x - med) / scale : null;
}

/**
 * What the change into point `last` is compared with: the previous 28 daily changes, or, once
 * there are at least 8 weeks of same-weekday changes, up to 28 of those; null without enough
 * history or any scale.
 */
function yardstick(
  days: ArrayLike<number>,
  values: ArrayLike<number>,
  from: number,
  last: number,
  precisions: ArrayLike<number> | undefined,
): { median: number; scale: number } | null {
  // The newest change plus MIN_HISTORY earlier ones need MIN_HISTORY + 2 points.
  if (last - from < MIN_HISTORY + 1) return null;
  const weekday = weekdayOf(days[last]!);
  const sameDay: number[] = [];
  // The coarsest rounding among the points compared: the newest change's two, then each
  // reference change's two.
  let p = precisions ? Math.max(precisions[last]!, precisions[last - 1]!) : 0;
  let pSame = p;
  // Scan back at most 28 weeks of points; a daily series has at most 7 per week.
  for (
    let i = last - 1;
    i > from && sameDay.length < WINDOW && days[last]! - days[i]! <= 7 * WINDOW;
    i--
  ) {
    if (weekdayOf(days[i]!) === weekday) {
      sameDay.push(changeAt(days, values, i));
      if (precisions) pSame = Math.max(pSame, precisions[i]!, precisions[i - 1]!);
    }
  }
  let ref = sameDay;
  if (sameDay.length < MIN_WEEKS) {
    ref = [];
    for (let i = last - 1; i > from && ref.length < WINDOW; i--) {
      ref.push(changeAt(days, values, i));
      if (precisions) p = Math.max(p, precisions[i]!, precisions[i - 1]!);
    }
    if (ref.length < MIN_HISTORY) return null;
  } else p = pSame;
  // The level the change is measured against: the point before it (a spike must not raise its
  // own bar).
  const floor = Math.max(PRECISION_FLOOR * p, LEVEL_FLOOR * Math.abs(values[last - 1]!));
  const y = yardstickOf(ref, floor);
  return y.scale > 0 ? y : null;
}

/**
 * Examines the newest point of `days/values[from..end)` against its yardstick (above).
 * `precisions` (display half-widths, 0 when unknown) set the scale's rounding floor.
 */
export function detectAnomalies(
  days: ArrayLike<number>,
  values: ArrayLike<number>,
  from = 0,
  end = days.length,
  precisions?: ArrayLike<number>,
): Anomaly[] {
  const last = end - 1;
  const y = yardstick(days, values, from, last, precisions);
  if (!y) return [];
  const change = changeAt(days, values, last);
  const z = (change - y.median) / y.scale;
  if (Math.abs(z) <= ANOMALY_Z) return [];
  // The way back from yesterday's spike is not news: when the newest value is where two usual
  // steps from the day before yesterday would put it, the unusual point was yesterday's
  // (flagged then). Rare, so the second yardstick costs nothing in the common case.
  const prev = yardstick(days, values, from, last - 1, precisions);
  if (prev) {
    const g1 = days[last - 1]! - days[last - 2]!;
    const g2 = days[last]! - days[last - 1]!;
    const expected = values[last - 2]! + prev.median * g1 + y.median * g2;
    const spread = Math.hypot(prev.scale * g1, y.scale * g2);
    if (Math.abs(values[last]! - expected) <= ANOMALY_Z * spread) return [];
  }
  return [{ date: isoOf(days[last]!), value: values[last]!, change, z }];
}
