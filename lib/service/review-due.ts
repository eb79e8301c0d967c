/**
 * Is a review due now (issue 13)? Read from storage for the badge title, the popup's notice and
 * the daily notification; the rule itself is pure (lib/review/due.ts).
 */
import { listGoals, getSettings, type PacerDb } from '../store';
import { latestReview } from '../store/reviews';
import { localIsoDay, reviewDue, type Due } from '../review/due';
import type { Review } from '../review/schema';

export interface DueNow extends Due {
  cadence: Awaited<ReturnType<typeof getSettings>>['reviewCadence'];
  lastReview: Review | null;
}

export async function reviewDueNow(db: PacerDb, now: Date): Promise<DueNow> {
  const [settings, last, { goals }] = await Promise.all([
    getSettings(db),
    latestReview(db),
    listGoals(db),
  ]);
  const due = reviewDue({
    cadence: settings.reviewCadence,
    today: localIsoDay(now),
    lastReviewDate: last?.date ?? null,
    goals,
  });
  return { ...due, cadence: settings.reviewCadence, lastReview: last };
}
