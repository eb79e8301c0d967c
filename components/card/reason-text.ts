/**
 * "Why this status" in one line of words: the rule that decided a goal's verdict and the numbers
 * behind it (lib/goals/reason.ts), e.g. "Off track: 11.5% done vs 66.7% expected by today, 55.2 pts
 * behind (more than the 10-pt tolerance); projected 13.5K < target 30K". Pure, so it is tested
 * without a DOM.
 */
import { atLeast, atMost } from '../../lib/goals/numeric';
import type { StatusReason } from '../../lib/goals/reason';
import { localeOf, type Lang, type Translate } from '../../lib/i18n';
import { formatDay, formatValue } from '../../lib/i18n/format';
import { STATUS_KEY } from '../../lib/i18n/status-words';
import type { GoalView } from '../../lib/messaging/schemas';

/** A fraction as a percentage with one decimal at most: 0.115 → "11.5%". */
const share = (x: number, lang: Lang) =>
  new Intl.NumberFormat(localeOf(lang), { style: 'percent', maximumFractionDigits: 1 }).format(x);

/** Progress points (fractions × 100): 0.552 → "55.2 pts" / "55.2%p". */
function points(x: number, lang: Lang): string {
  const n = new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 1 }).format(x * 100);
  return lang === 'ko' ? `${n}%p` : `${n} pts`;
}

export function reasonText(view: GoalView, t: Translate, lang: Lang, today: string): string | null {
  const r = view.evaluation.reason;
  if (!r) return null;
  const { goal } = view;
  const fmt = (v: number) => formatValue(v, view.unit ?? 'count', lang, view.currency);
  const day = (iso: string) => (iso === today ? t('reasonToday') : formatDay(iso, lang, today));
  const up = goal.direction === 'increase' || goal.direction === 'at-least';
  const lead = t(STATUS_KEY[view.evaluation.status]);
  const parts: string[] = [];

  const paceClause = () =>
    r.progress !== null && r.expected !== null && r.currentDate !== null
      ? t('reasonProgress', share(r.progress, lang), share(r.expected, lang), day(r.currentDate))
      : null;
  const projection = () => projectionClause(r, up, fmt, t);

  switch (r.rule) {
    case 'no-data':
      parts.push(t('reasonNoData'));
      break;
    case 'met':
      if (r.current !== null) parts.push(t('reasonMet', fmt(r.current), fmt(r.target)));
      break;
    case 'ended-unmet':
      if (r.current !== null && r.currentDate !== null)
        parts.push(t('reasonEndedUnmet', fmt(r.current), day(r.currentDate), fmt(r.target)));
      break;
    case 'stale':
      parts.push(t('reasonStale', r.daysSinceReading ?? 0, r.staleDays));
      break;
    case 'early':
      parts.push(t('reasonEarly', Math.max(0, r.elapsedDays), r.windowDays, r.judgeFromDay));
      break;
    case 'far-behind':
    case 'behind':
    case 'projection-short':
    case 'on-pace': {
      const pace = paceClause();
      if (pace) {
        const gap = r.gap ?? 0;
        const band = points(r.band ?? 0, lang);
        let where: string;
        if (r.rule === 'far-behind')
          where = t('reasonBehindTolerance', points(gap, lang), points(r.tolerance, lang));
        else if (r.rule === 'behind') where = t('reasonBehindBand', points(gap, lang), band);
        else where = t('reasonInBand', band);
        parts.push(`${pace}, ${where}`);
      }
      const p = projection();
      if (p) parts.push(p);
      break;
    }
    case 'holding':
    case 'not-holding':
    case 'trend-crosses': {
      if (r.current === null) break;
      const line = fmt(r.target);
      if (r.rule === 'not-holding')
        parts.push(t(up ? 'reasonBelowLine' : 'reasonAboveLine', fmt(r.current), line));
      else parts.push(t('reasonHolds', fmt(r.current), line));
      if (r.rule === 'trend-crosses' && r.projected !== null)
        parts.push(t('reasonTrendCrosses', fmt(r.projected), goalDeadline(goal.deadline)));
      break;
    }
    case 'over-budget':
      if (r.current !== null) parts.push(t('reasonOverBudget', fmt(r.current), fmt(r.target)));
      break;
    case 'overrun-far':
    case 'overrun':
    case 'within-budget': {
      if (r.projected === null || r.overrun === null) break;
      const by =
        r.overrun > 0
          ? t('reasonOver', share(r.overrun, lang))
          : t('reasonUnder', share(-r.overrun, lang));
      const limit =
        r.rule === 'overrun-far'
          ? t('reasonToleranceLimit', share(r.tolerance, lang))
          : t('reasonBandLimit', share(r.band ?? 0, lang));
      parts.push(t('reasonBudgetPace', fmt(r.projected), fmt(r.target), by, limit));
      break;
    }
  }
  if (parts.length === 0) return null;
  return `${lead}: ${parts.join('; ')}`;

  function goalDeadline(iso: string) {
    return formatDay(iso, lang, today);
  }
}

/**
 * "projected 13.5K < target 30K". The sign says what the engine decided: "≈" when the projection
 * falls short by less than the band (so it counts as making it), never a bare "<" on float noise.
 */
function projectionClause(
  r: StatusReason,
  up: boolean,
  fmt: (v: number) => string,
  t: Translate,
): string | null {
  if (r.projected === null || r.projectionMeets === null) return null;
  const beyond = up ? atLeast(r.projected, r.target) : atMost(r.projected, r.target);
  const sign = r.projectionMeets ? (beyond ? (up ? '≥' : '≤') : '≈') : up ? '<' : '>';
  return t('reasonProjection', fmt(r.projected), sign, fmt(r.target));
}
