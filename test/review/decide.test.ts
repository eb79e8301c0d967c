import { describe, expect, it } from 'vitest';
import { Goal } from '../../lib/goals/schema';
import type { GoalStatus } from '../../lib/goals/status';
import {
  buildDecision,
  buildReview,
  changedActionTitles,
  draftFor,
  reviewOrder,
  type DecisionDraft,
} from '../../lib/review/decide';
import { Review } from '../../lib/review/schema';
import { makeGoal } from '../support/factories';
import { localIsoDay } from '../../lib/goals/dates';

const item = (
  over: Partial<Goal> = {},
  status: GoalStatus = 'off-track',
  prev: GoalStatus | null = 'on-track',
) => ({
  goal: makeGoal(over),
  evaluation: { status },
  previousStatus: prev,
});
const TODAY = '2026-02-10';
const draft = (i: ReturnType<typeof item>, over: Partial<DecisionDraft>) => ({
  ...draftFor(i.goal),
  ...over,
});

describe('reviewOrder', () => {
  it('puts goals needing attention first, worst first, then the rest; closed goals are left out', () => {
    const items = [
      item({ id: 'a', title: 'A' }, 'on-track'),
      item({ id: 'b', title: 'B' }, 'at-risk'),
      item({ id: 'c', title: 'C' }, 'off-track'),
      item({ id: 'd', title: 'D' }, 'early'),
      item(
        { id: 'e', title: 'E', closed: { date: TODAY, outcome: 'abandoned', lesson: 'x' } },
        'off-track',
      ),
      item({ id: 'f', title: 'F' }, 'stale'),
    ];
    const { attention, rest } = reviewOrder(items);
    expect(attention.map((i) => i.goal.id)).toEqual(['c', 'b', 'f']);
    expect(rest.map((i) => i.goal.id)).toEqual(['d', 'a']);
  });
  it('breaks ties by priority', () => {
    const { attention } = reviewOrder([
      item({ id: 'low', title: 'A', priority: 5 }),
      item({ id: 'high', title: 'Z', priority: 1 }),
    ]);
    expect(attention.map((i) => i.goal.id)).toEqual(['high', 'low']);
  });
});

