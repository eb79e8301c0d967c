/**
 * `movers.get` (issue 13): "What moved" for each goal asked, from its metric's stored breakdowns.
 * Goals on one metric share one read and one computation.
 *
 * A metric may hold 400 days of a dozen tables (≈ 5,000 records): a review over many goals must
 * not parse them all for each. The latest period and the one before it are almost always within
 * the last weeks of reads, so the last `RECENT_DAYS` of the metric's reads are tried first; only
 * when they hold no comparable pair (a quarter against the one before, a year-old week) is the
 * whole history read.
 */
import { addDays } from '../goals/dates';
import { metricId } from '../goals/schema';
import { findMovers } from '../review/movers';
import type { MoversResult } from '../review/schema';
import { getGoal, type PacerDb } from '../store';
import { breakdownsFor, newestBreakdownDay } from '../store/breakdowns';

/** Two months and a bit: a month against the month before, read a few days after it ended. */
export const RECENT_DAYS = 70;

async function moversOf(db: PacerDb, metric: string): Promise<MoversResult> {
  const newest = await newestBreakdownDay(db, metric);
  if (!newest) return { status: 'none', reason: 'no-breakdowns' };
  const recent = findMovers(await breakdownsFor(db, metric, addDays(newest, -RECENT_DAYS)));
  return recent.status === 'none' && recent.reason === 'no-comparable'
    ? findMovers(await breakdownsFor(db, metric))
    : recent;
}

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
    if (!result) byMetric.set(metric, (result = moversOf(db, metric)));
    out[id] = await result;
  }
  return out;
}
