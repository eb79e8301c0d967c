/** Target, "met" and progress arithmetic, normalised by direction (lib/goals/README.md). */
import { atLeast, atMost } from './numeric';
import type { Direction, Goal, Target } from './schema';

/** Absolute target: `{ changePercent: 30 }` on a baseline of 100 is 130. */
export function resolveTarget(target: Target, baseline: number): number {
  return 'value' in target ? target.value : baseline * (1 + target.changePercent / 100);
}

/** +1 when higher is better, −1 when lower is better. */
export const sense = (direction: Direction): 1 | -1 =>
  direction === 'increase' || direction === 'at-least' ? 1 : -1;

/**
 * Does `value` meet `target`? A dashboard showing "1.23k" (precision 5) may hide anything from
 * 1225 to 1235, so a target of 1233 counts as met: we never call a goal unmet on a figure the page
 * rounds. Float noise never decides it either: a projection of 14.999999999999996 meets 15.
 */
export function meets(direction: Direction, value: number, target: number, precision = 0): boolean {
  return sense(direction) === 1
    ? atLeast(value + precision, target)
    : atMost(value - precision, target);
}

/**
 * Progress of a level from baseline to target. Increase: (v − b)/(t − b); decrease: mirrored,
 * (b − v)/(b − t) — algebraically the same ratio, written once. Stay goals have no distance to
 * cover: 1 while the condition holds, 0 when it does not.
 */
export function levelProgress(
  direction: Direction,
  baseline: number,
  target: number,
  value: number,
  precision = 0,
): number {
  if (direction === 'at-least' || direction === 'at-most') {
    return meets(direction, value, target, precision) ? 1 : 0;
  }
  const span = target - baseline;
  // A target equal to the baseline has no distance; only "met or not" is meaningful.
  if (span === 0) return meets(direction, value, target, precision) ? 1 : 0;
  return (value - baseline) / span;
}

/** Period totals count from zero: quarter-to-date revenue ÷ the quarter's target. */
export function totalProgress(target: number, value: number): number | null {
  return target === 0 ? null : value / target;
}

/** A period total is a budget when lower is better (e.g. quarterly costs at most X). */
export const isBudget = (goal: Pick<Goal, 'accumulation' | 'direction'>): boolean =>
  goal.accumulation === 'period-total' && sense(goal.direction) === -1;

export const isStay = (direction: Direction): boolean =>
  direction === 'at-least' || direction === 'at-most';

export const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);
