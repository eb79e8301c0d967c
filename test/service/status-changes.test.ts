import { describe, expect, it } from 'vitest';
import { advanceStates, annotate } from '../../lib/service/status-changes';
import type { GoalStatus, GoalView } from '../../lib/messaging/schemas';
import { makeGoal } from '../support/factories';

function view(id: string, status: GoalStatus, anomalies: string[] = []): GoalView {
  return {
    goal: makeGoal({ id, title: `Goal ${id}` }),
    unit: 'count',
    evaluation: {
      status,
      progress: 0.5,
      expectedProgress: 0.5,
      current: 1,
      currentDate: '2026-01-10',
      target: 2,
      requiredPerDay: 1,
      projected: null,
      projectionNote: null,
      anomalies: anomalies.map((date) => ({ date, value: 1, z: 5 })),
      heldSince: null,
      excluded: {},
      previousStatus: null,
      statusSince: null,
    },
  };
}

describe('advanceStates', () => {
  it('remembers new goals without alerting about the past', () => {
    const r = advanceStates({}, [view('a', 'off-track', ['2026-01-09'])], '2026-01-10');
    expect(r.alerts).toEqual([]);
    expect(r.changed).toBe(true);
    expect(r.states.a).toEqual({
      status: 'off-track',
      since: '2026-01-10',
      previous: null,
      anomalies: ['2026-01-09'],
    });
  });

  it('alerts once when a goal gets worse, not again on the next evaluation', () => {
    const first = advanceStates({}, [view('a', 'on-track')], '2026-01-10');
    const second = advanceStates(first.states, [view('a', 'at-risk')], '2026-01-11');
    expect(second.alerts).toEqual([
      { kind: 'worse', goalId: 'a', title: 'Goal a', from: 'on-track', to: 'at-risk' },
    ]);
    const third = advanceStates(second.states, [view('a', 'at-risk')], '2026-01-11');
    expect(third.alerts).toEqual([]);
    expect(third.changed).toBe(false);
  });

  it('does not alert on improvements or on becoming stale, but does on achieving', () => {
    let s = advanceStates({}, [view('a', 'off-track'), view('b', 'on-track')], '2026-01-10').states;
    const r = advanceStates(s, [view('a', 'at-risk'), view('b', 'stale')], '2026-01-11');
    expect(r.alerts).toEqual([]);
    s = r.states;
    expect(
      advanceStates(s, [view('a', 'achieved'), view('b', 'stale')], '2026-01-12').alerts,
    ).toEqual([{ kind: 'achieved', goalId: 'a', title: 'Goal a' }]);
  });

  it('alerts once per new anomaly', () => {
    const s = advanceStates({}, [view('a', 'on-track')], '2026-01-10').states;
    const r = advanceStates(s, [view('a', 'on-track', ['2026-01-11'])], '2026-01-11');
    expect(r.alerts).toMatchObject([{ kind: 'anomaly', date: '2026-01-11' }]);
    expect(
      advanceStates(r.states, [view('a', 'on-track', ['2026-01-11'])], '2026-01-12').alerts,
    ).toEqual([]);
  });

  it('forgets deleted goals', () => {
    const s = advanceStates(
      {},
      [view('a', 'on-track'), view('b', 'on-track')],
      '2026-01-10',
    ).states;
    const r = advanceStates(s, [view('a', 'on-track')], '2026-01-11');
    expect(Object.keys(r.states)).toEqual(['a']);
    expect(r.changed).toBe(true);
  });
});

describe('annotate', () => {
  it('shows the previous status for two weeks after the change', () => {
    const states = {
      a: {
        status: 'at-risk' as const,
        since: '2026-01-10',
        previous: 'on-track' as const,
        anomalies: [],
      },
    };
    expect(
      annotate([view('a', 'at-risk')], states, '2026-01-20')[0]!.evaluation.previousStatus,
    ).toBe('on-track');
    expect(
      annotate([view('a', 'at-risk')], states, '2026-02-01')[0]!.evaluation.previousStatus,
    ).toBeNull();
  });
});
