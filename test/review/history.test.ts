import { describe, expect, it } from 'vitest';
import type { Goal } from '../../lib/goals/schema';
import type { GoalStatus } from '../../lib/goals/status';
import { decisionsOf, lastDecisionOf, lessonsFor, staleDecisions } from '../../lib/review/history';
import { makeGoal } from '../support/factories';

describe('lessonsFor', () => {
  it('lists closed goals on the same source/scope/key, newest first', () => {
    const closed = (id: string, date: string, over: Partial<Goal> = {}) =>
      makeGoal({ id, closed: { date, outcome: 'abandoned', lesson: `lesson ${id}` }, ...over });
    const goals = [
      closed('old', '2025-06-30'),
      closed('new', '2026-09-30'),
      closed('other-site', '2026-10-01', {
        metric: { source: 'plausible', scope: 'other.com', key: 'visitors' },
      }),
      makeGoal({ id: 'open' }),
    ];
    const m = { source: 'plausible', scope: 'example.com', key: 'visitors' };
    expect(lessonsFor(m, goals).map((l) => l.goalId)).toEqual(['new', 'old']);
    expect(lessonsFor(m, goals, 'new').map((l) => l.goalId)).toEqual(['old']);
    expect(lessonsFor({ source: '', scope: '', key: '' }, goals)).toEqual([]);
  });
});

describe('lastDecisionOf / decisionsOf', () => {
  const dec = (goalId: string, status: GoalStatus) => ({
    goalId,
    title: 'T',
    kind: 'keep' as const,
    status,
    previousStatus: null,
  });
  const rev = (id: string, date: string, decisions: ReturnType<typeof dec>[]) => ({
    id,
    date,
    savedAt: `${date}T10:00:00.000Z`,
    cadence: 'monthly' as const,
    decisions,
  });
  const reviews = [
    rev('r3', '2026-10-31', [dec('other', 'on-track')]),
    rev('r1', '2026-08-31', [dec('g1', 'at-risk')]),
    rev('r2', '2026-09-30', [dec('g1', 'on-track')]),
  ];
  it('finds the latest review that decided on the goal, not merely the latest review', () => {
    expect(lastDecisionOf('g1', reviews)).toEqual({
      date: '2026-09-30',
      decision: dec('g1', 'on-track'),
    });
    expect(lastDecisionOf('nobody', reviews)).toBeNull();
  });
  it('lists a goal’s decisions newest first', () => {
    expect(decisionsOf('g1', reviews).map((d) => d.date)).toEqual(['2026-09-30', '2026-08-31']);
  });
});

describe('staleDecisions', () => {
  it('flags a changed decision whose goal changed since, or whose goal is gone', () => {
    const g = makeGoal({ id: 'g1' });
    const h = makeGoal({ id: 'g2' });
    const keep = { decision: { goalId: 'g2' } as never, goal: null, base: h };
    const revise = {
      decision: { goalId: 'g1' } as never,
      goal: { ...g, target: { value: 1 } },
      base: g,
    };
    expect(staleDecisions([keep, revise], [g, h])).toEqual([]);
    const edited = { ...g, notes: [{ date: '2026-02-01', text: 'new note' }] };
    expect(staleDecisions([keep, revise], [edited, { ...h, title: 'renamed' }])).toEqual(['g1']);
    expect(staleDecisions([keep, revise], [g])).toEqual(['g2']);
  });
});
