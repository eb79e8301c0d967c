/**
 * The Goal format (docs/architecture.md, "Contracts"; the export file is ./export.ts). These zod schemas are the single source of the
 * types: everything else infers from them. Never import this file into the content script (it
 * would pull all of zod in); the content script only needs `import type`.
 */
import { z } from 'zod';
import { MAX_MAGNITUDE } from './limits';

export { MAX_MAGNITUDE };

/** `YYYY-MM-DD`, and a real calendar day (no 2026-02-30). */
export const IsoDate = z.string().refine((s) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}, 'expected a date as YYYY-MM-DD');

export const IsoDateTime = z
  .string()
  .refine(
    (s) => !Number.isNaN(Date.parse(s)) && /^\d{4}-\d{2}-\d{2}T/.test(s),
    'expected an ISO 8601 time',
  );

const Text = (max: number) => z.string().max(max);
const Id = z.string().min(1).max(100);

/** A finite number within ±MAX_MAGNITUDE. */
export const Amount = z.number().finite().min(-MAX_MAGNITUDE).max(MAX_MAGNITUDE);

/**
 * The most goals Pacer keeps. Far beyond a real roadmap, and it bounds what a page waits for: a
 * 90,000-goal import made goals.list take 57 s (issue 10, defect 7). goal.save and import refuse
 * more with a message that says so.
 */
export const MAX_GOALS = 2000;

export const Unit = z.enum(['count', 'currency', 'percent', 'duration', 'ratio', 'bytes']);

export const MetricRef = z.object({
  source: z.string().min(1).max(40),
  scope: z.string().max(200),
  key: z.string().min(1).max(300),
  label: Text(200).optional(),
});

export const Period = z
  .object({ start: IsoDate, end: IsoDate })
  .refine((p) => p.start <= p.end, { message: 'period ends before it starts', path: ['end'] });

export const Reading = z.object({
  metric: MetricRef.omit({ label: true }),
  value: Amount,
  unit: Unit,
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code')
    .optional(),
  precision: Amount.nonnegative().optional(),
  period: Period.nullable(),
  observedAt: IsoDateTime,
  url: z.string().max(2000).optional(),
  /**
   * Where the value came from when not read from a dashboard page: `check-in` (typed by the user)
   * or `import` (a dashboard's CSV export). Absent means read from a page.
   */
  origin: z.enum(['check-in', 'import']).optional(),
  /**
   * Set by migration 4 on a reading an older Pacer stored when it could not tell what the figure
   * covered (its filter, realtime view or period): kept for the record, never used for a verdict.
   */
  doubt: z.literal('old-reader').optional(),
  /** The user's note on a check-in. */
  note: z.string().max(500).optional(),
});

export const Target = z.union([
  z.object({ value: Amount }).strict(),
  z.object({ changePercent: Amount }).strict(),
]);

export const Action = z.object({
  id: Id,
  title: Text(300).min(1),
  owner: Text(100).optional(),
  due: IsoDate.optional(),
  resources: Text(1000).optional(),
  status: z.enum(['todo', 'doing', 'done']),
});

export const Note = z.object({ date: IsoDate, text: Text(5000).min(1) });

export const Revision = z.object({
  date: IsoDate,
  reason: Text(1000).min(1),
  target: Target,
  deadline: IsoDate,
});

/**
 * A goal the user closed at a review (issue 13): achieved or abandoned, with what was learned. A
 * closed goal keeps its history but no longer counts for the badge, alerts or "needs attention";
 * its lesson is shown when a new goal is set on the same metric.
 */
export const Closure = z.object({
  date: IsoDate,
  outcome: z.enum(['achieved', 'abandoned']),
  lesson: Text(2000),
});

export const Direction = z.enum(['increase', 'decrease', 'at-least', 'at-most']);
export const Accumulation = z.enum(['level', 'period-total']);

const GoalShape = z.object({
  id: Id,
  title: Text(200).min(1),
  objective: Text(1000),
  metric: MetricRef,
  direction: Direction,
  accumulation: Accumulation,
  baseline: z.object({ value: Amount, date: IsoDate }),
  target: Target,
  start: IsoDate,
  deadline: IsoDate,
  priority: z
    .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)])
    .optional(),
  owner: Text(100).optional(),
  tolerance: z.number().min(0).max(1).optional(),
  actions: z.array(Action).max(200),
  notes: z.array(Note).max(1000),
  revisions: z.array(Revision).max(200),
  closed: Closure.optional(),
});

export const Goal = GoalShape.refine((g) => g.start < g.deadline, {
  message: 'deadline must be after start',
  path: ['deadline'],
});

// The export file (`Export`, v1 and v2) is lib/goals/export.ts: it holds reviews, built on these.

export type Unit = z.infer<typeof Unit>;
export type MetricRef = z.infer<typeof MetricRef>;
export type Period = z.infer<typeof Period>;
export type Reading = z.infer<typeof Reading>;
export type Target = z.infer<typeof Target>;
export type Action = z.infer<typeof Action>;
export type Note = z.infer<typeof Note>;
export type Revision = z.infer<typeof Revision>;
export type Closure = z.infer<typeof Closure>;
export type Direction = z.infer<typeof Direction>;
export type Accumulation = z.infer<typeof Accumulation>;
export type Goal = z.infer<typeof Goal>;

/** A metric's identity as one string: `source/scope/key` (docs/architecture.md, "Vocabulary"). */
export function metricId(m: { source: string; scope: string; key: string }): string {
  return `${m.source}/${m.scope}/${m.key}`;
}

/**
 * Parse untrusted data; on failure say which field is wrong first, e.g.
 * `goals.0.deadline: expected a date as YYYY-MM-DD`.
 */
export function parseOrExplain<T>(
  schema: z.ZodType<T>,
  data: unknown,
): { ok: true; value: T } | { ok: false; error: string; path: string } {
  const r = schema.safeParse(data);
  if (r.success) return { ok: true, value: r.data };
  const issue = r.error.issues[0]!;
  const path = issue.path.map(String).join('.');
  return { ok: false, path, error: path ? `${path}: ${issue.message}` : issue.message };
}
