/**
 * What a status means, in one place (issue 12): its order, severity, badge group, whether it
 * needs attention and whether it is a verdict at all. Everything else — the zod enum, the report's
 * order, the lists' urgency, alerts, the badge, the popup's "needs attention" — derives from here;
 * the words come only from the translator (`lib/i18n/status-words.ts`).
 */

/** Every status, best first: the order reports list them in and "slipping" is measured by. */
export const STATUSES_BEST_FIRST = [
  'achieved',
  'on-track',
  'early',
  'no-data',
  'stale',
  'at-risk',
  'off-track',
  'missed',
] as const;

export type GoalStatus = (typeof STATUSES_BEST_FIRST)[number];

interface Meaning {
  /** 0 fine or not judged yet, 1 stale, 2 at risk, 3 off track, 4 missed: alerts fire on a rise to ≥ 2. */
  severity: number;
  /** Lists lead with these, worst first (lower comes first). */
  urgency: number;
  /** The toolbar badge counts `off` goals in red, else `risk` goals in amber. */
  badge: 'off' | 'risk' | null;
  /** The popup's "needs attention" group. */
  attention: boolean;
  /** Judges the pace; the others say why there is no judgement (yet). */
  verdict: boolean;
}

const MEANING: Record<GoalStatus, Meaning> = {
  'off-track': { severity: 3, urgency: 0, badge: 'off', attention: true, verdict: true },
  missed: { severity: 4, urgency: 1, badge: 'off', attention: true, verdict: true },
  'at-risk': { severity: 2, urgency: 2, badge: 'risk', attention: true, verdict: true },
  stale: { severity: 1, urgency: 3, badge: null, attention: true, verdict: false },
  'no-data': { severity: 0, urgency: 4, badge: null, attention: false, verdict: false },
  early: { severity: 0, urgency: 5, badge: null, attention: false, verdict: false },
  'on-track': { severity: 0, urgency: 6, badge: null, attention: false, verdict: true },
  achieved: { severity: 0, urgency: 7, badge: null, attention: false, verdict: true },
};

export const severity = (s: GoalStatus): number => MEANING[s].severity;
export const badgeGroup = (s: GoalStatus): Meaning['badge'] => MEANING[s].badge;
export const needsAttention = (s: GoalStatus): boolean => MEANING[s].attention;
export const isVerdict = (s: GoalStatus): boolean => MEANING[s].verdict;

/** Negative when `a` is more urgent than `b`: what needs attention leads. */
export const byStatusUrgency = (a: GoalStatus, b: GoalStatus): number =>
  MEANING[a].urgency - MEANING[b].urgency;

/**
 * A list's order for goals with their evaluation: worst status first, then by priority (1 first,
 * 3 when unset), then by title. The background, the popup and the options page all sort by this.
 */
export function byUrgency(
  a: { goal: { priority?: number; title: string }; evaluation: { status: GoalStatus } },
  b: { goal: { priority?: number; title: string }; evaluation: { status: GoalStatus } },
): number {
  const d = byStatusUrgency(a.evaluation.status, b.evaluation.status);
  return (
    d || (a.goal.priority ?? 3) - (b.goal.priority ?? 3) || a.goal.title.localeCompare(b.goal.title)
  );
}

/** Positive when `to` is worse than `from` on the best-first order. */
export const worseBy = (from: GoalStatus, to: GoalStatus): number =>
  STATUSES_BEST_FIRST.indexOf(to) - STATUSES_BEST_FIRST.indexOf(from);
