/**
 * The goal editor's live SMART check: one verdict per letter, each with a reason code (and the
 * figures it names) that says what is missing rather than just "invalid". The sentences are in
 * the translator, in every language (components/editor/smart-text.ts).
 */
import { dayOf, dayOfDate, instantDay, isIsoDate } from './dates';
import { isStay, meets, resolveTarget, sense } from './progress';
import type { Goal, MetricRef, Reading } from './schema';
import { fitLine } from './stats';

/** What the editor holds while the user is still typing: anything may be missing. */
export type GoalDraft = Omit<Partial<Goal>, 'metric' | 'baseline' | 'target'> & {
  metric?: Partial<MetricRef> | null;
  baseline?: { value?: number; date?: string } | null;
  target?: { value?: number; changePercent?: number } | null;
};

/** Why a letter passes or not; `values` are the figures and words the sentence names. */
export type SmartReasonCode =
  | 'no-metric'
  | 'no-change-in-title'
  | 'specific'
  | 'no-target-no-baseline'
  | 'no-target'
  | 'no-baseline'
  | 'nothing-to-grow'
  | 'nothing-to-reduce'
  | 'measurable'
  | 'objective'
  | 'no-objective'
  | 'no-dates'
  | 'deadline-before-start'
  | 'deadline-passed'
  | 'time-bound'
  | 'needs-inputs'
  | 'budget-later'
  | 'already-met'
  | 'no-history'
  | 'never-moved'
  | 'out-of-reach'
  | 'stretch'
  | 'achievable';

export interface SmartReason {
  code: SmartReasonCode;
  values?: {
    label?: string;
    objective?: string;
    target?: number;
    baseline?: number;
    days?: number;
    start?: string;
    deadline?: string;
    /** Times the best two-week pace the goal needs. */
    ratio?: number;
    /** Change a day the goal needs, and the best two weeks' (in the goal's direction). */
    required?: number;
    best?: number;
  };
}

export interface SmartLetter {
  ok: boolean | 'unknown';
  reason: SmartReason;
}
export type Achievability = 'ok' | 'stretch' | 'unachievable' | 'unknown';
export interface SmartResult {
  S: SmartLetter;
  M: SmartLetter;
  A: SmartLetter & { level: Achievability; ratio: number | null };
  R: SmartLetter;
  T: SmartLetter;
}

/** Needing this many times the best pace seen is a stretch; this many more, out of reach. */
export const STRETCH_RATIO = 2;
export const UNACHIEVABLE_RATIO = 5;
const WINDOW_DAYS = 14;

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** A draft is fit to save when no letter says no ('unknown' is fine: it awaits data). */
export const smartPasses = (r: SmartResult): boolean =>
  (['S', 'M', 'A', 'R', 'T'] as const).every((k) => r[k].ok !== false);

export function checkSmart(
  draft: GoalDraft,
  history?: readonly Reading[],
  now: Date = new Date(),
): SmartResult {
  const metric = draft.metric;
  const bound = !!metric?.source && !!metric.key && typeof metric.scope === 'string';
  const label = (metric?.label || metric?.key || '').trim();
  const title = (draft.title ?? '').trim();
  const words = title.split(/\s+/).filter(Boolean).length;
  const namesIt =
    words >= 3 || (label.length > 1 && title.toLowerCase().includes(label.toLowerCase()));
  const S: SmartLetter = !bound
    ? no('no-metric')
    : !namesIt
      ? no('no-change-in-title')
      : yes('specific', { label });

  const baseline = draft.baseline?.value;
  const t = draft.target;
  const hasTarget = finite(t?.value) || finite(t?.changePercent);
  const direction = draft.direction ?? 'increase';
  const target = !hasTarget
    ? null
    : finite(t?.value)
      ? t.value
      : finite(baseline)
        ? resolveTarget({ changePercent: t!.changePercent! }, baseline)
        : null;
  let M: SmartLetter;
  if (!hasTarget && !finite(baseline)) M = no('no-target-no-baseline');
  else if (!hasTarget) M = no('no-target');
  else if (!finite(baseline) || target === null) M = no('no-baseline');
  else if (!isStay(direction) && meets(direction, baseline, target))
    M = no(direction === 'increase' ? 'nothing-to-grow' : 'nothing-to-reduce');
  else M = yes('measurable', { target, baseline });

  const objective = (draft.objective ?? '').trim();
  const short = objective.length > 60 ? `${objective.slice(0, 57)}…` : objective;
  const R = objective ? yes('objective', { objective: short }) : no('no-objective');

  const { start, deadline } = draft;
  let T: SmartLetter;
  if (!isIsoDate(start) || !isIsoDate(deadline)) T = no('no-dates');
  else if (deadline <= start) T = no('deadline-before-start');
  else if (dayOf(deadline) < dayOfDate(now)) T = no('deadline-passed');
  else {
    const days = dayOf(deadline) - dayOf(start);
    T = yes('time-bound', { days, start, deadline });
  }

  const A = achievable(draft, bound ? history : undefined, target, M.ok === true && T.ok !== false);
  return { S, M, A, R, T };
}

