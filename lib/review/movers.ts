/**
 * "What moved" (issue 13): from a metric's stored breakdowns, the rows that changed most between
 * the latest period and the comparable earlier one — or which limit kept Pacer from saying.
 * Pure. The rules, each a guard against a confident wrong answer:
 *
 * - Comparable: same dimension, unit and period length; the earlier period ends before the
 *   latest starts (no overlap); of those, the latest. One earlier period for all dimensions, so
 *   the card can name it.
 * - Whole periods only. A breakdown read before its period's last day (month to date on the
 *   10th) is in progress: compared with a whole month, everything would seem to collapse. One
 *   read after its last day is complete; one read ON its last day lacks part of that day, so it
 *   is compared only with another read on its last day, and only for periods of a week or more
 *   (the missing part is then a small share of both). Of one period's reads, the latest counts.
 * - A row in both tables moves when its change exceeds both rows' display precision combined
 *   (rounding is not a change), is at least `tableShare` of the table (of the larger total, or
 *   of the largest row for rates and durations, which do not add up) and at least `relative` of
 *   its earlier value.
 * - A row missing from one table: a dashboard cuts its tables at its own top N (GA4 shows 7
 *   rows, Plausible 9, below MAX_BREAKDOWN_ROWS), so "not shown" never means zero. Its value there
 *   is at most the smallest row shown — only if that table is sorted by this metric (else
 *   nothing is known) and only for amounts that add up. The row is listed only when the change
 *   measured from that bound still passes every rule, with the bound as its value and
 *   `absent` saying which side it bounds: the real change is at least as large.
 */
import { dayOf } from '../goals/dates';
import type { Period, Unit } from '../goals/schema';
import type { BreakdownDimension, BreakdownRow } from '../readers/breakdown';
import type { Mover, MoversResult } from './schema';

/** What the rules need of a stored breakdown (lib/store/schema.ts StoredBreakdown). */
export interface BreakdownRecord {
  dimension: BreakdownDimension;
  period: Period;
  /** The day it was read, `YYYY-MM-DD`. */
  day: string;
  observedAt: string;
  unit: Unit;
  currency?: string | undefined;
  rows: BreakdownRow[];
}

export interface MoverRules {
  /** Most movers listed for one goal. */
  maxMovers: number;
  /** A change must be at least this share of the table. */
  tableShare: number;
  /** …and at least this share of the row's earlier value. */
  relative: number;
  /** Shortest period compared when both were read on their last day. */
  minEndDayLength: number;
}

export const MOVER_RULES: MoverRules = {
  maxMovers: 5,
  tableShare: 0.05,
  relative: 0.1,
  minEndDayLength: 7,
};

/** Units whose rows add up to a table total (a rate or a duration per row does not). */
const ADDITIVE: ReadonlySet<Unit> = new Set<Unit>(['count', 'currency', 'bytes']);

type Kind = 'complete' | 'end-day';

const lengthOf = (p: Period) => dayOf(p.end) - dayOf(p.start) + 1;
const periodKey = (p: Period) => `${p.start}..${p.end}`;

/** Whether a read covers its period (and how), or null when it is in progress. */
function kindOf(b: BreakdownRecord, rules: MoverRules): Kind | null {
  if (b.day > b.period.end) return 'complete';
  if (b.day === b.period.end && lengthOf(b.period) >= rules.minEndDayLength) return 'end-day';
  return null;
}

const later = (a: BreakdownRecord, b: BreakdownRecord) =>
  a.day !== b.day ? a.day > b.day : a.observedAt > b.observedAt;

interface Group {
  period: Period;
  kind: Kind;
  byDimension: Map<BreakdownDimension, BreakdownRecord>;
}

/** One group per period: each dimension's latest read, if that read covers the period. */
function groups(history: readonly BreakdownRecord[], rules: MoverRules): Group[] {
  const latest = new Map<string, BreakdownRecord>();
  for (const b of history) {
    const k = `${periodKey(b.period)}|${b.dimension}`;
    const had = latest.get(k);
    if (!had || later(b, had)) latest.set(k, b);
  }
  const out = new Map<string, Group>();
  for (const b of latest.values()) {
    const kind = kindOf(b, rules);
    if (!kind) continue;
    // Two kinds for one period (dimensions read on different days) are kept apart.
    const k = `${periodKey(b.period)}|${kind}`;
    let g = out.get(k);
    if (!g) out.set(k, (g = { period: b.period, kind, byDimension: new Map() }));
    g.byDimension.set(b.dimension, b);
  }
  return [...out.values()];
}

