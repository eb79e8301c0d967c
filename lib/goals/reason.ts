/**
 * "Why this status": the rule that decided a goal's verdict and the numbers it compared, so a card
 * can say in one line what the badge only shows as a colour (lib/goals/README.md lists the rules).
 * A zod schema because the reason crosses the message boundary inside `EvaluationView`; the engine
 * itself only imports the type (no zod in anything the content script could load).
 */
import { z } from 'zod';

export const ReasonRule = z.enum([
  /** No usable reading. */
  'no-data',
  /** The newest value meets the target (within its display precision). */
  'met',
  /** The deadline has passed (or a budget's final total is in) and the target was not met. */
  'ended-unmet',
  /** The newest reading is older than the stale limit. */
  'stale',
  /** Too little of the window has passed to judge the pace. */
  'early',
  /** Behind the pace line by more than the tolerance. */
  'far-behind',
  /** Behind the pace line by more than the on-pace band, within the tolerance. */
  'behind',
  /** On pace, but the projection falls short of the target by more than the band. */
  'projection-short',
  /** Within the on-pace band (or ahead), and the projection (if any) makes it. */
  'on-pace',
  /** Stay above/below: the line is broken now. */
  'not-holding',
  /** Stay above/below: holds now, but the trend crosses the line by the deadline. */
  'trend-crosses',
  /** Stay above/below: holds, and the trend keeps holding. */
  'holding',
  /** Budget: the total is already over it. */
  'over-budget',
  /** Budget: heading over it by more than the tolerance. */
  'overrun-far',
  /** Budget: heading over it by more than the band, within the tolerance. */
  'overrun',
  /** Budget: heading to stay within it. */
  'within-budget',
]);

const Num = z.number().finite();

export const StatusReason = z.object({
  rule: ReasonRule,
  /** Fraction of the way done, and where the pace line says it should be, on `currentDate`. */
  progress: Num.nullable(),
  expected: Num.nullable(),
  /** expected − progress, in progress points (fractions); negative when ahead. */
  gap: Num.nullable(),
  /** Half-width of the on-pace band in progress points: display precision + a small margin. */
  band: Num.nullable(),
  /** How far behind (progress points; budgets: share over) before off-track. */
  tolerance: Num,
  current: Num.nullable(),
  currentDate: z.string().nullable(),
  target: Num,
  /** The projection at the deadline, and whether it meets the target within the band. */
  projected: Num.nullable(),
  projectionMeets: z.boolean().nullable(),
  /** Days from the start to now, in the whole window, and the day (since the start) verdicts begin. */
  elapsedDays: Num,
  windowDays: Num,
  judgeFromDay: Num,
  /** Days since the newest usable reading, and the limit after which it is stale. */
  daysSinceReading: Num.nullable(),
  staleDays: Num,
  /** Budgets: share over (positive) or under (negative) the budget it is heading for. */
  overrun: Num.nullable(),
});

export type ReasonRule = z.infer<typeof ReasonRule>;
export type StatusReason = z.infer<typeof StatusReason>;
