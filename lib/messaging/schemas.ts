/**
 * Schemas for what crosses the message boundary but is not part of the Goal format: what a
 * reader found on a page, and the evaluated views the background hands to the UI.
 * Limits are generous for real dashboards and small enough that a hostile page cannot make the
 * background store or evaluate megabytes.
 */
import { z } from 'zod';
import { StatusReason } from '../goals/reason';
import { Amount, Goal, IsoDate, MetricRef, Unit } from '../goals/schema';
import { STATUSES_BEST_FIRST } from '../goals/status';
import { MAX_BREAKDOWNS } from '../readers/breakdown';
import { BreakdownTable } from '../review/schema';

export const PageFigure = z.object({
  key: z.string().min(1).max(300),
  label: z.string().max(200),
  value: Amount,
  unit: Unit,
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  precision: Amount.nonnegative(),
  text: z.string().max(200),
  /** The listing (table) the figure is a row of; the side panel folds each one (FigureList). */
  group: z.string().max(200).optional(),
});

/** A breakdown table beside the headline figures (lib/readers/breakdown.ts): evidence, not a goal. */
export const PageBreakdown = BreakdownTable.extend({ key: z.string().min(1).max(300) });

export const PageRead = z.object({
  source: z.string().min(1).max(40),
  scope: z.string().max(200),
  period: z.object({ start: IsoDate, end: IsoDate }).nullable(),
  figures: z.array(PageFigure).max(100),
  /** A filter, segment or realtime view the figures cover (lib/readers/view.ts); null for the site. */
  view: z.object({ id: z.string().min(1).max(200), label: z.string().max(200) }).nullish(),
  breakdowns: z.array(PageBreakdown).max(MAX_BREAKDOWNS).optional(),
});

/** One "Track this number" figure as the content script found it on the page — or why not. */
export const TrackedResult = z.union([
  z.object({ trackerId: z.string().max(100), ok: z.literal(true), figure: PageFigure }),
  z.object({
    trackerId: z.string().max(100),
    ok: z.literal(false),
    reason: z.enum(['not-found', 'ambiguous', 'not-a-figure', 'unit-changed']),
  }),
]);

/** What the side panel shows for a tracked figure: its identity plus the last result. */
export const TrackedView = z.object({
  trackerId: z.string(),
  label: z.string(),
  /** Its parts, so the UI need not split an id back (a key may hold a slash). */
  metric: MetricRef.pick({ source: true, scope: true, key: true }),
  result: TrackedResult,
});

export const GoalStatus = z.enum(STATUSES_BEST_FIRST);

/** The part of an evaluation the UI shows; the engine may return more. */
export const EvaluationView = z.object({
  status: GoalStatus,
  progress: z.number().nullable(),
  expectedProgress: z.number().nullable(),
  current: z.number().nullable(),
  currentDate: z.string().nullable(),
  target: z.number().nullable(),
  requiredPerDay: z.number().nullable(),
  projected: z
    .object({
      value: z.number().nullable(),
      reachDate: z.string().nullable(),
      method: z.enum(['trend', 'run-rate']),
    })
    .nullable(),
  projectionNote: z.string().nullable(),
  anomalies: z.array(z.object({ date: z.string(), value: z.number(), z: z.number() })),
  heldSince: z.string().nullable(),
  /** Readings left out of the verdict, by reason (e.g. `period-mismatch`), so the UI can say why. */
  excluded: z.record(z.string(), z.number()),
  /** The status before the current one, while the change is recent; for "slipping: was on track". */
  previousStatus: GoalStatus.nullable(),
  statusSince: z.string().nullable(),
  /** Why this status: the rule that decided and its numbers (lib/goals/reason.ts). */
  reason: StatusReason.optional(),
});

/** A goal, its evaluation, and the unit of its latest reading (to format values as the dashboard does). */
export const GoalView = z.object({
  goal: Goal,
  evaluation: EvaluationView,
  unit: Unit.nullable(),
  currency: z.string().optional(),
});

/**
 * A stored goal Pacer could not read or evaluate. The UI shows it as "could not evaluate" with a
 * delete button instead of letting one bad record blank every page (issue 10, defect 4).
 */
export const BrokenGoal = z.object({
  id: z.string().max(100),
  title: z.string().max(200).nullable(),
  /** `unreadable`: the stored record no longer parses; `evaluation`: evaluating it failed. */
  kind: z.enum(['unreadable', 'evaluation']),
  /** Technical detail (English, from the schema or the engine) for a bug report. */
  detail: z.string().max(500),
});

/** What goals.list answers, and the goal part of the side panel's view. */
export const GoalsListed = z.object({
  goals: z.array(GoalView),
  broken: z.array(BrokenGoal),
  /** Stored readings skipped because they do not parse (counted over the goals' metrics). */
  skippedReadings: z.number().int().nonnegative(),
});

export const PageView = z.object({
  tabId: z.number().int(),
  url: z.string().nullable(),
  observedAt: z.string().nullable(),
  read: PageRead.nullable(),
  /** Goals on this page's metrics, then all the others (worst first). */
  pageGoals: z.array(GoalView),
  otherGoals: z.array(GoalView),
  /** Figures the user pointed at on this site, found or not. */
  tracked: z.array(TrackedView),
  /** Why the last "Track this number" found nothing there. */
  pickError: z.enum(['no-figure', 'frame', 'no-script']).nullable(),
  /** The page reported figures of a source it may not write (lib/messaging/identity.ts). */
  refused: z
    .object({
      source: z.string().max(40),
      reason: z.enum(['source-not-allowed', 'scope-not-allowed']),
    })
    .nullable(),
  broken: GoalsListed.shape.broken,
  skippedReadings: GoalsListed.shape.skippedReadings,
  /** Only the page's goals were evaluated (`page.get` with `goals: 'page'`): otherGoals is empty. */
  partial: z.literal(true).optional(),
});

export type PageFigure = z.infer<typeof PageFigure>;
export type PageRead = z.infer<typeof PageRead>;
export type PageBreakdown = z.infer<typeof PageBreakdown>;
export type GoalStatus = z.infer<typeof GoalStatus>;
export type EvaluationView = z.infer<typeof EvaluationView>;
export type GoalView = z.infer<typeof GoalView>;
export type PageView = z.infer<typeof PageView>;
export type BrokenGoal = z.infer<typeof BrokenGoal>;
export type GoalsListed = z.infer<typeof GoalsListed>;
export type TrackedResult = z.infer<typeof TrackedResult>;
export type TrackedView = z.infer<typeof TrackedView>;
