/**
 * Issue 14: a notification for an anomaly is sent only for one that survives the engine's rules.
 * Day by day, as the background does it: evaluate (toGoalView) → advanceStates → alerts.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../lib/goals/dates';
import type { Reading } from '../../lib/goals/schema';
import { advanceStates, type Alert } from '../../lib/service/status-changes';
import type { GoalStates } from '../../lib/store/goal-states';
import { toGoalView } from '../../lib/service/views';
import { makeGoal, makeReading } from '../support/factories';

const START = '2025-10-01';
const goal = makeGoal({
  baseline: { value: 2, date: START },
  target: { value: 15 },
  start: START,
  deadline: addDays(START, 90),
});
const round2 = (x: number) => Math.round(x * 100) / 100;
/** The steady series of issue 14, shown with two decimals (daily changes 0.14 / 0.15). */
const steady = (i: number) => round2(2 + (13 * i) / 90);

function alertsOver(value: (i: number) => number, days: number): Alert[] {
  const readings: Reading[] = [];
  let states: GoalStates = {};
  const alerts: Alert[] = [];
  for (let i = 0; i < days; i++) {
    const day = addDays(START, i);
    readings.push(makeReading(goal.metric, value(i), `${day}T09:00:00.000Z`, { precision: 0.005 }));
    const view = toGoalView(goal, readings, new Date(`${day}T12:00:00.000Z`));
    const next = advanceStates(states, [view], day);
    states = next.states;
    alerts.push(...next.alerts);
  }
  return alerts;
}

describe('anomaly notifications', () => {
  it('sends none for a steady rounded series, day after day', () => {
    expect(alertsOver(steady, 80).filter((a) => a.kind === 'anomaly')).toEqual([]);
  });

  it('sends one for a real spike, once', () => {
    const spikeDay = 40;
    const alerts = alertsOver((i) => steady(i) + (i === spikeDay ? 1 : 0), 60);
    expect(alerts.filter((a) => a.kind === 'anomaly')).toEqual([
      expect.objectContaining({ kind: 'anomaly', date: addDays(START, spikeDay) }),
    ]);
  });
});
