/**
 * The review's decisions, as pure functions (issue 13; the article's chapter 5: re-set targets,
 * re-order priorities, change the plan, and keep what was learned). The review view keeps one
 * `DecisionDraft` per goal while the user types; `buildDecision` turns it into the Decision that is
 * stored and the goal as it must be saved, or says which field is missing. Nothing here guesses: a
 * decision that changes nothing, a revision without a reason or a closure without a lesson is
 * refused, not filled in.
 */
import type { Action, Goal, Target } from '../goals/schema';
import { needsAttention, byUrgency, type GoalStatus } from '../goals/status';
import { parseFigure } from '../parse';
import type { Decision, DecisionKind, Review, ReviewCadence } from './schema';

/** What the review knows of a goal (the `review.prepare` item, reduced to what decisions need). */
export interface ReviewItemCore {
  goal: Goal;
  evaluation: { status: GoalStatus };
  previousStatus: GoalStatus | null;
}

/** The user's half-typed decision for one goal: text as typed, so nothing is lost to a parse. */
export interface DecisionDraft {
  kind: DecisionKind;
  note: string;
  /** The goal's whole action list as the user left it (change-plan, and alongside other kinds). */
  actions: Action[];
  /** '1'…'5'. */
  priority: string;
  /** The new target in the goal's own form (a value, or a change in percent), as typed. */
  target: string;
  deadline: string;
  reason: string;
  outcome: 'achieved' | 'abandoned' | '';
  lesson: string;
}

/** Why a draft cannot become a decision; the view says each in words. */
export type DraftProblem =
  | 'no-change'
  | 'priority'
  | 'target'
  | 'deadline'
  | 'deadline-order'
  | 'reason'
  | 'outcome'
  | 'lesson'
  | 'action';

export type DraftErrors = Partial<
  Record<
    'kind' | 'priority' | 'target' | 'deadline' | 'reason' | 'outcome' | 'lesson' | 'actions',
    DraftProblem
  >
>;

export type Built =
  { ok: true; decision: Decision; goal: Goal | null } | { ok: false; errors: DraftErrors };

/** A draft that starts from the goal as it stands. */
export function draftFor(goal: Goal): DecisionDraft {
  return {
    kind: 'keep',
    note: '',
    actions: goal.actions,
    priority: goal.priority === undefined ? '' : String(goal.priority),
    target: String('changePercent' in goal.target ? goal.target.changePercent : goal.target.value),
    deadline: goal.deadline,
    reason: '',
    outcome: '',
    lesson: '',
  };
}

/**
 * The order the review walks through: open goals needing attention first (worst first), then the
 * rest, each by the lists' usual urgency. Closed goals are not reviewed.
 */
export function reviewOrder<T extends ReviewItemCore>(items: T[]): { attention: T[]; rest: T[] } {
  const open = items.filter((i) => !i.goal.closed).sort(byUrgency);
  return {
    attention: open.filter((i) => needsAttention(i.evaluation.status)),
    rest: open.filter((i) => !needsAttention(i.evaluation.status)),
  };
}

const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));

/** A typed number: plain ("1200", "-5") or as a dashboard writes it ("1.2k", "1,200", "1.2만"). */
export function parseNumber(text: string, locale?: string): number | null {
  const s = text.trim();
  if (!s) return null;
  const n = Number(s);
  if (Number.isFinite(n)) return n;
  return parseFigure(s, locale)?.value ?? null;
}

const sameActions = (a: Action[], b: Action[]) => JSON.stringify(a) === JSON.stringify(b);

/** Titles of the actions added or changed (removed ones have no title left to show). */
export function changedActionTitles(before: Action[], after: Action[]): string[] {
  const old = new Map(before.map((a) => [a.id, a]));
  const order =
    before.map((a) => a.id).join('\n') !==
    after
      .filter((a) => old.has(a.id))
      .map((a) => a.id)
      .join('\n');
  return after
    .filter((a) => {
      const was = old.get(a.id);
      return !was || JSON.stringify(was) !== JSON.stringify(a) || order;
    })
    .map((a) => a.title.trim())
    .filter(Boolean)
    .slice(0, 50);
}

