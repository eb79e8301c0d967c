/**
 * From stored goals and readings to what the UI shows: each goal with its evaluation, split into
 * the goals on the current page's metrics and the rest, worst status first.
 */
import { manualUnit } from '../checkins';
import { evaluate } from '../goals';
import { metricId, type Goal, type Reading } from '../goals/schema';
import { byUrgency } from '../goals/status';
import type { GoalView, PageRead } from '../messaging/schemas';

export function toGoalView(
  goal: Goal,
  readings: Reading[],
  now: Date,
  tolerance?: number,
  staleDays?: number,
): GoalView {
  const e = evaluate(goal, readings, now, { tolerance, staleDays });
  const last = readings.at(-1);
  return {
    goal,
    // A goal on a figure entered by hand knows its unit before its first check-in.
    unit: last?.unit ?? manualUnit(goal.metric),
    ...(last?.currency ? { currency: last.currency } : {}),
    evaluation: {
      status: e.status,
      progress: e.progress,
      expectedProgress: e.expectedProgress,
      current: e.current,
      currentDate: e.currentDate,
      target: e.target,
      requiredPerDay: e.requiredPerDay,
      projected: e.projected,
      projectionNote: e.projectionNote,
      // The newest few are what a person acts on; older ones are history.
      anomalies: e.anomalies.slice(-5).map(({ date, value, z }) => ({ date, value, z })),
      heldSince: e.heldSince ?? null,
      excluded: countBy(e.excluded.map((x) => x.reason)),
      previousStatus: null,
      statusSince: null,
      reason: e.reason,
    },
  };
}

function countBy(keys: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = (out[k] ?? 0) + 1;
  return out;
}

/** Goals on the page's metrics (read by a reader, or tracked by the user) first, then the rest. */
export function splitByPage(
  views: GoalView[],
  read: PageRead | null,
  tracked: ReadonlySet<string> = new Set(),
) {
  const onPage = metricsOnPage(read, tracked);
  const pageGoals = views.filter((v) => onPage.has(metricId(v.goal.metric))).sort(byUrgency);
  const otherGoals = views.filter((v) => !onPage.has(metricId(v.goal.metric))).sort(byUrgency);
  return { pageGoals, otherGoals };
}

/** The metric ids a page shows: its reader's figures and the user's tracked ones found there. */
export function metricsOnPage(read: PageRead | null, tracked: ReadonlySet<string>): Set<string> {
  const onPage = new Set(tracked);
  for (const f of read?.figures ?? [])
    onPage.add(metricId({ source: read!.source, scope: read!.scope, key: f.key }));
  return onPage;
}
