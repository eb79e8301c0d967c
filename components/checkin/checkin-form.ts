/**
 * The check-in form's logic, without the DOM: what the typed value reads as, and each refusal in
 * words. The background runs the same parser and checks again; this is so the user sees the
 * answer while typing, and the same sentence whichever side said no.
 */
import {
  checkinBounds,
  expectedUnit,
  parseCheckinValue,
  type UnitSpec,
  type ValueResult,
} from '../../lib/checkins';
import type { Goal } from '../../lib/goals/schema';
import { localeOf, type Lang, type Translate } from '../../lib/i18n';
import { formatDay, formatValue } from '../../lib/i18n/format';
import type { CheckinError } from '../../lib/messaging/protocol';
import type { GoalView } from '../../lib/messaging/schemas';
import { UNIT_WORD } from '../../lib/i18n/unit-words';

/** The unit a check-in for this goal must fit, from its metric and newest reading. */
export const unitOf = (v: Pick<GoalView, 'goal' | 'unit' | 'currency'>): UnitSpec | null =>
  expectedUnit(v.goal.metric, v.unit ? { unit: v.unit, currency: v.currency } : null);

export function readValue(text: string, lang: Lang, expected: UnitSpec | null): ValueResult {
  return parseCheckinValue(text, localeOf(lang), expected);
}

/** "Reads as 9.1%": the value formatted as the card will show it, or null while it is no figure. */
export function preview(text: string, lang: Lang, expected: UnitSpec | null): string | null {
  const r = readValue(text, lang, expected);
  return r.ok ? formatValue(r.value, r.unit, lang, r.currency) : null;
}

/** "percent", "KRW", "an amount of money": what the goal is in, for hints and errors. */
export function unitWords(u: UnitSpec, t: Translate): string {
  return u.unit === 'currency' && u.currency ? u.currency : t(UNIT_WORD[u.unit]);
}

export type FieldOf = 'value' | 'date' | 'form';

/** Which field an error belongs to, so it is shown (and focused) there. */
export function fieldOf(e: CheckinError): FieldOf {
  if (e.startsWith('date-')) return 'date';
  if (e === 'goal-not-found' || e === 'store') return 'form';
  return 'value';
}

export function errorText(
  e: CheckinError,
  ctx: {
    t: Translate;
    lang: Lang;
    goal: Goal;
    today: string;
    text: string;
    expected: UnitSpec | null;
    detail?: string | undefined;
  },
): string {
  const { t, lang } = ctx;
  const bounds = checkinBounds(ctx.goal, ctx.today);
  const what = ctx.expected ? unitWords(ctx.expected, t) : '';
  const typed = ctx.text.trim().slice(0, 40);
  switch (e) {
    case 'empty':
      return t('checkinErrEmpty');
    case 'not-a-figure':
      return t('checkinErrNotFigure', typed);
    case 'unit':
      return t('checkinErrUnit', what, typed);
    case 'currency':
      return t('checkinErrCurrency', what, typed);
    case 'bare-duration':
      return t('checkinErrBareDuration');
    case 'date-invalid':
      return t('checkinErrDateInvalid');
    case 'date-future':
      return t('checkinErrDateFuture');
    case 'date-too-early':
      return t('checkinErrDateTooEarly', formatDay(bounds.min, lang, ctx.today));
    case 'date-after-deadline':
      return t('checkinErrDateAfterDeadline', formatDay(bounds.max, lang, ctx.today));
    case 'goal-not-found':
      return t('checkinErrGoal');
    case 'store':
      return t('checkinErrStore', ctx.detail ?? '—');
  }
}
