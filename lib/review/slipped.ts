import { severity, type GoalStatus } from '../goals/status';

/**
 * Whether a goal's card asks "What moved" (issue 13): it slipped — its status is more severe than
 * the one before (on track → at risk, at risk → off track; lib/goals/status.ts) — or it shows an
 * unusual change. A goal merely `early` or without data has nothing to explain.
 */
export function wantsWhatMoved(e: {
  status: GoalStatus;
  previousStatus: GoalStatus | null;
  anomalies: readonly unknown[];
}): boolean {
  if (e.anomalies.length > 0) return true;
  return e.previousStatus !== null && severity(e.status) > severity(e.previousStatus);
}
