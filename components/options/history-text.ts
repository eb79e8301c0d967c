/**
 * Words for a history import's plan: each bad row, each problem and each "left out" note as a
 * sentence in the UI language. Pure, so the wording is tested without a page.
 */
import type { Unit } from '../../lib/goals/schema';
import type { Left, Problem, RowError } from '../../lib/history';
import type { MessageKey, Translate } from '../../lib/i18n';

const UNIT: Record<Unit, MessageKey> = {
  count: 'historyUnitCount',
  currency: 'historyUnitCurrency',
  percent: 'historyUnitPercent',
  duration: 'historyUnitDuration',
  ratio: 'historyUnitRatio',
  bytes: 'historyUnitBytes',
};

export const unitWord = (t: Translate, unit: Unit) => t(UNIT[unit]);

/** "row 14: 'abc' is not a number" */
export function rowErrorText(t: Translate, e: RowError): string {
  switch (e.kind) {
    case 'date':
      return t('historyErrorDate', e.line, e.text);
    case 'number':
      return t('historyErrorNumber', e.line, e.text);
    case 'unit':
      return t('historyErrorUnit', e.line, e.text, unitWord(t, e.unit));
    case 'currency':
      return t('historyErrorCurrency', e.line, e.text);
    case 'repeat-day':
      return t('historyErrorRepeat', e.line, e.date);
  }
}

export function problemText(t: Translate, p: Problem): string {
  switch (p.kind) {
    case 'unique-total':
      return t('historyProblemUnique');
    case 'level-total':
      return t('historyProblemLevel');
    case 'no-currency':
      return t('historyProblemCurrency');
    case 'starts-late':
      return t('historyProblemStartsLate', p.first, p.start);
    case 'not-daily':
      return t('historyProblemNotDaily', p.days);
    case 'nothing':
      return t('historyProblemNothing');
  }
}

/** One sentence per kind of row left out, in a fixed order; none when nothing was. */
export function leftTexts(
  t: Translate,
  left: Left,
  period: { start: string; deadline: string },
): string[] {
  const out: string[] = [];
  if (left.future) out.push(t('historyLeftFuture', left.future));
  if (left.today) out.push(t('historyLeftToday'));
  if (left.outside) out.push(t('historyLeftOutside', left.outside, period.start, period.deadline));
  if (left.empty) out.push(t('historyLeftEmpty', left.empty));
  if (left.totals) out.push(t('historyLeftTotals', left.totals));
  if (left.notPaid) out.push(t('historyLeftNotPaid', left.notPaid));
  if (left.gap) out.push(t('historyLeftGap', left.gap.missing, left.gap.days));
  return out;
}
