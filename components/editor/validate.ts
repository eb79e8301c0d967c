/**
 * What is wrong with the form, field by field, in the UI language. Field checks come first (they
 * can say "not a number" where the schema only sees NaN); the Goal schema's `parseOrExplain` then
 * names the first bad field of whatever is left.
 */
import { isIsoDate } from '../../lib/goals/dates';
import { Goal, MAX_MAGNITUDE, parseOrExplain } from '../../lib/goals/schema';
import type { Lang, MessageKey, Translate } from '../../lib/i18n';
import { candidateOf, parseAmount, revisionNeeded, type GoalForm } from './form';

export type Field =
  | 'title'
  | 'objective'
  | 'metric'
  | 'baselineValue'
  | 'baselineDate'
  | 'targetValue'
  | 'start'
  | 'deadline'
  | 'tolerance'
  | 'priority'
  | 'owner'
  | 'revisionReason'
  | 'actions'
  | 'notes';

export type Errors = Partial<Record<Field, string>>;

/**
 * `submitted` adds the "required" errors: while typing, an empty field is not yet a mistake, but
 * "abc" in a number field is.
 */
export function fieldErrors(
  f: GoalForm,
  original: Goal | undefined,
  t: Translate,
  lang: Lang,
  submitted: boolean,
): Errors {
  const e: Errors = {};
  const need = (field: Field, empty: boolean, key: MessageKey) => {
    if (submitted && empty) e[field] = t(key);
  };
  need('title', !f.title.trim(), 'errTitle');
  need('metric', !f.metric.source || !f.metric.key, 'errMetric');
  for (const [field, text] of [
    ['baselineValue', f.baselineValue],
    ['targetValue', f.targetValue],
  ] as const) {
    const n = parseAmount(text, lang);
    if (text.trim() && n === null) e[field] = t('errNumber');
    // "1e308" is a number to JavaScript, not to a goal (schema.ts, MAX_MAGNITUDE).
    else if (n !== null && Math.abs(n) > MAX_MAGNITUDE) e[field] = t('errNumberTooLarge');
    else need(field, !text.trim(), 'errRequiredNumber');
  }
  for (const field of ['baselineDate', 'start', 'deadline'] as const) {
    if (f[field] && !isIsoDate(f[field])) e[field] = t('errDate');
    else need(field, !f[field], 'errRequiredDate');
  }
  if (isIsoDate(f.start) && isIsoDate(f.deadline) && f.deadline <= f.start)
    e.deadline = t('errDeadlineOrder');
  const tol = parseAmount(f.tolerance, lang);
  if (f.tolerance.trim() && (tol === null || tol < 0 || tol > 100)) e.tolerance = t('errTolerance');
  if (revisionNeeded(f, original, lang))
    need('revisionReason', !f.revisionReason.trim(), 'errReason');
  return e;
}

/** Schema paths back to the form field that holds them. */
function fieldOf(path: string): Field {
  const head = path.split('.')[0] ?? '';
  if (path.startsWith('baseline.date')) return 'baselineDate';
  if (head === 'baseline') return 'baselineValue';
  if (head === 'target') return 'targetValue';
  if (head === 'revisions') return 'revisionReason';
  const known: Field[] = ['title', 'objective', 'metric', 'start', 'deadline', 'tolerance'];
  return known.includes(head as Field) ? (head as Field) : head === 'notes' ? 'notes' : 'actions';
}

export type Built = { ok: true; goal: Goal } | { ok: false; errors: Errors };

export function buildGoal(
  f: GoalForm,
  original: Goal | undefined,
  today: string,
  t: Translate,
  lang: Lang,
): Built {
  const errors = fieldErrors(f, original, t, lang, true);
  if (Object.keys(errors).length) return { ok: false, errors };
  const r = parseOrExplain(Goal, candidateOf(f, original, today, lang));
  if (r.ok) return { ok: true, goal: r.value };
  return { ok: false, errors: { [fieldOf(r.path)]: t('errSchema', r.error) } };
}

/** Fields in the order they appear, to focus the first bad one. */
export const FIELD_ORDER: Field[] = [
  'title',
  'objective',
  'metric',
  'baselineValue',
  'baselineDate',
  'targetValue',
  'start',
  'deadline',
  'priority',
  'owner',
  'tolerance',
  'actions',
  'notes',
  'revisionReason',
];
