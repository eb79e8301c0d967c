/**
 * What the review messages (issue 13) answer: the review's state for the badge and popup, and the
 * items a review walks through. The Review itself is lib/review/schema.ts.
 */
import { z } from 'zod';
import { Action, IsoDate, Note } from '../goals/schema';
import { Settings } from '../store/settings';
import { GoalStatus, GoalView } from './schemas';

export const ReviewState = z.object({
  cadence: Settings.shape.reviewCadence.unwrap(),
  due: z.boolean(),
  /** The day the review became due; null when it is not due. */
  dueSince: IsoDate.nullable(),
  lastReview: z.object({ id: z.string(), date: IsoDate }).nullable(),
  /** Open goals whose status needs attention. */
  attention: z.number().int().nonnegative(),
});

/** One open goal as a review shows it: its evaluation (as goals.list has it) and what is new. */
export const ReviewItem = GoalView.extend({
  /** Its status at the last review that had a decision for it (null: never reviewed). */
  previousStatus: GoalStatus.nullable(),
  /** Not done, due before today. */
  overdueActions: z.array(Action),
  /** Notes dated after the last review (all of them before the first review). */
  notesSince: z.array(Note),
});

export const ReviewPrepared = z.object({
  /** The last review's day; null before the first review. */
  since: IsoDate.nullable(),
  /** Open goals, needs-attention first (lib/goals/status.ts `byUrgency`). */
  items: z.array(ReviewItem),
});

export type ReviewState = z.infer<typeof ReviewState>;
export type ReviewItem = z.infer<typeof ReviewItem>;
export type ReviewPrepared = z.infer<typeof ReviewPrepared>;
