/**
 * `movers.get` (issue 13): "What moved" for each goal asked, from its metric's stored breakdowns.
 * Goals on one metric share one read and one computation.
 */
import { metricId } from '../goals/schema';
import { findMovers } from '../review/movers';
import type { MoversResult } from '../review/schema';
import { getGoal, type PacerDb } from '../store';
import { breakdownsFor } from '../store/breakdowns';

export async function moversFor(
  db: PacerDb,
  goalIds: readonly string[],
): Promise<Record<string, MoversResult>> {
  const byMetric = new Map<string, Promise<MoversResult>>();
  const out: Record<string, MoversResult> = {};
  for (const id of new Set(goalIds)) {
    const goal = await getGoal(db, id);
    if (!goal) continue;
    const metric = metricId(goal.metric);
    let result = byMetric.get(metric);
    if (!result) {
      result = breakdownsFor(db, metric).then((history) => findMovers(history));
      byMetric.set(metric, result);
    }
    out[id] = await result;
  }
  return out;
}
