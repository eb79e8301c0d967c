/**
 * What Pacer last knew about each goal: its status, since when, the one before, and the anomalies
 * already reported. Kept in IndexedDB (never only in memory: the service worker stops at will),
 * this is what turns evaluations into changes — "slipping: was on track", and alerts that fire
 * once per change instead of on every page load.
 */
import { isOpen } from '../goals/open';
import { severity } from '../goals/status';
import type { GoalStatus, GoalView } from '../messaging/schemas';
import type { GoalState, GoalStates } from '../store/goal-states';

export type Alert =
  | { kind: 'worse'; goalId: string; title: string; from: GoalStatus; to: GoalStatus }
  | { kind: 'achieved'; goalId: string; title: string }
  | { kind: 'anomaly'; goalId: string; title: string; date: string; value: number };

// How much a status asks for attention; "worse" means a step up into at-risk or beyond.

/** How long "slipping: was on track" stays on a card after the change. */
export const RECENT_DAYS = 14;

const daysBetween = (a: string, b: string) =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

export function advanceStates(
  prev: GoalStates,
  views: GoalView[],
  today: string,
): { states: GoalStates; alerts: Alert[]; changed: boolean } {
  const states: GoalStates = {};
  const alerts: Alert[] = [];
  let changed = Object.keys(prev).length !== views.length;
  for (const { goal, evaluation: e } of views) {
    const old = prev[goal.id];
    const anomalyDays = e.anomalies.map((a) => a.date);
    if (!old) {
      // First sight (new goal, import, install): remember, but do not alert about the past.
      states[goal.id] = { status: e.status, since: today, previous: null, anomalies: anomalyDays };
      changed = true;
      continue;
    }
    // A closed goal's state is still followed (so reopening it does not alert about its past),
    // but it never alerts: it no longer asks for anything.
    const quiet = !isOpen(goal);
    const raise = (alert: Alert) => void (quiet || alerts.push(alert));
    const next: GoalState = { ...old, anomalies: [...old.anomalies] };
    if (old.status !== e.status) {
      next.previous = old.status;
      next.status = e.status;
      next.since = today;
      changed = true;
      if (e.status === 'achieved') raise({ kind: 'achieved', goalId: goal.id, title: goal.title });
      else if (severity(e.status) > severity(old.status) && severity(e.status) >= 2)
        raise({
          kind: 'worse',
          goalId: goal.id,
          title: goal.title,
          from: old.status,
          to: e.status,
        });
    }
    for (const a of e.anomalies) {
      if (next.anomalies.includes(a.date)) continue;
      next.anomalies = [...next.anomalies, a.date].slice(-20);
      changed = true;
      raise({
        kind: 'anomaly',
        goalId: goal.id,
        title: goal.title,
        date: a.date,
        value: a.value,
      });
    }
    states[goal.id] = next;
  }
  return { states, alerts, changed };
}

/** Put the recent previous status on each view, for "slipping: was on track". */
export function annotate(views: GoalView[], states: GoalStates, today: string): GoalView[] {
  return views.map((v) => {
    const s = states[v.goal.id];
    const recent = s && s.previous !== null && daysBetween(s.since, today) <= RECENT_DAYS;
    return {
      ...v,
      evaluation: {
        ...v.evaluation,
        previousStatus: recent ? s.previous : null,
        statusSince: s?.since ?? null,
      },
    };
  });
}