/** The goal's target in its own form with a new number. */
const targetLike = (t: Target, n: number): Target =>
  'changePercent' in t ? { changePercent: n } : { value: n };

/**
 * Turn a draft into the decision and the goal to save (null: the goal is unchanged). `today` is the
 * review's day; it dates a revision or a closure.
 */
export function buildDecision(
  item: ReviewItemCore,
  d: DecisionDraft,
  today: string,
  locale?: string,
): Built {
  const g = item.goal;
  const errors: DraftErrors = {};
  const planChanged = !sameActions(g.actions, d.actions);
  if (d.actions.some((a) => !a.title.trim())) errors.actions = 'action';
  const base: Decision = {
    goalId: g.id,
    title: g.title,
    kind: d.kind,
    status: item.evaluation.status,
    previousStatus: item.previousStatus,
    ...(d.note.trim() ? { note: d.note.trim().slice(0, 2000) } : {}),
  };
  let goal: Goal =
    planChanged && d.kind !== 'keep' && d.kind !== 'close' ? { ...g, actions: d.actions } : g;
  let decision: Decision = base;
  const withPlan = (x: Decision): Decision =>
    goal.actions !== g.actions
      ? { ...x, actions: changedActionTitles(g.actions, goal.actions) }
      : x;

  switch (d.kind) {
    case 'keep':
      break;
    case 'change-plan':
      if (!planChanged) errors.actions = 'no-change';
      decision = withPlan(base);
      break;
    case 'reprioritise': {
      const p = Number(d.priority);
      if (!Number.isInteger(p) || p < 1 || p > 5) errors.priority = 'priority';
      else if (p === g.priority) errors.priority = 'no-change';
      else {
        goal = { ...goal, priority: p as 1 | 2 | 3 | 4 | 5 };
        decision = withPlan({ ...base, priority: { from: g.priority ?? null, to: p } });
      }
      break;
    }
    case 'revise': {
      const n = parseNumber(d.target, locale);
      if (n === null) errors.target = 'target';
      if (!isDay(d.deadline)) errors.deadline = 'deadline';
      else if (d.deadline <= g.start) errors.deadline = 'deadline-order';
      if (!d.reason.trim()) errors.reason = 'reason';
      if (n === null || errors.deadline) break;
      const target = targetLike(g.target, n);
      if (JSON.stringify(target) === JSON.stringify(g.target) && d.deadline === g.deadline) {
        errors.target = 'no-change';
        break;
      }
      // As the editor does: the revision keeps what the goal said before, and why it changed.
      const revision = {
        date: today,
        reason: d.reason.trim().slice(0, 1000),
        target: g.target,
        deadline: g.deadline,
      };
      goal = { ...goal, target, deadline: d.deadline, revisions: [...g.revisions, revision] };
      decision = withPlan({ ...base, revision });
      break;
    }
    case 'close': {
      if (!d.outcome) errors.outcome = 'outcome';
      if (!d.lesson.trim()) errors.lesson = 'lesson';
      if (!d.outcome || !d.lesson.trim()) break;
      const closure = { date: today, outcome: d.outcome, lesson: d.lesson.trim().slice(0, 2000) };
      goal = { ...g, closed: closure };
      decision = { ...base, closure };
      break;
    }
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, decision, goal: goal === g ? null : goal };
}

/** The first field with a problem, in the form's order (to focus it). */
export const ERROR_ORDER = [
  'kind',
  'priority',
  'target',
  'deadline',
  'reason',
  'outcome',
  'lesson',
  'actions',
] as const;

/** One review from the decisions recorded, and the goals they change (what `review.save` takes). */
export function buildReview(
  recorded: { decision: Decision; goal: Goal | null }[],
  p: { id: string; date: string; savedAt: string; cadence: ReviewCadence },
): { review: Review; goals: Goal[] } {
  return {
    review: { ...p, decisions: recorded.map((r) => r.decision) },
    goals: recorded.flatMap((r) => (r.goal ? [r.goal] : [])),
  };
}
