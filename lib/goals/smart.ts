/**
 * The goal editor's live SMART check: one verdict per letter, each with a reason in English and
 * Korean that says what is missing rather than just "invalid".
 */
import { dayOf, dayOfDate, instantDay, isIsoDate } from './dates';
import { isStay, meets, resolveTarget, sense } from './progress';
import type { Goal, MetricRef, Reading } from './schema';
import { fitLine } from './stats';
import type { Bilingual } from './types';

/** What the editor holds while the user is still typing: anything may be missing. */
export type GoalDraft = Omit<Partial<Goal>, 'metric' | 'baseline' | 'target'> & {
  metric?: Partial<MetricRef> | null;
  baseline?: { value?: number; date?: string } | null;
  target?: { value?: number; changePercent?: number } | null;
};

export interface SmartLetter {
  ok: boolean | 'unknown';
  reason: Bilingual;
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

const say = (en: string, ko: string): Bilingual => ({ en, ko });
const num = (x: number, locale: string) =>
  x.toLocaleString(locale, { maximumFractionDigits: Math.abs(x) < 10 ? 2 : 0 });
const both = (x: number): Bilingual => ({ en: num(x, 'en-US'), ko: num(x, 'ko-KR') });
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
    ? no(
        'Bind the goal to a metric on one of your dashboards, so Pacer knows which figure to follow.',
        '목표를 대시보드의 지표에 연결해 주세요. 그래야 어떤 수치를 따라갈지 알 수 있습니다.',
      )
    : !namesIt
      ? no(
          'Say in the title what should change, e.g. “Grow weekly visitors to 20k”.',
          '제목에 무엇이 어떻게 바뀌어야 하는지 적어 주세요. 예: “주간 방문자 2만 명으로 늘리기”.',
        )
      : yes(
          `It follows “${label}”, and the title says what should change.`,
          `“${label}” 지표를 따라가며, 제목에 바뀌어야 할 것이 드러나 있습니다.`,
        );

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
  if (!hasTarget && !finite(baseline))
    M = no('Enter a target and a baseline value.', '목표값과 기준값을 입력해 주세요.');
  else if (!hasTarget)
    M = no(
      'Set a target: a number or a percentage change.',
      '목표값(숫자 또는 증감률)을 정해 주세요.',
    );
  else if (!finite(baseline) || target === null)
    M = no(
      'Enter the baseline: where the metric stands at the start.',
      '기준값(시작 시점의 수치)을 입력해 주세요.',
    );
  else if (!isStay(direction) && meets(direction, baseline, target))
    M =
      direction === 'increase'
        ? no(
            'The target is not above the baseline, so there is nothing to grow.',
            '목표값이 기준값보다 높지 않아 늘릴 것이 없습니다.',
          )
        : no(
            'The target is not below the baseline, so there is nothing to reduce.',
            '목표값이 기준값보다 낮지 않아 줄일 것이 없습니다.',
          );
  else
    M = yes(
      `There is a target (${both(target).en}) and a baseline (${both(baseline).en}) to measure against.`,
      `목표값(${both(target).ko})과 기준값(${both(baseline).ko})이 있습니다.`,
    );

  const objective = (draft.objective ?? '').trim();
  const short = objective.length > 60 ? `${objective.slice(0, 57)}…` : objective;
  const R = objective
    ? yes(`It serves the objective “${short}”.`, `“${short}”라는 목적에 기여합니다.`)
    : no(
        'Say why this goal matters: which objective does it serve?',
        '이 목표가 왜 중요한지, 어떤 목적에 기여하는지 적어 주세요.',
      );

