/** Report content for the article's three cases: statuses, order, change since last, actions, notes. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../lib/goals';
import { buildReport } from '../../lib/report';
import {
  allGoals,
  allReadings,
  engagement,
  followerReadings,
  followers,
  sales,
  salesReadings,
} from './cases';

const MONDAY_AFTER_FEB = new Date('2026-03-02T08:00:00Z');
const monthly = (over = {}) =>
  buildReport({
    goals: allGoals,
    readings: allReadings(),
    period: 'month',
    end: MONDAY_AFTER_FEB,
    ...over,
  });
const byId = (r: ReturnType<typeof monthly>, id: string) => r.goals.find((g) => g.id === id)!;

describe('monthly report for February 2026', () => {
  const r = monthly();

  it('judges each goal as of the end of February', () => {
    expect(r.period).toEqual({ start: '2026-02-01', end: '2026-02-28' });
    expect(Object.fromEntries(r.goals.map((g) => [g.id, g.status]))).toEqual({
      sales: 'on-track',
      followers: 'on-track',
      share: 'achieved',
      signups: 'no-data',
      engagement: 'off-track',
      buzz: 'missed',
    });
    // Readings exist for March 1st, but the report stops at the period's last day.
    expect(byId(r, 'sales').currentDate).toBe('2026-02-28');
    expect(byId(r, 'share').target).toBe(15);
    expect(byId(r, 'sales').target).toBeCloseTo(130_000_000, 3);
    expect(byId(r, 'sales')).toMatchObject({ unit: 'currency', currency: 'KRW' });
  });

  it('shares successes first, then waiting, then problems; by priority within a tier', () => {
    expect(r.goals.map((g) => g.id)).toEqual([
      'sales', // on-track, priority 1
      'followers', // on-track, priority 2
      'share', // achieved, no priority (3)
      'signups', // no data
      'engagement', // off-track
      'buzz', // missed
    ]);
    expect(r.summary).toEqual({
      total: 6,
      byStatus: {
        achieved: 1,
        'on-track': 2,
        early: 0,
        'no-data': 1,
        stale: 0,
        'at-risk': 0,
        'off-track': 1,
        missed: 1,
      },
      closed: 0,
    });
  });

  it('reports the change since the end of January, from evaluate as of then', () => {
    const jan31 = new Date('2026-01-31T23:59:59.999Z');
    for (const [goal, readings] of [
      [sales, salesReadings()],
      [followers, followerReadings()],
    ] as const) {
      const g = byId(r, goal.id);
      const then = evaluate(goal, readings, jan31);
      expect(g.previous).toEqual({ value: then.current, status: then.status });
      expect(g.change).toBeCloseTo(g.current! - then.current!, 6);
    }
    // February's sales alone: the quarter-to-date total grew by about a month of sales.
    expect(byId(r, 'sales').change!).toBeGreaterThan(40_000_000);
    expect(byId(r, 'signups')).toMatchObject({ change: null, previous: { value: null } });
  });

  it('lists actions done and overdue, and notes, from February only', () => {
    const g = byId(r, 'sales');
    expect(g.actionsDone.map((a) => a.id)).toEqual(['a1']); // a4 was done in January
    expect(g.actionsOverdue.map((a) => a.id)).toEqual(['a2']); // a3 is due in March
    expect(g.notes.map((n) => n.date)).toEqual(['2026-02-12']);
  });

  it('flags the viral spike on Feb 14th, and nothing on ordinary days', () => {
    expect(byId(r, 'followers').anomalies.map((a) => a.date)).toEqual(['2026-02-14']);
    for (const g of r.goals.filter((x) => x.id !== 'followers')) expect(g.anomalies).toEqual([]);
  });

  it('does not depend on the order of the readings', () => {
    const shuffled = allReadings().sort((a, b) => (a.value % 7) - (b.value % 7));
    expect(monthly({ readings: shuffled })).toEqual(r);
  });

  it('passes the tolerance on: a lenient team sees engagement at risk, not off track', () => {
    expect(byId(monthly({ tolerance: 0.5 }), 'engagement').status).toBe('at-risk');
  });

  it('never looks past `now`, even inside the period', () => {
    const early = monthly({ now: new Date('2026-02-10T12:00:00Z') });
    expect(byId(early, 'sales').currentDate).toBe('2026-02-10');
    expect(early.generatedAt).toBe('2026-02-10T12:00:00.000Z');
  });
});

describe('weekly and quarterly reports', () => {
  it('a Monday weekly report covers the week just ended and compares with the week before', () => {
    const r = buildReport({
      goals: [sales, followers, engagement],
      readings: allReadings(),
      period: 'week',
      end: new Date('2026-02-16T07:00:00Z'),
    });
    expect(r.period).toEqual({ start: '2026-02-09', end: '2026-02-15' });
    const s = r.goals.find((g) => g.id === 'sales')!;
    const weekBefore = evaluate(sales, salesReadings(), new Date('2026-02-08T23:59:59.999Z'));
    expect(s.change).toBeCloseTo(s.current! - weekBefore.current!, 6);
    expect(s.actionsDone.map((a) => a.id)).toEqual(['a1']);
    expect(s.notes).toHaveLength(1);
    expect(r.goals.find((g) => g.id === 'followers')!.anomalies).toHaveLength(1);
  });

  it('a quarterly report after Q1 has no previous figure for goals that began in Q1', () => {
    const r = buildReport({
      goals: [sales],
      readings: salesReadings('2026-03-31'),
      period: 'quarter',
      end: new Date('2026-04-02T00:00:00Z'),
    });
    expect(r.period).toEqual({ start: '2026-01-01', end: '2026-03-31' });
    expect(r.goals[0]).toMatchObject({ status: 'achieved', previous: null, change: null });
    expect(r.goals[0]!.actionsOverdue.map((a) => a.id)).toEqual(['a2', 'a3']);
    expect(r.goals[0]!.actionsDone.map((a) => a.id)).toEqual(['a1', 'a4']);
  });

  it('an empty goal list still makes a report', () => {
    const r = buildReport({ goals: [], readings: [], period: 'week', end: MONDAY_AFTER_FEB });
    expect(r.summary.total).toBe(0);
    expect(r.goals).toEqual([]);
  });
});
