/**
 * Open or closed (issue 13). A goal closed at a review (achieved or abandoned, `goal.closed`) keeps
 * its history and is still listed and exported, but it no longer counts: not in the badge, not in
 * alerts or notifications, not in "needs attention" and not among a review's items. Everything
 * that counts or alerts asks here, so the rule lives in one place.
 */
import { needsAttention, type GoalStatus } from './status';

/** True unless the goal was closed. */
export const isOpen = (goal: { closed?: unknown }): boolean => goal.closed === undefined;

/** Only the views of open goals: what the badge, alerts and "needs attention" look at. */
export const openOnly = <V extends { goal: { closed?: unknown } }>(views: readonly V[]): V[] =>
  views.filter((v) => isOpen(v.goal));

/** An open goal whose status asks for attention (the popup's group, the review's count). */
export const wantsAttention = (v: {
  goal: { closed?: unknown };
  evaluation: { status: GoalStatus };
}): boolean => isOpen(v.goal) && needsAttention(v.evaluation.status);