  const { start, deadline } = draft;
  let T: SmartLetter;
  if (!isIsoDate(start) || !isIsoDate(deadline))
    T = no('Set a start date and a deadline.', '시작일과 마감일을 정해 주세요.');
  else if (deadline <= start)
    T = no('The deadline must come after the start.', '마감일은 시작일보다 뒤여야 합니다.');
  else if (dayOf(deadline) < dayOfDate(now))
    T = no(
      'The deadline has already passed; pick a new one.',
      '마감일이 이미 지났습니다. 새 마감일을 정해 주세요.',
    );
  else {
    const days = dayOf(deadline) - dayOf(start);
    T = yes(
      `${days} days, from ${start} to ${deadline}.`,
      `${start}부터 ${deadline}까지 ${days}일입니다.`,
    );
  }

  const A = achievable(draft, bound ? history : undefined, target, M.ok === true && T.ok !== false);
  return { S, M, A, R, T };
}

function yes(en: string, ko: string): SmartLetter {
  return { ok: true, reason: say(en, ko) };
}
function no(en: string, ko: string): SmartLetter {
  return { ok: false, reason: say(en, ko) };
}
function unknown(en: string, ko: string): SmartResult['A'] {
  return { ok: 'unknown', level: 'unknown', ratio: null, reason: say(en, ko) };
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
    return unknown(
      'Needs a target, a baseline and dates before it can be judged.',
      '목표값, 기준값, 기간이 정해져야 판단할 수 있습니다.',
    );
  const s = sense(direction);
  if (total && s === -1)
    return unknown(
      'A budget (a total that must stay low) is judged once readings come in.',
      '예산형 목표(낮게 유지해야 하는 합계)는 수치가 쌓이면 판단합니다.',
    );
  if (!total && meets(direction, baseline.value, target))
    return {
      ok: true,
      level: 'ok',
      ratio: 0,
      reason: say('The baseline already meets the target.', '기준값이 이미 목표를 충족합니다.'),
    };

  const days = dayOf(deadline) - dayOf(start) + (total ? 1 : 0);
  // A period total accumulates from zero each period; a level moves from the baseline.
  const required = (total ? target : s * (target - baseline.value)) / days;
  const best = bestRate(draft.metric as MetricRef, history ?? [], s);
  if (best === null)
    return unknown(
      'Not enough history to judge yet; Pacer will tell once readings come in.',
      '판단할 기록이 아직 부족합니다. 수치가 쌓이면 알려 드립니다.',
    );
  const req = both(required);
  const bst = both(best);
  if (best <= 0)
    return {
      ok: false,
      level: 'unachievable',
      ratio: null,
      reason: say(
        'The history never moved this way for two weeks in a row; as things go, this is out of reach.',
        '지금까지 2주 동안 이 방향으로 움직인 적이 없어, 지금 흐름으로는 달성하기 어렵습니다.',
      ),
    };
  const ratio = required / best;
  const r = ratio.toFixed(1);
  if (ratio >= UNACHIEVABLE_RATIO)
    return {
      ok: false,
      level: 'unachievable',
      ratio,
      reason: say(
        `Out of reach at the pace seen so far: it needs ${r}× the best two-week pace (${req.en} vs ${bst.en} a day). Lower the target or allow more time.`,
        `지금까지의 속도로는 달성하기 어렵습니다. 가장 좋았던 2주 속도의 ${r}배(하루 ${req.ko} 대 ${bst.ko})가 필요하니, 목표를 낮추거나 기간을 늘려 보세요.`,
      ),
    };
  if (ratio >= STRETCH_RATIO)
    return {
      ok: true,
      level: 'stretch',
      ratio,
      reason: say(
        `A stretch: it needs ${r}× the best two-week pace so far (${req.en} vs ${bst.en} a day).`,
        `도전적인 목표입니다. 지금까지 가장 좋았던 2주 속도의 ${r}배(하루 ${req.ko} 대 ${bst.ko})가 필요합니다.`,
      ),
    };
  return {
    ok: true,
    level: 'ok',
    ratio,
    reason: say(
      `Needs about ${req.en} a day; the best two weeks so far managed ${bst.en} a day.`,
      `하루 약 ${req.ko}씩 변하면 되며, 지금까지 가장 좋았던 2주에는 하루 ${bst.ko}씩 변했습니다.`,
    ),
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
