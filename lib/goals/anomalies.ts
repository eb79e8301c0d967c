/**
 * Is the newest daily change unusual? A robust z-score (median and MAD rather than mean and
 * standard deviation) so that one earlier spike does not hide the next one.
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

/** Change per day between points i−1 and i: a gap of three days spreads its change over three. */
const changeAt = (days: ArrayLike<number>, values: ArrayLike<number>, i: number): number =>
  (values[i]! - values[i - 1]!) / (days[i]! - days[i - 1]!);

/**
 * Robust z of `x` against `ref`; null when the reference has no spread at all (a flat metric:
 * any change would score infinite, which tells the user nothing).
 */
export function robustZ(x: number, ref: number[]): number | null {
  const med = median(ref);
  const dev = ref.map((v) => Math.abs(v - med));
  const mad = median(dev);
  if (mad > 0) return (x - med) / (MAD_SCALE * mad);
  const meanAd = dev.reduce((a, b) => a + b, 0) / dev.length;
  if (meanAd > 0) return (x - med) / (MEAN_AD_SCALE * meanAd);
  return null;
}

/**
 * Examines the newest point of `days/values[from..end)`. Compares against the previous 28 daily
 * changes, or, once there are at least 8 weeks of same-weekday changes, against up to 28 of those.
 */
export function detectAnomalies(
  days: ArrayLike<number>,
  values: ArrayLike<number>,
  from = 0,
  end = days.length,
): Anomaly[] {
  const last = end - 1;
  // The newest change plus MIN_HISTORY earlier ones need MIN_HISTORY + 2 points.
  if (last - from < MIN_HISTORY + 1) return [];
  const change = changeAt(days, values, last);

  const weekday = weekdayOf(days[last]!);
  const sameDay: number[] = [];
  // Scan back at most 28 weeks of points; a daily series has at most 7 per week.
  for (
    let i = last - 1;
    i > from && sameDay.length < WINDOW && days[last]! - days[i]! <= 7 * WINDOW;
    i--
  ) {
    if (weekdayOf(days[i]!) === weekday) sameDay.push(changeAt(days, values, i));
  }
  let ref = sameDay;
  if (sameDay.length < MIN_WEEKS) {
    ref = [];
    for (let i = last - 1; i > from && ref.length < WINDOW; i--)
      ref.push(changeAt(days, values, i));
  }
  if (ref.length < MIN_HISTORY && ref !== sameDay) return [];

  const z = robustZ(change, ref);
  if (z === null || Math.abs(z) <= ANOMALY_Z) return [];
  return [{ date: isoOf(days[last]!), value: values[last]!, change, z }];
}