describe('buildDecision', () => {
  it('keep: a decision with the statuses and the note, the goal unchanged', () => {
    const i = item();
    const r = buildDecision(i, draft(i, { note: '  wait a week ' }), TODAY);
    expect(r).toEqual({
      ok: true,
      goal: null,
      decision: {
        goalId: 'g1',
        title: i.goal.title,
        kind: 'keep',
        status: 'off-track',
        previousStatus: 'on-track',
        note: 'wait a week',
      },
    });
  });

  it('revise: needs a reason; the revision keeps the old target and deadline', () => {
    const i = item();
    const noReason = buildDecision(i, draft(i, { kind: 'revise', target: '18000' }), TODAY);
    expect(noReason).toEqual({ ok: false, errors: { reason: 'reason' } });
    const r = buildDecision(
      i,
      draft(i, { kind: 'revise', target: '18k', deadline: '2026-04-30', reason: 'Ads paused' }),
      TODAY,
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const revision = {
      date: TODAY,
      reason: 'Ads paused',
      target: { value: 20000 },
      deadline: '2026-03-31',
    };
    expect(r.decision.revision).toEqual(revision);
    expect(r.goal).toMatchObject({
      target: { value: 18000 },
      deadline: '2026-04-30',
      revisions: [revision],
    });
    expect(Goal.safeParse(r.goal).success).toBe(true);
  });

  it('revise: keeps a relative target relative, refuses no change and bad dates', () => {
    const i = item({ target: { changePercent: 20 } });
    const r = buildDecision(i, draft(i, { kind: 'revise', target: '15', reason: 'r' }), TODAY);
    expect(r.ok && r.goal?.target).toEqual({ changePercent: 15 });
    expect(buildDecision(i, draft(i, { kind: 'revise', reason: 'r' }), TODAY)).toEqual({
      ok: false,
      errors: { target: 'no-change' },
    });
    expect(
      buildDecision(
        i,
        draft(i, { kind: 'revise', reason: 'r', target: 'abc', deadline: '2025-12-01' }),
        TODAY,
      ),
    ).toEqual({ ok: false, errors: { target: 'target', deadline: 'deadline-order' } });
  });

  it('revise with an action added: the decision lists the action too', () => {
    const i = item();
    const actions = [
      { id: 'n1', title: 'Restart the newsletter', owner: 'Mina', status: 'todo' as const },
    ];
    const r = buildDecision(
      i,
      draft(i, { kind: 'revise', target: '17000', reason: 'r', actions }),
      TODAY,
    );
    expect(r.ok && r.decision.actions).toEqual(['Restart the newsletter']);
    expect(r.ok && r.goal?.actions).toEqual(actions);
  });

  it('close: needs an outcome and a lesson; the goal gets its closure', () => {
    const i = item();
    expect(buildDecision(i, draft(i, { kind: 'close' }), TODAY)).toEqual({
      ok: false,
      errors: { outcome: 'outcome', lesson: 'lesson' },
    });
    expect(
      buildDecision(i, draft(i, { kind: 'close', outcome: 'abandoned', lesson: '   ' }), TODAY),
    ).toEqual({
      ok: false,
      errors: { lesson: 'lesson' },
    });
    const r = buildDecision(
      i,
      draft(i, {
        kind: 'close',
        outcome: 'abandoned',
        lesson: 'Paid ads doubled visits but not signups',
      }),
      TODAY,
    );
    const closure = {
      date: TODAY,
      outcome: 'abandoned',
      lesson: 'Paid ads doubled visits but not signups',
    };
    expect(r.ok && r.decision.closure).toEqual(closure);
    expect(r.ok && r.goal?.closed).toEqual(closure);
  });

  it('reprioritise: 1–5 and a change', () => {
    const i = item({ priority: 3 });
    expect(buildDecision(i, draft(i, { kind: 'reprioritise', priority: '3' }), TODAY)).toEqual({
      ok: false,
      errors: { priority: 'no-change' },
    });
    expect(buildDecision(i, draft(i, { kind: 'reprioritise', priority: '9' }), TODAY)).toEqual({
      ok: false,
      errors: { priority: 'priority' },
    });
    const r = buildDecision(i, draft(i, { kind: 'reprioritise', priority: '1' }), TODAY);
    expect(r.ok && r.decision.priority).toEqual({ from: 3, to: 1 });
    expect(r.ok && r.goal?.priority).toBe(1);
  });

  it('change-plan: refuses an unchanged plan and an action without a title', () => {
    const a = { id: 'a1', title: 'Write posts', status: 'todo' as const };
    const b = { id: 'a2', title: 'Fix signup', status: 'todo' as const };
    const i = item({ actions: [a, b] });
    expect(buildDecision(i, draft(i, { kind: 'change-plan' }), TODAY)).toEqual({
      ok: false,
      errors: { actions: 'no-change' },
    });
    expect(
      buildDecision(
        i,
        draft(i, { kind: 'change-plan', actions: [{ ...a, title: ' ' }, b] }),
        TODAY,
      ),
    ).toEqual({ ok: false, errors: { actions: 'action' } });
    const done = buildDecision(
      i,
      draft(i, { kind: 'change-plan', actions: [{ ...a, status: 'done' }, b] }),
      TODAY,
    );
    expect(done.ok && done.decision.actions).toEqual(['Write posts']);
    const reordered = buildDecision(i, draft(i, { kind: 'change-plan', actions: [b, a] }), TODAY);
    expect(reordered.ok && reordered.decision.actions).toEqual(['Fix signup', 'Write posts']);
  });
});

describe('buildReview', () => {
  it('collects decisions into one valid Review and lists only changed goals', () => {
    const i1 = item({ id: 'g1' });
    const i2 = item({ id: 'g2' }, 'on-track', null);
    const r1 = buildDecision(
      i1,
      draft(i1, { kind: 'revise', target: '15000', reason: 'Season' }),
      TODAY,
    );
    const r2 = buildDecision(i2, draft(i2, {}), TODAY);
    if (!r1.ok || !r2.ok) throw new Error('not built');
    const { review, goals } = buildReview([r1, r2], {
      id: 'rev-1',
      date: TODAY,
      savedAt: '2026-02-10T09:00:00.000Z',
      cadence: 'monthly',
    });
    expect(Review.safeParse(review).success).toBe(true);
    expect(review.decisions.map((d) => d.kind)).toEqual(['revise', 'keep']);
    expect(goals.map((g) => g.id)).toEqual(['g1']);
  });
});

describe('small helpers', () => {
  it('localIsoDay uses the local calendar', () => {
    expect(localIsoDay(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
  it('changedActionTitles lists added and edited actions', () => {
    const a = { id: 'a', title: 'A', status: 'todo' as const };
    expect(changedActionTitles([a], [a, { id: 'b', title: 'B', status: 'todo' }])).toEqual(['B']);
    expect(changedActionTitles([a], [])).toEqual([]);
  });
});
