/** The SMART check's reasons in words: codes from lib/goals/smart.ts, sentences from the catalogue. */
import type { SmartReason, SmartReasonCode } from '../../lib/goals/smart';
import { localeOf, type Lang, type MessageKey, type Translate } from '../../lib/i18n';

const KEY: Record<SmartReasonCode, MessageKey> = {
  'no-metric': 'smartReasonNoMetric',
  'no-change-in-title': 'smartReasonNoChangeInTitle',
  specific: 'smartReasonSpecific',
  'no-target-no-baseline': 'smartReasonNoTargetNoBaseline',
  'no-target': 'smartReasonNoTarget',
  'no-baseline': 'smartReasonNoBaseline',
  'nothing-to-grow': 'smartReasonNothingToGrow',
  'nothing-to-reduce': 'smartReasonNothingToReduce',
  measurable: 'smartReasonMeasurable',
  objective: 'smartReasonObjective',
  'no-objective': 'smartReasonNoObjective',
  'no-dates': 'smartReasonNoDates',
  'deadline-before-start': 'smartReasonDeadlineBeforeStart',
  'deadline-passed': 'smartReasonDeadlinePassed',
  'time-bound': 'smartReasonTimeBound',
  'needs-inputs': 'smartReasonNeedsInputs',
  'budget-later': 'smartReasonBudgetLater',
  'already-met': 'smartReasonAlreadyMet',
  'no-history': 'smartReasonNoHistory',
  'never-moved': 'smartReasonNeverMoved',
  'out-of-reach': 'smartReasonOutOfReach',
  stretch: 'smartReasonStretch',
  achievable: 'smartReasonAchievable',
};

export function smartSentence(reason: SmartReason, t: Translate, lang: Lang): string {
  const v = reason.values ?? {};
  // Figures as the editor's numbers: two decimals for small ones, whole numbers above ten.
  const num = (x = 0) =>
    x.toLocaleString(localeOf(lang), { maximumFractionDigits: Math.abs(x) < 10 ? 2 : 0 });
  const key = KEY[reason.code];
  switch (reason.code) {
    case 'specific':
      return t(key, v.label ?? '');
    case 'objective':
      return t(key, v.objective ?? '');
    case 'measurable':
      return t(key, num(v.target), num(v.baseline));
    case 'time-bound':
      return t(key, v.days ?? 0, v.start ?? '', v.deadline ?? '');
    case 'out-of-reach':
    case 'stretch':
      return t(key, (v.ratio ?? 0).toFixed(1), num(v.required), num(v.best));
    case 'achievable':
      return t(key, num(v.required), num(v.best));
    default:
      return t(key);
  }
}