/** Two tables of one dimension measure alike: same unit and currency. */
const sameMeasure = (e: BreakdownRecord | undefined, l: BreakdownRecord): e is BreakdownRecord =>
  !!e && e.unit === l.unit && e.currency === l.currency;

function comparable(latest: Group, earlier: Group): boolean {
  return (
    earlier.kind === latest.kind &&
    lengthOf(earlier.period) === lengthOf(latest.period) &&
    earlier.period.end < latest.period.start &&
    [...latest.byDimension].some(([d, l]) => sameMeasure(earlier.byDimension.get(d), l))
  );
}

/** The movers of a metric's breakdown history (any order, any mix of periods and dimensions). */
export function findMovers(
  history: readonly BreakdownRecord[],
  rules: MoverRules = MOVER_RULES,
): MoversResult {
  if (!history.length) return { status: 'none', reason: 'no-breakdowns' };
  const all = groups(history, rules);
  const lastEnd = all.reduce((m, g) => (g.period.end > m ? g.period.end : m), '');
  // The latest period; of several ending that day (7 and 30 days), each in turn, the one read
  // last first, until one has a comparable earlier period.
  const latestFirst = all
    .filter((g) => g.period.end === lastEnd)
    .sort((a, b) => lastRead(b).localeCompare(lastRead(a)));
  for (const latest of latestFirst) {
    const earlier = all
      .filter((g) => comparable(latest, g))
      .sort((a, b) => b.period.end.localeCompare(a.period.end))[0];
    if (!earlier) continue;
    const movers = [...latest.byDimension].flatMap(([dim, l]) => {
      const e = earlier.byDimension.get(dim);
      return sameMeasure(e, l) ? tableMovers(e, l, rules) : [];
    });
    movers.sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || cmp(a.label, b.label));
    return movers.length
      ? {
          status: 'ok',
          current: latest.period,
          earlier: earlier.period,
          movers: movers.slice(0, rules.maxMovers),
        }
      : { status: 'none', reason: 'no-movers' };
  }
  return { status: 'none', reason: 'no-comparable' };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function lastRead(g: Group): string {
  let m = '';
  for (const b of g.byDimension.values()) if (b.observedAt > m) m = b.observedAt;
  return m;
}

/**
 * The most a row missing from `rows` can have had there: the smallest row shown plus its
 * precision — or null when nothing is known (rows not sorted by this metric, not additive, none).
 */
function absentBound(rows: readonly BreakdownRow[], unit: Unit): BreakdownRow | null {
  if (!ADDITIVE.has(unit) || !rows.length) return null;
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1]!;
    const b = rows[i]!;
    if (b.value > a.value + a.precision + b.precision) return null;
  }
  const min = rows.reduce((m, r) => (r.value < m.value ? r : m));
  return { label: '', value: min.value + min.precision, precision: 0 };
}

/** The rows of one dimension that moved between two comparable tables. */
function tableMovers(e: BreakdownRecord, l: BreakdownRecord, rules: MoverRules): Mover[] {
  const additive = ADDITIVE.has(l.unit);
  const scale = (rows: BreakdownRow[]) =>
    additive
      ? rows.reduce((s, r) => s + r.value, 0)
      : rows.reduce((m, r) => Math.max(m, Math.abs(r.value)), 0);
  const floor = rules.tableShare * Math.max(scale(e.rows), scale(l.rows));
  const before = new Map(e.rows.map((r) => [r.label, r]));
  const after = new Map(l.rows.map((r) => [r.label, r]));
  const beforeBound = absentBound(e.rows, e.unit);
  const afterBound = absentBound(l.rows, l.unit);
  const labels = [...after.keys(), ...[...before.keys()].filter((k) => !after.has(k))];
  const out: Mover[] = [];
  for (const label of labels) {
    const b = before.get(label) ?? beforeBound;
    const a = after.get(label) ?? afterBound;
    if (!a || !b) continue;
    const change = a.value - b.value;
    // A bounded side only ever makes the change look smaller: the bound is the most it could be
    // on a rise (before) and on a fall (after) — never the other way round.
    if (!before.has(label) && change <= 0) continue;
    if (!after.has(label) && change >= 0) continue;
    const size = Math.abs(change);
    if (size <= a.precision + b.precision) continue;
    if (size < floor) continue;
    if (b.value > 0 && size < rules.relative * b.value) continue;
    const absent = !before.has(label) ? 'before' : !after.has(label) ? 'after' : null;
    out.push({
      dimension: l.dimension,
      label,
      before: b.value,
      after: a.value,
      change,
      changeRatio: absent || b.value <= 0 ? null : change / b.value,
      unit: l.unit,
      ...(l.currency ? { currency: l.currency } : {}),
      ...(absent ? { absent } : {}),
    });
  }
  return out;
}
