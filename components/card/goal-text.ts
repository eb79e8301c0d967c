/**
 * The sentences a goal card says about its evaluation: what it takes from here, where the trend
 * leads, what was left out and why. Pure functions of a GoalView, so they are tested without a DOM.
 */
import { STATUS_KEY } from '../../lib/i18n/status-words';
import type { Action } from '../../lib/goals/schema';
import { isVerdict, worseBy } from '../../lib/goals/status';
import type { Lang, MessageKey, Translate } from '../../lib/i18n';
import { formatChange, formatDay, formatValue } from '../../lib/i18n/format';
import type { GoalView } from '../../lib/messaging/schemas';

/** A required rate is advice, not accounting: 66.67 a day reads better as 67. */
export const roundRate = (x: number) => (x >= 10 ? Math.round(x) : Number(x.toPrecision(2)));

/** "Unique visitors" → "unique visitors" in running text; "MRR" stays "MRR". */
export function inSentence(label: string, lang: Lang): string {
  if (lang !== 'en' || label.length < 2) return label;
  const [a, b] = [label[0]!, label[1]!];
  return b === b.toLowerCase() && b !== b.toUpperCase() ? a.toLowerCase() + label.slice(1) : label;
}

export const labelOf = (view: GoalView) => view.goal.metric.label || view.goal.metric.key;

/** "Needs 42 more sign-ups a day until Mar 31": only while a change is still owed. */
export function requiredText(view: GoalView, t: Translate, lang: Lang, today: string) {
  const { goal, evaluation: e } = view;
  const moving = goal.direction === 'increase' || goal.direction === 'decrease';
  const open = !['achieved', 'missed', 'no-data', 'stale'].includes(e.status);
  if (!moving || !open || e.requiredPerDay === null || e.requiredPerDay === 0) return null;
  const unit = view.unit ?? 'count';
  const amount = formatChange(roundRate(Math.abs(e.requiredPerDay)), unit, lang, view.currency);
  const label = inSentence(labelOf(view), lang);
  const until = formatDay(goal.deadline, lang, today);
  // A negative requirement on an increase goal means it is ahead: nothing more is needed.
  const up = e.requiredPerDay > 0;
  return t(up ? 'cardNeedsMore' : 'cardNeedsLess', amount, label, until);
}

/** Where the trend leads: "Reaches 20k on Feb 3" or "On this trend: 18.2k by Jan 11". */
export function projectionText(view: GoalView, t: Translate, lang: Lang, today: string) {
  const { goal, evaluation: e } = view;
  const fmt = (v: number) => formatValue(v, view.unit ?? 'count', lang, view.currency);
  if (e.projectionNote === 'too-few-readings') return t('cardTooFewReadings');
  const p = e.projected;
  if (!p || e.status === 'achieved') return null;
  const stay = goal.direction === 'at-least' || goal.direction === 'at-most';
  if (p.reachDate && p.reachDate <= goal.deadline && e.target !== null)
    return stay
      ? t('cardCrossesOn', formatDay(p.reachDate, lang, today))
      : t('cardReachesOn', fmt(e.target), formatDay(p.reachDate, lang, today));
  if (p.value === null) return null;
  return t('cardOnTrend', fmt(p.value), formatDay(goal.deadline, lang, today));
}

/** Readings left out of the verdict, one sentence per reason a person can act on. */
const EXCLUDED: Record<string, MessageKey> = {
  'period-mismatch': 'excludedPeriod',
  'unit-mismatch': 'excludedUnit',
  future: 'excludedFuture',
  'after-deadline': 'excludedAfterDeadline',
  'old-reader': 'excludedOldReader',
};

export function excludedTexts(view: GoalView, t: Translate): string[] {
  // Readings from before the start are the history trends and anomalies need, not a problem.
  return Object.entries(view.evaluation.excluded)
    .filter(([reason, n]) => EXCLUDED[reason] && n > 0)
    .map(([reason, n]) => t(n === 1 ? 'excludedOne' : 'excludedMany', t(EXCLUDED[reason]!), n));
}

export { STATUS_KEY };

/** "Slipping: was on track" while the change is recent; "Recovering: was off track" the other way. */
export function changeText(view: GoalView, t: Translate): string | null {
  const { status, previousStatus: prev } = view.evaluation;
  // From "no data", "too early" or "stale" to a verdict is a first verdict, not a change of pace.
  if (!prev || prev === status || !isVerdict(prev) || !isVerdict(status)) return null;
  const was = t(STATUS_KEY[prev]).toLowerCase();
  return t(worseBy(prev, status) > 0 ? 'cardSlipping' : 'cardRecovering', was);
}

/** Steps past their due day and not done. */
export const overdueActions = (actions: Action[], today: string): Action[] =>
  actions.filter((a) => a.status !== 'done' && a.due !== undefined && a.due < today);
