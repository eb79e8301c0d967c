/**
 * The review loop's messages (issue 13): its state, the items a review walks through, saving one
 * (review and changed goals in one transaction) and the reviews so far. Items come from the same
 * evaluation as goals.list, so a review never judges a goal differently from the lists.
 */
import { isOpen, wantsAttention } from '../goals/open';
import type { Goal } from '../goals/schema';
import { byUrgency } from '../goals/status';
import type { Router } from '../messaging/router';
import type { ReviewItem } from '../messaging/review-schemas';
import type { GoalView } from '../messaging/schemas';
import { localIsoDay } from '../goals/dates';
import { lastDecisionOf } from '../review/history';
import type { Review } from '../review/schema';
import { StoreError } from '../store';
import { listReviews, saveReview } from '../store/reviews';
import type { ServiceDeps } from './deps';
import { evaluateAll, refreshAll } from './evaluation';
import { reviewDueNow } from './review-due';

/** What a review shows for one goal, `since` the last review (null: before the first). */
export function reviewItem(
  view: GoalView,
  reviews: readonly Review[],
  since: string | null,
  today: string,
): ReviewItem {
  const g: Goal = view.goal;
  return {
    ...view,
    previousStatus: lastDecisionOf(g.id, reviews)?.decision.status ?? null,
    overdueActions: g.actions.filter((a) => a.status !== 'done' && !!a.due && a.due < today),
    notesSince: g.notes.filter((n) => since === null || n.date > since),
  };
}

export function registerReviewHandlers(router: Router, deps: ServiceDeps): void {
  router
    .on('review.state', async () => {
      const db = await deps.db();
      const [{ views }, due] = await Promise.all([evaluateAll(deps), reviewDueNow(db, deps.now())]);
      return {
        cadence: due.cadence,
        due: due.due,
        dueSince: due.dueSince,
        lastReview: due.lastReview && { id: due.lastReview.id, date: due.lastReview.date },
        attention: views.filter(wantsAttention).length,
      };
    })
    .on('review.prepare', async () => {
      const db = await deps.db();
      const [{ views }, reviews] = await Promise.all([evaluateAll(deps), listReviews(db)]);
      const since = reviews[0]?.date ?? null;
      const today = localIsoDay(deps.now());
      const items = views
        .filter((v) => isOpen(v.goal))
        .sort(byUrgency)
        .map((v) => reviewItem(v, reviews, since, today));
      return { since, items };
    })
    .on('review.save', async ({ review, goals }) => {
      try {
        const saved = await saveReview(await deps.db(), review, goals);
        for (const g of saved.goals) deps.sync?.goalSaved(g);
        // Badge, evaluations and the `goals.changed` broadcast, as goal.save does.
        await refreshAll(deps);
        return { ok: true as const, review: saved.review };
      } catch (err) {
        const code = err instanceof StoreError ? { code: err.code } : {};
        return { ok: false as const, error: (err as Error).message, ...code };
      }
    })
    .on('review.list', async ({ goalId }) => ({
      reviews: await listReviews(await deps.db(), goalId),
    }));
}
