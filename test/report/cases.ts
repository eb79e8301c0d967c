/**
 * The seed article's three cases (ch. 6) as goals with generated daily readings, plus a goal with
 * no data and one that ended unmet, so a report has every tier to order.
 */
import { addDays } from '../../lib/goals/dates';
import type { Goal, Reading } from '../../lib/goals/schema';
import { daily, makeGoal } from '../support/factories';

/**
 * Deterministic, evenly spread noise in −1..1 (a hash, not a pattern). A straight line has no
 * spread, so any change would look unusual; with this noise a day-to-day change is at most about
 * 2.3 robust z, well inside the anomaly threshold of 3.5, so only the planted spike stands out.
 */
export const jitter = (i: number) => {
  const x = Math.sin(i * 12.9898 + 78.233) * 43758.5453;
  return (x - Math.floor(x)) * 2 - 1;
};

/** The article's goals: what a case does not say grows the business 10% from 100. */
export function goal(over: Partial<Goal> & Pick<Goal, 'id' | 'title' | 'metric'>): Goal {
  return makeGoal({
    objective: 'Grow the business',
    baseline: { value: 100, date: '2026-01-01' },
    target: { changePercent: 10 },
    ...over,
  });
}

export const M = {
  sales: { source: 'shopify', scope: 'shop.example', key: 'total_sales' },
  followers: { source: 'youtube', scope: 'channel', key: 'subscribers' },
  engagement: { source: 'custom', scope: 'social', key: 'engagement_rate' },
  share: { source: 'custom', scope: 'market', key: 'share' },
  signups: { source: 'plausible', scope: 'example.com', key: 'signups' },
  buzz: { source: 'plausible', scope: 'example.com', key: 'mentions' },
};

/** Case 1: quarter-to-date sales, ₩1억 in Q1 last year, +30% → ₩1.3억, sold a little ahead of pace. */
export const sales = goal({
  id: 'sales',
  title: 'Grow quarterly online sales 30% over Q1 last year',
  metric: M.sales,
  accumulation: 'period-total',
  baseline: { value: 100_000_000, date: '2025-01-01' },
  target: { changePercent: 30 },
  priority: 1,
  owner: 'Mina',
  actions: [
    { id: 'a1', title: 'Launch spring campaign', status: 'done', due: '2026-02-10' },
    { id: 'a2', title: 'Fix checkout bug', status: 'doing', due: '2026-02-20' },
    { id: 'a3', title: 'Plan Q2 promotions', status: 'todo', due: '2026-03-15' },
    { id: 'a4', title: 'Hire a copywriter', status: 'done', due: '2026-01-15' },
  ],
  notes: [
    { date: '2026-01-20', text: 'Kick-off with the team' },
    { date: '2026-02-12', text: 'Campaign went live;\nfirst orders look good' },
  ],
});
const perDay = 130_000_000 / 90;
export function salesReadings(to = '2026-03-01'): Reading[] {
  let sum = 0;
  return daily('2026-01-01', to, (i) => (sum += perDay * 1.08 * (1 + 0.05 * jitter(i))), {
    metric: M.sales,
    unit: 'currency',
    currency: 'KRW',
    periodStart: '2026-01-01',
  });
}

/** Case 2: followers +50% and engagement +20% in six months. */
export const followers = goal({
  id: 'followers',
  title: 'Grow followers by 50% in six months',
  metric: M.followers,
  baseline: { value: 10_000, date: '2026-01-01' },
  target: { changePercent: 50 },
  deadline: '2026-06-30',
  priority: 2,
});
/** 35 a day with noise, and a viral spike of +2,000 on Feb 14th. */
export const followerReadings = () =>
  daily(
    '2026-01-01',
    '2026-03-01',
    (i) => {
      const spike = addDays('2026-01-01', i) >= '2026-02-14' ? 2000 : 0;
      return Math.round(10_000 + 35 * i + 20 * jitter(i) + spike);
    },
    { metric: M.followers },
  );

export const engagement = goal({
  id: 'engagement',
  title: 'Raise the engagement rate by 20% in six months',
  metric: M.engagement,
  baseline: { value: 4, date: '2026-01-01' },
  target: { changePercent: 20 },
  deadline: '2026-06-30',
  priority: 2,
});
/** Flat: the campaign moved followers, not engagement. */
export const engagementReadings = () =>
  daily('2026-01-01', '2026-03-01', (i) => 4 + 0.02 * jitter(i), {
    metric: M.engagement,
    unit: 'percent',
  });

/** Case 3: 15% market share within three months of launch, reached in late February. */
export const share = goal({
  id: 'share',
  title: 'Reach 15% market share within three months of launch',
  metric: M.share,
  baseline: { value: 5, date: '2026-01-01' },
  target: { value: 15 },
});
export const shareReadings = () =>
  daily('2026-01-01', '2026-03-01', (i) => 5 + 0.2 * i + 0.05 * jitter(i), {
    metric: M.share,
    unit: 'percent',
  });

export const signups = goal({ id: 'signups', title: 'Monthly sign-ups +20%', metric: M.signups });

/** Ended on Jan 31 below its target. */
export const buzz = goal({
  id: 'buzz',
  title: 'Launch buzz: 500 mentions',
  metric: M.buzz,
  baseline: { value: 100, date: '2026-01-01' },
  target: { value: 500 },
  deadline: '2026-01-31',
  priority: 1,
});
export const buzzReadings = () =>
  daily('2026-01-01', '2026-01-31', (i) => 100 + 5 * i, { metric: M.buzz });

export const allGoals = [engagement, buzz, signups, share, followers, sales];
export const allReadings = () =>
  [
    ...salesReadings(),
    ...followerReadings(),
    ...engagementReadings(),
    ...shareReadings(),
    ...buzzReadings(),
  ].reverse(); // any order
