/**
 * What past reviews and closed goals say about a goal (issue 13): its last decision and all of
 * them (the history), the lessons of closed goals on a metric, and decisions gone stale.
 */
import type { Goal } from '../goals/schema';
import type { Decision, Review } from './schema';

/** The lessons of closed goals on a metric (source/scope/key), newest first. */
export function lessonsFor(
  metric: { source: string; scope: string; key: string },
  goals: Goal[],
  exceptId?: string,
): { goalId: string; title: string; closed: NonNullable<Goal['closed']> }[] {
  if (!metric.source || !metric.key) return [];
  return goals
    .filter(
      (g) =>
        g.closed &&
        g.id !== exceptId &&
        g.metric.source === metric.source &&
        g.metric.scope === metric.scope &&
        g.metric.key === metric.key,
    )
    .map((g) => ({ goalId: g.id, title: g.title, closed: g.closed! }))
    .sort((a, b) => b.closed.date.localeCompare(a.closed.date));
}

/**
 * The goal's decision at the latest review that had one for it, with that review's day: the
 * "was on track at the review of Oct 31" line says the day of that very review, not merely the
 * last review (which may have skipped this goal).
 */
export function lastDecisionOf(
  goalId: string,
  reviews: readonly Review[],
): { date: string; decision: Decision } | null {
  let best: { date: string; savedAt: string; decision: Decision } | null = null;
  for (const r of reviews) {
    const d = r.decisions.find((x) => x.goalId === goalId);
    if (!d) continue;
    if (!best || r.date > best.date || (r.date === best.date && r.savedAt > best.savedAt))
      best = { date: r.date, savedAt: r.savedAt, decision: d };
  }
  return best && { date: best.date, decision: best.decision };
}

/** Every decision for a goal, newest first, with its review's day (the goal's history). */
export function decisionsOf(
  goalId: string,
  reviews: readonly Review[],
): { date: string; decision: Decision }[] {
  return reviews
    .flatMap((r) =>
      r.decisions
        .filter((d) => d.goalId === goalId)
        .map((decision) => ({ date: r.date, savedAt: r.savedAt, decision })),
    )
    .sort((a, b) => b.date.localeCompare(a.date) || b.savedAt.localeCompare(a.savedAt))
    .map(({ date, decision }) => ({ date, decision }));
}

/**
 * Decisions made on a goal that has changed since (edited in another Pacer page, a check-in's
 * note, sync): saving them would write the goal as it was and lose that change. Their goal ids;
 * the view asks for those goals to be decided again. A decision that changes nothing is never
 * stale, and a goal deleted meanwhile is.
 */
export function staleDecisions(
  recorded: { decision: Decision; goal: Goal | null; base: Goal }[],
  current: Goal[],
): string[] {
  const now = new Map(current.map((g) => [g.id, g]));
  return recorded
    .filter((r) => {
      const g = now.get(r.base.id);
      return !g || (r.goal !== null && JSON.stringify(g) !== JSON.stringify(r.base));
    })
    .map((r) => r.base.id);
}
