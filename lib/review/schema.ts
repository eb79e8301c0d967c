/**
 * Reviews (issue 13, the article's chapters 4–5): on a schedule the user walks through the goals,
 * worst first, and records one decision for each. These schemas are the single source of the
 * types and part of the export format from v2 on. Never import into the content script.
 */
import { z } from 'zod';
import {
  Amount,
  Closure,
  IsoDate,
  IsoDateTime,
  MAX_GOALS,
  Period,
  Revision,
  Unit,
} from '../goals/schema';
import { STATUSES_BEST_FIRST } from '../goals/status';
import {
  BREAKDOWN_DIMENSIONS,
  MAX_BREAKDOWN_LABEL,
  MAX_BREAKDOWN_ROWS,
} from '../readers/breakdown';

export const ReviewCadence = z.enum(['weekly', 'monthly', 'quarterly']);

/**
 * What the user decided for a goal:
 * - `keep`: keep course;
 * - `change-plan`: actions added, re-ordered or re-assigned (owners, due dates);
 * - `reprioritise`: the goal's priority changed;
 * - `revise`: the target or deadline changed, with a reason (a goal Revision);
 * - `close`: achieved or abandoned, with a lesson (the goal's Closure).
 */
export const DecisionKind = z.enum(['keep', 'change-plan', 'reprioritise', 'revise', 'close']);

const Status = z.enum(STATUSES_BEST_FIRST);

export const Decision = z.object({
  goalId: z.string().min(1).max(100),
  /** The goal's title then, so a report or history still reads well after renames or deletion. */
  title: z.string().min(1).max(200),
  kind: DecisionKind,
  /** The goal's status when reviewed, and at the review before (null: first review of it). */
  status: Status,
  previousStatus: Status.nullable(),
  /** Why, in the user's words. */
  note: z.string().max(2000).optional(),
  /** `revise`: the revision the goal gained. */
  revision: Revision.optional(),
  /** `reprioritise`: the priority before and after (null: unset). */
  priority: z
    .object({ from: z.number().int().min(1).max(5).nullable(), to: z.number().int().min(1).max(5) })
    .optional(),
  /** `change-plan`: titles of the actions added or changed. */
  actions: z.array(z.string().min(1).max(300)).max(50).optional(),
  /** `close`: how the goal ended and the lesson. */
  closure: Closure.optional(),
});

export const Review = z.object({
  id: z.string().min(1).max(100),
  /** The day the review was done (the user's local day). */
  date: IsoDate,
  savedAt: IsoDateTime,
  cadence: ReviewCadence,
  decisions: z.array(Decision).max(MAX_GOALS),
});

/**
 * One breakdown table (lib/readers/breakdown.ts): its dimension, unit and top rows. What a page
 * sends (`PageBreakdown`, lib/messaging/schemas.ts) and what the store keeps (lib/store/
 * breakdowns.ts) both extend it.
 */
export const BreakdownTable = z.object({
  dimension: z.enum(BREAKDOWN_DIMENSIONS),
  unit: Unit,
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  rows: z
    .array(
      z.object({
        label: z.string().min(1).max(MAX_BREAKDOWN_LABEL),
        value: Amount,
        precision: Amount.nonnegative(),
      }),
    )
    .max(MAX_BREAKDOWN_ROWS),
});

/** One breakdown row that moved between two comparable periods ("Google −1.2k visitors (−28%)"). */
export const Mover = z.object({
  dimension: z.enum(BREAKDOWN_DIMENSIONS),
  label: z.string().max(200),
  before: z.number(),
  after: z.number(),
  /** after − before, in the metric's unit. */
  change: z.number(),
  /** change ÷ before; null when the row was not in the earlier table (new) or before was 0. */
  changeRatio: z.number().nullable(),
  unit: Unit,
  currency: z.string().optional(),
  /**
   * The row was not in that table (`before`: the earlier one, `after`: the latest): the table was
   * cut at the dashboard's top rows, so its value there is only known to be at most the smallest
   * row shown, which `before`/`after` then holds; the real change is at least `change`.
   */
  absent: z.enum(['before', 'after']).optional(),
});

/**
 * "What moved" for a goal: the largest movers between its metric's latest breakdowns and the
 * comparable earlier ones (same period length, the earlier period ending before the latest
 * starts) — or why there is nothing to say. Never a guess: `none` says which limit applied.
 */
export const MoversResult = z.union([
  z.object({
    status: z.literal('ok'),
    current: Period,
    earlier: Period,
    movers: z.array(Mover).max(20),
  }),
  z.object({
    status: z.literal('none'),
    reason: z.enum(['no-breakdowns', 'no-comparable', 'no-movers']),
  }),
]);

export type Mover = z.infer<typeof Mover>;
export type MoversResult = z.infer<typeof MoversResult>;
export type ReviewCadence = z.infer<typeof ReviewCadence>;
export type DecisionKind = z.infer<typeof DecisionKind>;
export type Decision = z.infer<typeof Decision>;
export type Review = z.infer<typeof Review>;
