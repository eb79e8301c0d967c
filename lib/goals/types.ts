/** Result types of the goal engine (the inputs, Goal and Reading, come from `schema.ts`). */
import type { StatusReason } from './reason';
import type { Reading } from './schema';

import type { GoalStatus } from './status';

export type { GoalStatus } from './status';

/**
 * Why a reading was left out of the verdict. `after-deadline` was added to the first design's list:
 * a level seen after the deadline says nothing about whether the goal was met by then.
 */
export type ExclusionReason =
  | 'other-metric'
  | 'future'
  | 'period-mismatch'
  | 'unit-mismatch'
  | 'before-start'
  | 'after-deadline'
  | 'old-reader';

export interface Excluded {
  reading: Reading;
  reason: ExclusionReason;
}

export interface Projection {
  /** Expected value at the deadline. */
  value: number | null;
  /** The day the trend line (or run-rate) crosses the target; null if it never does. */
  reachDate: string | null;
  method: 'trend' | 'run-rate';
}

export type ProjectionNote = 'no-data' | 'too-few-readings' | 'ended';

export interface Anomaly {
  /** Day of the unusual reading. */
  date: string;
  value: number;
  /** Change per day since the previous reading. */
  change: number;
  /** Robust z-score of `change` (median/MAD × 1.4826). */
  z: number;
}

export interface Evaluation {
  status: GoalStatus;
  /** Fraction of the way from baseline to target (or of the period target); null when unknown. */
  progress: number | null;
  /** Where progress should be on the day of `current` (linear pace). */
  expectedProgress: number | null;
  /** Latest usable value, and its UTC day. */
  current: number | null;
  currentDate: string | null;
  /** The absolute target (relative targets resolved against the baseline). */
  target: number;
  projected: Projection | null;
  /** Why `projected` is null; null when there is a projection. */
  projectionNote: ProjectionNote | null;
  /** Change still needed per remaining day (signed: negative for a decrease); null when ended. */
  requiredPerDay: number | null;
  requiredPerWeek: number | null;
  anomalies: Anomaly[];
  excluded: Excluded[];
  /** Why this status: the rule that decided and the numbers it compared. */
  reason: StatusReason;
  /** Stay-above/below goals only: first day of the current unbroken run meeting the target. */
  heldSince?: string | null;
}

export interface EvaluateOptions {
  /** A reading older than this many days makes the goal `stale` (default 3). */
  staleDays?: number;
  /** Progress points a goal may lag before it is off-track (default 0.1; goal.tolerance wins). */
  tolerance?: number;
}

export interface StatusPoint {
  date: string;
  status: GoalStatus;
}

export interface Transition {
  from: GoalStatus;
  to: GoalStatus;
  date: string;
}

export interface Bilingual {
  en: string;
  ko: string;
}