const reason = (code: SmartReasonCode, values?: SmartReason['values']): SmartReason =>
  values ? { code, values } : { code };
function yes(code: SmartReasonCode, values?: SmartReason['values']): SmartLetter {
  return { ok: true, reason: reason(code, values) };
}
function no(code: SmartReasonCode): SmartLetter {
  return { ok: false, reason: reason(code) };
}
function unknown(code: SmartReasonCode): SmartResult['A'] {
  return { ok: 'unknown', level: 'unknown', ratio: null, reason: reason(code) };
}

function achievable(
  draft: GoalDraft,
  history: readonly Reading[] | undefined,
  target: number | null,
  measurable: boolean,
): SmartResult['A'] {
  const { start, deadline, baseline } = draft;
  const direction = draft.direction ?? 'increase';
  const total = draft.accumulation === 'period-total';
  if (
    !measurable ||
    target === null ||
    !finite(baseline?.value) ||
    !isIsoDate(start) ||
    !isIsoDate(deadline)
  )
    return unknown('needs-inputs');
  const s = sense(direction);
  if (total && s === -1) return unknown('budget-later');
  if (!total && meets(direction, baseline.value, target))
    return {
      ok: true,
      level: 'ok',
      ratio: 0,
      reason: reason('already-met'),
    };

  const days = dayOf(deadline) - dayOf(start) + (total ? 1 : 0);
  // A period total accumulates from zero each period; a level moves from the baseline.
  const required = (total ? target : s * (target - baseline.value)) / days;
  const best = bestRate(draft.metric as MetricRef, history ?? [], s);
  if (best === null) return unknown('no-history');
  if (best <= 0)
    return {
      ok: false,
      level: 'unachievable',
      ratio: null,
      reason: reason('never-moved'),
    };
  const ratio = required / best;
  const values = { ratio, required, best };
  if (ratio >= UNACHIEVABLE_RATIO)
    return {
      ok: false,
      level: 'unachievable',
      ratio,
      reason: reason('out-of-reach', values),
    };
  if (ratio >= STRETCH_RATIO)
    return {
      ok: true,
      level: 'stretch',
      ratio,
      reason: reason('stretch', values),
    };
  return {
    ok: true,
    level: 'ok',
    ratio,
    reason: reason('achievable', values),
  };
}

/**
 * Best sustained rate in the goal's direction: the steepest least-squares slope over any 14-day
 * window of daily values (latest reading per UTC day), or over all of it if the history is
 * shorter. Windows need three points spanning a week, so one lucky day is not "sustained".
 */
export function bestRate(
  metric: Pick<MetricRef, 'source' | 'scope' | 'key'>,
  history: readonly Reading[],
  s: 1 | -1,
): number | null {
  const latest = new Map<number, Reading>();
  for (const r of history) {
    const m = r.metric;
    if (m.source !== metric.source || m.scope !== metric.scope || m.key !== metric.key) continue;
    const day = instantDay(r.observedAt);
    const prev = latest.get(day);
    if (!prev || Date.parse(r.observedAt) >= Date.parse(prev.observedAt)) latest.set(day, r);
  }
  const days = [...latest.keys()].sort((a, b) => a - b);
  const values = days.map((d) => latest.get(d)!.value);
  if (days.length < 2) return null;
  const span = days[days.length - 1]! - days[0]!;
  if (span < WINDOW_DAYS) return s * fitLine(days, values, 0, days.length, days[0]!)!.slope;
  let best: number | null = null;
  for (let i = 0, j = 0; i < days.length; i++) {
    while (j < days.length && days[j]! < days[i]! + WINDOW_DAYS) j++;
    if (j - i < 3 || days[j - 1]! - days[i]! < 7) continue;
    const line = fitLine(days, values, i, j, days[i]!);
    if (line && (best === null || s * line.slope > best)) best = s * line.slope;
  }
  return best;
}
