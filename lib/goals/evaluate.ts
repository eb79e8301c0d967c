/**
 * A goal's verdict at a moment. The rules, in the order they are applied, are spelled out in
 * `decide` below and in lib/goals/README.md.
 */
import { detectAnomalies } from './anomalies';
import { dayOf, dayOfDate, isoOf } from './dates';
import {
  clamp01,
  isBudget,
  isStay,
  levelProgress,
  meets,
  resolveTarget,
  totalProgress,
} from './progress';
import { atMost } from './numeric';
import { project } from './projection';
import type { Goal, Reading } from './schema';
import { dailySeries, type DailySeries } from './series';
import type { EvaluateOptions, Evaluation } from './types';
import { decide, judgeFromDay, marginFor, reasonOf, type Facts } from './verdict';

export const DEFAULT_STALE_DAYS = 3;
export const DEFAULT_TOLERANCE = 0.1;
export { EARLY_SHARE, EARLY_MIN_DAYS, ON_PACE_MARGIN } from './verdict';

export function evaluate(
  goal: Goal,
  readings: readonly Reading[],
  now: Date,
  options: EvaluateOptions = {},
): Evaluation {
  const series = dailySeries(goal, readings, now.getTime());
  return judge(goal, series, series.days.length, dayOfDate(now), options);
}

/**
 * Linear pace: a level should have covered (day − start)/(deadline − start) of the distance; a
 * period total should have collected the share of the period's days covered so far (the reading
 * for day d includes day d). Stay goals should hold all the time.
 */
export function expectedProgress(goal: Goal, day: number): number {
  if (isStay(goal.direction) && goal.accumulation === 'level') return 1;
  const s = dayOf(goal.start);
  const d = dayOf(goal.deadline);
  if (goal.accumulation === 'period-total') return clamp01((day - s + 1) / (d - s + 1));
  return d > s ? clamp01((day - s) / (d - s)) : 1;
}

/** The verdict on `series` points [first, end) as of `nowDay` (shared with statusHistory). */
export function judge(
  goal: Goal,
  series: DailySeries,
  end: number,
  nowDay: number,
  options: EvaluateOptions,
): Evaluation {
  const { days, values, precisions, first } = series;
  const dir = goal.direction;
  const total = goal.accumulation === 'period-total';
  const stay = isStay(dir) && !total;
  const budget = isBudget(goal);
  const baseline = goal.baseline.value;
  const target = resolveTarget(goal.target, baseline);
  const startDay = dayOf(goal.start);
  const deadlineDay = dayOf(goal.deadline);
  const tolerance = goal.tolerance ?? options.tolerance ?? DEFAULT_TOLERANCE;
  const staleDays = options.staleDays ?? DEFAULT_STALE_DAYS;
  const ended = nowDay > deadlineDay;
  const n = end - first;
  const windowDays = deadlineDay - startDay;
  const judgeFrom = judgeFromDay(windowDays);
  const elapsedDays = nowDay - startDay;
  // Early means only that too little of the window has passed; one reading after the baseline
  // (a dated point) already gives progress against pace.
  const early = elapsedDays < judgeFrom;
  const facts: Facts = {
    kind: stay ? 'stay' : budget ? 'budget' : 'pace',
    met: false,
    ended,
    settled: false,
    slack: 0,
    progress: null,
    expected: null,
    gap: null,
    band: null,
    tolerance,
    current: null,
    currentDate: null,
    target,
    projected: null,
    projectionMeets: null,
    elapsedDays,
    windowDays,
    judgeFromDay: judgeFrom,
    daysSinceReading: null,
    staleDays,
    overrun: null,
  };

  if (n <= 0) {
    const expectedNow = expectedProgress(goal, Math.min(nowDay, deadlineDay));
    facts.expected = expectedNow;
    return {
      status: 'no-data',
      progress: null,
      expectedProgress: expectedNow,
      current: null,
      currentDate: null,
      target,
      projected: null,
      projectionNote: 'no-data',
      requiredPerDay: null,
      requiredPerWeek: null,
      anomalies: [],
      excluded: series.excluded,
      reason: reasonOf(facts, 'no-data'),
      ...(stay ? { heldSince: null } : {}),
    };
  }

  const last = end - 1;
  const current = values[last]!;
  const day = days[last]!;
  const precision = precisions[last]!;
  const met = meets(dir, current, target, precision);
  const expected = expectedProgress(goal, day);
  const progress = total
    ? budget
      ? null
      : totalProgress(target, current)
    : levelProgress(dir, baseline, target, current, precision);

  const { projected, projectionNote, spread } = project({
    days,
    values,
    precisions,
    first,
    end,
    total,
    stay,
    early,
    ended,
    direction: dir,
    target,
    baseline,
    baselineDay: dayOf(goal.baseline.date),
    startDay,
    deadlineDay,
  });

  const remainingDays = deadlineDay - day;
  let requiredPerDay: number | null = null;
  if (!ended && remainingDays > 0)
    requiredPerDay = met && !budget ? 0 : (target - current) / remainingDays;

  let heldSince: string | null | undefined;
  if (stay) {
    let i = last;
    while (i >= first && meets(dir, values[i]!, target, precisions[i]!)) i--;
    heldSince = i === last ? null : isoOf(days[i + 1]!);
  }

  // The on-pace band, in progress points: the figure's display rounding plus a small margin.
  const span = total ? Math.abs(target) : Math.abs(target - baseline);
  const slack = span > 0 ? precision / span : 0;
  const band = slack + marginFor(tolerance);
  const pv = projected?.value ?? null;
  facts.met = met;
  facts.settled = budget && day >= deadlineDay;
  facts.slack = slack;
  facts.progress = progress;
  facts.expected = expected;
  facts.gap = progress === null ? null : expected - progress;
  facts.band = stay ? null : band;
  facts.current = current;
  facts.currentDate = isoOf(day);
  facts.projected = pv;
  facts.daysSinceReading = nowDay - day;
  const spreadShare = span > 0 ? spread / span : 0;
  if (pv !== null) {
    if (stay || span === 0)
      facts.projectionMeets = meets(dir, pv, target, Math.max(precision, spread));
    else if (budget) facts.projectionMeets = atMost(pv / target - 1, band + spreadShare);
    else {
      // How much of the distance the projection covers, with the same band as the pace.
      const covered = total ? pv / target : levelProgress(dir, baseline, target, pv);
      facts.projectionMeets = atMost(1 - covered, band + spreadShare);
    }
  }
  if (budget && target !== 0) {
    const used = (current - precision) / target;
    // Give the run-rate the benefit of the figure's rounding, as the pace gets it.
    facts.overrun = pv !== null ? (pv - spread) / target - 1 : used - expected;
  }
  const [status, rule] = decide(facts);

  return {
    status,
    progress,
    expectedProgress: expected,
    current,
    currentDate: facts.currentDate,
    target,
    projected,
    projectionNote,
    requiredPerDay,
    requiredPerWeek: requiredPerDay === null ? null : requiredPerDay * 7,
    // Pre-start history of a level counts as the yardstick for "unusual" (it is the metric's
    // normal behaviour); for a period total only this period's increments compare.
    anomalies: detectAnomalies(days, values, total ? first : 0, end, precisions),
    excluded: series.excluded,
    reason: reasonOf(facts, rule),
    ...(stay ? { heldSince } : {}),
  };
}
