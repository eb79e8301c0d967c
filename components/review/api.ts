/**
 * The review's messages to the background (issue 13; lib/messaging/protocol.ts), in one place so
 * the review view and the goal's history ask the same way. Null: no answer (the view says so).
 */
import { send } from '../../lib/messaging/client';
import { MAX_MOVER_GOALS } from '../../lib/messaging/protocol';
import type { Goal } from '../../lib/goals/schema';
import type { Review } from '../../lib/review/schema';

export const reviewState = () => send('review.state', {});
export const reviewPrepare = () => send('review.prepare', {});
export const reviewSave = (review: Review, goals: Goal[]) => send('review.save', { review, goals });
export const reviewList = (goalId?: string) =>
  send('review.list', goalId ? { goalId } : {}).then((r) => r?.reviews ?? null);
/**
 * "What moved" for the goals under review, asked once (null: no answer). The items come needing
 * attention first, so past the message's limit it is the least urgent that go without.
 */
export const reviewMovers = (goalIds: string[]) =>
  send('movers.get', { goalIds: goalIds.slice(0, MAX_MOVER_GOALS) }).then((r) => r?.movers ?? null);
