/**
 * The editor's state. Numbers are kept as the text the user typed, so a half-typed "12,5" or
 * "20k" is never lost to a failed parse; they become a Goal only on save (`buildGoal`).
 */
import { z } from 'zod';
import { isIsoDate } from '../../lib/goals/dates';
import {
  Accumulation,
  Action,
  Direction,
  Note,
  Revision,
  type Goal,
  type MetricRef,
  type Target,
} from '../../lib/goals/schema';
import type { GoalDraft } from '../../lib/goals/smart';
import { localeOf, type Lang } from '../../lib/i18n';
import { parseFigure } from '../../lib/parse';

export const GoalForm = z.object({
  id: z.string().min(1),
  title: z.string(),
  objective: z.string(),
  metric: z.object({ source: z.string(), scope: z.string(), key: z.string(), label: z.string() }),
  direction: Direction,
  accumulation: Accumulation,
  baselineValue: z.string(),
  baselineDate: z.string(),
  targetMode: z.enum(['value', 'percent']),
  targetValue: z.string(),
  start: z.string(),
  deadline: z.string(),
  priority: z.string(),
  owner: z.string(),
  tolerance: z.string(),
  actions: z.array(Action),
  notes: z.array(Note),
  revisions: z.array(Revision),
  revisionReason: z.string(),
});
export type GoalForm = z.infer<typeof GoalForm>;

export const newId = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;

/** "12,000", "12k", "1.2만", "35%": whatever a dashboard would show. Null when it is no number. */
export function parseAmount(text: string, lang: Lang): number | null {
  const s = text.trim();
  if (!s) return null;
  const n = Number(s);
  if (Number.isFinite(n)) return n;
  return parseFigure(s, localeOf(lang))?.value ?? null;
}

const show = (x: number | undefined) => (x === undefined ? '' : String(x));

export function newForm(p: {
  today: string;
  metric?: MetricRef;
  baseline?: number;
  label?: string;
}): GoalForm {
  return {
    id: newId('goal'),
    title: '',
    objective: '',
    metric: {
      source: p.metric?.source ?? '',
      scope: p.metric?.scope ?? '',
      key: p.metric?.key ?? '',
      label: p.metric?.label ?? p.label ?? '',
    },
    direction: 'increase',
    accumulation: 'level',
    baselineValue: show(p.baseline),
    baselineDate: p.today,
    targetMode: 'value',
    targetValue: '',
    start: p.today,
    deadline: '',
    priority: '',
    owner: '',
    tolerance: '',
    actions: [],
    notes: [],
    revisions: [],
    revisionReason: '',
  };
}

export function formFromGoal(g: Goal): GoalForm {
  const percent = 'changePercent' in g.target;
  return {
    id: g.id,
    title: g.title,
    objective: g.objective,
    metric: { ...g.metric, label: g.metric.label ?? '' },
    direction: g.direction,
    accumulation: g.accumulation,
    baselineValue: String(g.baseline.value),
    baselineDate: g.baseline.date,
    targetMode: percent ? 'percent' : 'value',
    targetValue: String('changePercent' in g.target ? g.target.changePercent : g.target.value),
    start: g.start,
    deadline: g.deadline,
    priority: show(g.priority),
    owner: g.owner ?? '',
    tolerance: g.tolerance === undefined ? '' : String(Math.round(g.tolerance * 1000) / 10),
    actions: g.actions,
    notes: g.notes,
    revisions: g.revisions,
    revisionReason: '',
  };
}

export function targetOf(f: GoalForm, lang: Lang): Target | null {
  const n = parseAmount(f.targetValue, lang);
  if (n === null) return null;
  return f.targetMode === 'percent' ? { changePercent: n } : { value: n };
}

/** What checkSmart sees: everything typed so far, blanks left out. */
export function toDraft(f: GoalForm, lang: Lang): GoalDraft {
  const baseline = parseAmount(f.baselineValue, lang);
  return {
    title: f.title,
    objective: f.objective,
    metric: f.metric,
    direction: f.direction,
    accumulation: f.accumulation,
    baseline: { ...(baseline === null ? {} : { value: baseline }), date: f.baselineDate },
    target: targetOf(f, lang),
    ...(isIsoDate(f.start) ? { start: f.start } : {}),
    ...(isIsoDate(f.deadline) ? { deadline: f.deadline } : {}),
  };
}

/** Re-setting the target or deadline of a saved goal is a revision, and needs a reason. */
export function revisionNeeded(f: GoalForm, original: Goal | undefined, lang: Lang): boolean {
  if (!original) return false;
  const target = targetOf(f, lang);
  return (
    f.deadline !== original.deadline ||
    (target !== null && JSON.stringify(target) !== JSON.stringify(original.target))
  );
}

/** The Goal the form describes (unchecked: `buildGoal` in validate.ts checks it). */
export function candidateOf(f: GoalForm, original: Goal | undefined, today: string, lang: Lang) {
  const priority = Number(f.priority);
  const tolerance = parseAmount(f.tolerance, lang);
  const revisions =
    original && revisionNeeded(f, original, lang)
      ? [
          ...f.revisions,
          {
            date: today,
            reason: f.revisionReason.trim(),
            target: original.target,
            deadline: original.deadline,
          },
        ]
      : f.revisions;
  const { label, ...metric } = f.metric;
  return {
    id: f.id,
    title: f.title.trim(),
    objective: f.objective.trim(),
    metric: { ...metric, ...(label.trim() ? { label: label.trim() } : {}) },
    direction: f.direction,
    accumulation: f.accumulation,
    baseline: { value: parseAmount(f.baselineValue, lang) ?? NaN, date: f.baselineDate },
    target: targetOf(f, lang) ?? { value: NaN },
    start: f.start,
    deadline: f.deadline,
    ...(priority >= 1 && priority <= 5 ? { priority } : {}),
    ...(f.owner.trim() ? { owner: f.owner.trim() } : {}),
    ...(tolerance !== null ? { tolerance: tolerance / 100 } : {}),
    actions: f.actions,
    notes: f.notes,
    revisions,
    // Closed at a review (issue 13): the editor has no field for it, so an edit keeps it.
    ...(original?.closed ? { closed: original.closed } : {}),
  };
}
