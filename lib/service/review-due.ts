/**
 * Is a review due now (issue 13)? Read from storage for the badge title, the popup's notice and
 * the daily notification; the rule itself is pure (lib/review/due.ts).
 */
import { listGoals, getSettings, type PacerDb } from '../store';
import { latestReview } from '../store/reviews';
import { localIsoDay } from '../goals/dates';
import { reviewDue, type Due } from '../review/due';
import type { Review } from '../review/schema';

export interface DueNow extends Due {
  cadence: Awaited<ReturnType<typeof getSettings>>['reviewCadence'];
  lastReview: Review | null;
}

/** `goals`: the goals when the caller has them already (the badge has every view), else read. */
export async function reviewDueNow(
  db: PacerDb,
  now: Date,
  known?: readonly { start: string; closed?: unknown }[],
): Promise<DueNow> {
  const [settings, last, goals] = await Promise.all([
    getSettings(db),
    latestReview(db),
    known ?? listGoals(db).then((r) => r.goals),
  ]);
  const due = reviewDue({
    cadence: settings.reviewCadence,
    today: localIsoDay(now),
    lastReviewDate: last?.date ?? null,
    goals,
  });
  return { ...due, cadence: settings.reviewCadence, lastReview: last };
}

/** Where the day's due review was last notified (a dueSince), so each due review notifies once. */
const NOTIFIED_KEY = 'review-notified';

/**
 * The daily check: when a review is due and its `dueSince` was not notified yet, `send` (the
 * notifications opt-in decides whether anything shows). Remembered only once something was sent,
 * so turning notifications on while a review is due still tells about it.
 */
export async function remindReview(
  db: PacerDb,
  now: Date,
  send: (dueSince: string) => Promise<boolean>,
): Promise<boolean> {
  const due = await reviewDueNow(db, now);
  if (!due.due || !due.dueSince) return false;
  if ((await db.get('settings', NOTIFIED_KEY)) === due.dueSince) return false;
  if (!(await send(due.dueSince))) return false;
  await db.put('settings', due.dueSince, NOTIFIED_KEY);
  return true;
}
