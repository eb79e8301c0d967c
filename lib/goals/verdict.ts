/**
 * The status rules, in the order they apply (lib/goals/README.md says them in words). `evaluate`
 * gathers the numbers; this decides, and names the rule that decided so a card can say why.
 */
import { above } from './numeric';
import type { ReasonRule, StatusReason } from './reason';
import type { GoalStatus } from './types';

/** No pace verdict in the first tenth of the window: two days of data say little about a quarter. */
export const EARLY_SHARE = 0.1;
/**
 * …nor in its first three days (at most half of a very short window), whatever the share: one
 * day into a ten-day goal the pace line has barely left the baseline.
 */
export const EARLY_MIN_DAYS = 3;
/**
 * The on-pace band: a goal this many progress points behind the pace line (plus its display
 * precision) is still on track. Two points is below what a person calls "behind" on a progress
 * bar, and far above float noise; never more than half the tolerance, so at-risk stays possible.
 */
export const ON_PACE_MARGIN = 0.02;

/** Days since the start from which the pace is judged (`early` before it). */
export function judgeFromDay(windowDays: number): number {
  const x = Math.max(EARLY_SHARE * windowDays, Math.min(EARLY_MIN_DAYS, windowDays / 2));
  // 0.1 × 70 is 7.000000000000001 in floating point: the verdict starts on day 7, not 8.
  return Math.max(0, Math.ceil(x - 1e-9));
}

export const marginFor = (tolerance: number): number => Math.min(ON_PACE_MARGIN, tolerance / 2);

/** Everything the rules look at. `kind` picks the rule set. */
export type Facts = Omit<StatusReason, 'rule'> & {
  kind: 'pace' | 'stay' | 'budget';
  met: boolean;
  ended: boolean;
  /** Budgets: the newest total covers the deadline, so it is final. */
  settled: boolean;
  /** Display precision in progress points (slack given to the figure's rounding). */
  slack: number;
};

/** The status and the rule that decided it. */
export function decide(f: Facts): [GoalStatus, ReasonRule] {
  if (f.current === null) return ['no-data', 'no-data'];
  const stale = f.daysSinceReading !== null && f.daysSinceReading > f.staleDays;
  const early = f.elapsedDays < f.judgeFromDay;

  if (f.kind === 'stay') {
    // Nothing to pace: the latest value either holds the line or it does not.
    if (f.ended) return f.met ? ['achieved', 'met'] : ['missed', 'ended-unmet'];
    if (stale) return ['stale', 'stale'];
    if (!f.met) return ['off-track', 'not-holding'];
    return f.projectionMeets === false ? ['at-risk', 'trend-crosses'] : ['on-track', 'holding'];
  }

  if (f.kind === 'budget') {
    // A total only grows: once over budget it stays over, and a reading covering the deadline
    // is final.
    if (f.ended || f.settled) return f.met ? ['achieved', 'met'] : ['missed', 'ended-unmet'];
    if (!f.met) return ['off-track', 'over-budget'];
    if (stale) return ['stale', 'stale'];
    if (early) return ['early', 'early'];
    const over = f.overrun;
    if (over !== null && above(over, f.tolerance + f.slack)) return ['off-track', 'overrun-far'];
    if (over !== null && above(over, f.band ?? 0)) return ['at-risk', 'overrun'];
    return ['on-track', 'within-budget'];
  }

  // Increase / decrease levels and growing period totals.
  if (f.met) return ['achieved', 'met'];
  if (f.ended) return ['missed', 'ended-unmet'];
  if (stale) return ['stale', 'stale'];
  if (early) return ['early', 'early'];
  if (f.gap !== null && above(f.gap, f.tolerance + f.slack)) return ['off-track', 'far-behind'];
  if (f.gap !== null && above(f.gap, f.band ?? 0)) return ['at-risk', 'behind'];
  if (f.projectionMeets === false) return ['at-risk', 'projection-short'];
  return ['on-track', 'on-pace'];
}

/** The reason a verdict carries: the rule and the numbers it compared (no internal flags). */
export function reasonOf(f: Facts, rule: ReasonRule): StatusReason {
  return {
    rule,
    progress: f.progress,
    expected: f.expected,
    gap: f.gap,
    band: f.band,
    tolerance: f.tolerance,
    current: f.current,
    currentDate: f.currentDate,
    target: f.target,
    projected: f.projected,
    projectionMeets: f.projectionMeets,
    elapsedDays: f.elapsedDays,
    windowDays: f.windowDays,
    judgeFromDay: f.judgeFromDay,
    daysSinceReading: f.daysSinceReading,
    staleDays: f.staleDays,
    overrun: f.overrun,
  };
}
