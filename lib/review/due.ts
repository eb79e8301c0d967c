/**
 * When is a review due (issue 13)? Pure: calendar days only, so daylight-saving changes cannot
 * move a review by a day. The caller passes today as the user's local day (`localIsoDay`).
 */
import { addDays, addMonths } from '../goals/dates';
import { isOpen } from '../goals/open';
import type { ReviewCadence } from './schema';

export type CadenceSetting = ReviewCadence | 'off';

export interface Due {
  due: boolean;
  /** The day the review became due (null when it is not due). */
  dueSince: string | null;
}

/** One cadence after `date`: 7 days, or the same day 1 or 3 months later (Jan 31 → Feb 28/29). */
export function oneCadenceAfter(date: string, cadence: ReviewCadence): string {
  if (cadence === 'weekly') return addDays(date, 7);
  return addMonths(date, cadence === 'monthly' ? 1 : 3);
}

/**
 * Due when the cadence is on, at least one goal is open, and one cadence has passed since the last
 * review — or, before the first review, since the oldest open goal started.
 */
export function reviewDue(input: {
  cadence: CadenceSetting;
  today: string;
  lastReviewDate: string | null;
  goals: readonly { start: string; closed?: unknown }[];
}): Due {
  const none: Due = { due: false, dueSince: null };
  if (input.cadence === 'off') return none;
  const open = input.goals.filter(isOpen);
  if (!open.length) return none;
  const from = input.lastReviewDate ?? open.map((g) => g.start).sort()[0]!;
  const since = oneCadenceAfter(from, input.cadence);
  return since <= input.today ? { due: true, dueSince: since } : none;
}
