/**
 * The periodic report, weekly or monthly (docs/architecture.md, "Contracts"). Pure: goals and
 * readings in, plain data out. Every figure comes from `evaluate` as of a moment, so the report
 * says what the side panel would have said at the end of the period.
 */
import { manualUnit } from '../checkins';
import { dayOf, dayOfDate } from '../goals/dates';
import { detectAnomalies, evaluate, dailySeries } from '../goals';
import { metricId, type Goal, type Reading, type Unit } from '../goals/schema';
import { STATUSES_BEST_FIRST } from '../goals/status';
import type { Anomaly, Evaluation, GoalStatus } from '../goals/types';
import type { Review } from '../review/schema';
import { decisionsIn } from './decisions';
import { endOfDay, reportPeriods, type DayRange, type PeriodKind } from './period';
import type { GoalReport, Report } from './types';

export interface ReportInput {
  goals: readonly Goal[];
  /** Every reading, any order; each goal picks its own metric's. */
  readings: readonly Reading[];
  period: PeriodKind;
  /** The report date: the report covers the last complete period before it (period.ts). */
  end: Date;
  /** When the report is made (default `end`); readings seen after it are ignored. */
  now?: Date;
  tolerance?: number;
  staleDays?: number;
  /** Saved reviews, any order; those dated within the period are reported (issue 13). */
  reviews?: readonly Review[];
}

export const STATUSES: readonly GoalStatus[] = STATUSES_BEST_FIRST;

/** Tiers in report order: successes are shared first (article ch. 4), then waiting, then problems. */
export const TIER: Record<GoalStatus, number> = {
  achieved: 0,
  'on-track': 0,
  early: 1,
  'no-data': 1,
  stale: 1,
  'at-risk': 2,
  'off-track': 3,
  missed: 4,
};

export function buildReport(input: ReportInput): Report {
  const now = input.now ?? input.end;
  const { period, previous } = reportPeriods(input.period, input.end);
  // Never look past the moment the report is made, even for a period that has not ended.
  const asOf = new Date(Math.min(endOfDay(period.end).getTime(), now.getTime()));
  const prevAsOf = new Date(Math.min(endOfDay(previous.end).getTime(), now.getTime()));
  const options = { tolerance: input.tolerance, staleDays: input.staleDays };

  const byMetric = new Map<string, Reading[]>();
  for (const r of input.readings) {
    const k = metricId(r.metric);
    const list = byMetric.get(k);
    if (list) list.push(r);
    else byMetric.set(k, [r]);
  }

  const goals = input.goals.map((goal): GoalReport => {
    const readings = byMetric.get(metricId(goal.metric)) ?? [];
    const e = evaluate(goal, readings, asOf, options);
    const before = goal.start <= previous.end ? evaluate(goal, readings, prevAsOf, options) : null;
    const prevValue = before?.current ?? null;
    return {
      id: goal.id,
      title: goal.title,
      objective: goal.objective,
      metric: goal.metric,
      direction: goal.direction,
      accumulation: goal.accumulation,
      priority: goal.priority,
      owner: goal.owner,
      ...unitOf(readings, e, asOf, goal.metric),
      status: e.status,
      baseline: goal.baseline,
      current: e.current,
      currentDate: e.currentDate,
      target: e.target,
      deadline: goal.deadline,
      progress: e.progress,
      expectedProgress: e.expectedProgress,
      previous: before ? { value: prevValue, status: before.status } : null,
      change: e.current !== null && prevValue !== null ? e.current - prevValue : null,
      actionsDone: goal.actions.filter(
        (a) => a.status === 'done' && a.due && within(a.due, period),
      ),
      actionsOverdue: goal.actions.filter(
        (a) => a.status !== 'done' && a.due && a.due <= period.end,
      ),
      notes: goal.notes.filter((n) => within(n.date, period)),
      anomalies: anomaliesIn(goal, readings, asOf, period),
      ...byHand(readings, e.currentDate, asOf, period),
    };
  });

  goals.sort(
    (a, b) =>
      TIER[a.status] - TIER[b.status] ||
      (a.priority ?? 3) - (b.priority ?? 3) ||
      STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status) ||
      a.title.localeCompare(b.title) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<GoalStatus, number>;
  for (const g of goals) byStatus[g.status]++;
  return {
    kind: input.period,
    period,
    previous,
    generatedAt: now.toISOString(),
    summary: { total: goals.length, byStatus },
    goals,
    decisions: decisionsIn(input.reviews ?? [], period, new Map(goals.map((g) => [g.id, g]))),
  };
}

const within = (day: string, p: DayRange) => p.start <= day && day <= p.end;

/**
 * The goal has no unit of its own: take the newest reading the evaluation used (not one it left
 * out for its unit), so "₩1.3억" is not printed as a bare count.
 */
function unitOf(
  readings: readonly Reading[],
  e: Evaluation,
  asOf: Date,
  metric: { source: string; scope: string },
) {
  const out = new Set(e.excluded.filter((x) => x.reason === 'unit-mismatch').map((x) => x.reading));
  let best: Reading | undefined;
  for (const r of readings) {
    if (out.has(r) || Date.parse(r.observedAt) > asOf.getTime()) continue;
    if (!best || r.observedAt > best.observedAt) best = r;
  }
  return { unit: (best?.unit ?? manualUnit(metric) ?? 'count') as Unit, currency: best?.currency };
}

/**
 * The check-ins of the period, and whether the current value is one: the engine keeps the newest
 * reading of a day, so the current value was typed by hand when that day's newest reading was.
 */
function byHand(
  readings: readonly Reading[],
  currentDate: string | null,
  asOf: Date,
  p: DayRange,
): Pick<GoalReport, 'checkins' | 'currentByHand'> {
  const checkins: GoalReport['checkins'] = [];
  let newestOfCurrentDay: Reading | undefined;
  for (const r of readings) {
    if (Date.parse(r.observedAt) > asOf.getTime()) continue;
    const day = r.observedAt.slice(0, 10);
    if (
      day === currentDate &&
      (!newestOfCurrentDay || r.observedAt >= newestOfCurrentDay.observedAt)
    )
      newestOfCurrentDay = r;
    if (r.origin !== 'check-in' || !within(day, p)) continue;
    checkins.push({ date: day, value: r.value, ...(r.note ? { note: r.note } : {}) });
  }
  checkins.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { checkins, currentByHand: newestOfCurrentDay?.origin === 'check-in' };
}

/**
 * `evaluate` only judges the newest point; a report wants every unusual day of the period, so
 * replay the anomaly check with each in-period day as "newest" (same rule as `judge`: a period
 * total only compares this period's increments).
 */
function anomaliesIn(goal: Goal, readings: readonly Reading[], asOf: Date, p: DayRange): Anomaly[] {
  const { days, values, precisions, first } = dailySeries(goal, readings, asOf.getTime());
  const from = dayOf(p.start);
  const to = Math.min(dayOf(p.end), dayOfDate(asOf));
  const out: Anomaly[] = [];
  for (let end = Math.max(first, 0) + 1; end <= days.length; end++) {
    const day = days[end - 1]!;
    if (day < from || day > to) continue;
    out.push(
      ...detectAnomalies(
        days,
        values,
        goal.accumulation === 'period-total' ? first : 0,
        end,
        precisions,
      ),
    );
  }
  return out;
}
