/**
 * Turns a goal's raw readings into one daily series: which readings count, which are left out and
 * why, and one value per UTC day (the latest observed that day).
 */
import { dayOf, instantDay, MS_PER_DAY } from './dates';
import type { Goal, Reading } from './schema';
import type { ExclusionReason, Excluded } from './types';
import { ANOMALY_REACH } from './anomalies';

export interface DailySeries {
  /** UTC day numbers, strictly ascending. */
  days: number[];
  values: number[];
  /** Display half-width of each day's reading (0 when the reader did not say). */
  precisions: number[];
  /**
   * Index of the first day on or after the goal's start. Points before it are pre-start history of
   * a level: not used for the verdict, but they give anomaly detection its baseline.
   */
  first: number;
  excluded: Excluded[];
}

// Local aliases: some module loaders (jiti, vite-node) turn each use of an imported binding into a
// property getter call, which costs more than the work itself in a loop over every reading.
const dayOfIso = dayOf;
const dayOfInstant = instantDay;

const unitKey = (r: Reading): string => `${r.unit}|${r.currency ?? ''}`;

interface Context {
  source: string;
  scope: string;
  key: string;
  total: boolean;
  goalStart: string;
  goalDeadline: string;
  startDay: number;
  deadlineDay: number;
  nowDay: number;
  nowMs: number;
}

/** A series being built in ascending day order. */
interface Building extends DailySeries {
  /** The reading behind the last point, to settle two readings on one day. */
  lastReading: Reading | null;
  /** How many readings observed at that same instant the last point averages. */
  lastTies: number;
}

/**
 * `nowMs` = Infinity keeps every reading (used when replaying history). For a period total the
 * point's day is the end of the range the dashboard showed, if earlier than when it was seen: a
 * quarter-to-date figure read on April 2nd for Jan 1 – Mar 31 is the final quarter total.
 */
export function dailySeries(goal: Goal, readings: readonly Reading[], nowMs: number): DailySeries {
  const ctx: Context = {
    source: goal.metric.source,
    scope: goal.metric.scope,
    key: goal.metric.key,
    total: goal.accumulation === 'period-total',
    goalStart: goal.start,
    goalDeadline: goal.deadline,
    startDay: dayOf(goal.start),
    deadlineDay: dayOf(goal.deadline),
    nowDay: Math.floor(nowMs / MS_PER_DAY),
    nowMs,
  };
  // The store hands readings over in time order and in one unit; on years of history touching
  // each reading once is most of the cost, so try that first and only fall back when it fails.
  return finish(inOrder(ctx, readings) ?? anyOrder(ctx, readings));
}

/** Effective UTC day of a usable reading, or the reason it is not usable. */
function classify(c: Context, r: Reading): number | ExclusionReason {
  const m = r.metric;
  if (m.key !== c.key || m.source !== c.source || m.scope !== c.scope) return 'other-metric';
  // An older reader could not tell what this figure covered (migration 4): never a verdict.
  if (r.doubt) return 'old-reader';
  const p = r.period;
  // A total over any other range (last quarter, last 28 days, or past the deadline) is a
  // different number, not a noisier one. (Checked first: string compares are cheaper than dates.)
  if (c.total && (p === null || p.start !== c.goalStart || p.end > c.goalDeadline)) {
    return 'period-mismatch';
  }
  const day = dayOfInstant(r.observedAt);
  // Only a reading seen on today's date needs the full parse to compare with `now`.
  if (day > c.nowDay || (day === c.nowDay && Date.parse(r.observedAt) > c.nowMs)) return 'future';
  if (!c.total) return day;
  const end = dayOfIso(p!.end);
  return end < day ? end : day;
}

function start(): Building {
  return {
    days: [],
    values: [],
    precisions: [],
    first: -1,
    excluded: [],
    lastReading: null,
    lastTies: 1,
  };
}

function finish(b: Building): DailySeries {
  const { days, values, precisions, first, excluded } = b;
  return { days, values, precisions, first: first < 0 ? days.length : first, excluded };
}

/** Appends a usable reading (days must arrive in ascending order). */
function add(c: Context, b: Building, r: Reading, day: number): void {
  if (day > c.deadlineDay) {
    b.excluded.push({ reading: r, reason: 'after-deadline' });
    return;
  }
  if (day < c.startDay) {
    b.excluded.push({ reading: r, reason: 'before-start' });
    if (c.total) return;
  } else if (b.first < 0) b.first = b.days.length;
  const last = b.days.length - 1;
  if (last >= 0 && b.days[last] === day) {
    // Same day twice: keep the later observation (the only place we need full time parsing).
    const t = Date.parse(r.observedAt);
    const kept = Date.parse(b.lastReading!.observedAt);
    if (t > kept) {
      b.values[last] = r.value;
      b.precisions[last] = r.precision ?? 0;
      b.lastReading = r;
      b.lastTies = 1;
    } else if (t === kept) {
      // Two figures seen at the same instant: their mean, so the verdict depends neither on the
      // order readings arrive in nor on which way the goal points.
      b.values[last] = (b.values[last]! * b.lastTies + r.value) / (b.lastTies + 1);
      b.precisions[last] = Math.max(b.precisions[last]!, r.precision ?? 0);
      b.lastTies++;
    }
    return;
  }
  b.days.push(day);
  b.values.push(r.value);
  b.precisions.push(r.precision ?? 0);
  b.lastReading = r;
  b.lastTies = 1;
}

/**
 * One pass, assuming time order and a single unit; null as soon as either is not so. A level's
 * readings from before the start are only listed as excluded and kept as anomaly history; on years
 * of history that is most of them, so they are recognised by comparing the UTC timestamp with the
 * start date as strings, and only the stretch anomaly detection can reach is parsed.
 */
function inOrder(c: Context, readings: readonly Reading[]): Building | null {
  const b = start();
  const skipPre = !c.total && c.startDay <= c.nowDay;
  const pre: number[] = [];
  let prevPre = '';
  let unit: string | null = null;
  let currency: string | undefined;
  let prev = -Infinity;
  for (let i = 0; i < readings.length; i++) {
    const r = readings[i]!;
    if (skipPre) {
      const o = r.observedAt;
      // For `…Z` timestamps the date part is the UTC date, so string order is day order here.
      if (o < c.goalStart && o.charCodeAt(o.length - 1) === 90 && o.charCodeAt(10) === 84) {
        const m = r.metric;
        if (m.key === c.key && m.source === c.source && m.scope === c.scope) {
          if (b.days.length > 0 || o < prevPre) return null;
          if (unit === null) {
            unit = r.unit;
            currency = r.currency;
          } else if (r.unit !== unit || r.currency !== currency) return null;
          prevPre = o;
          pre.push(i);
          continue;
        }
      }
    }
    const day = classify(c, r);
    if (typeof day === 'string') {
      b.excluded.push({ reading: r, reason: day });
      continue;
    }
    if (unit === null) {
      unit = r.unit;
      currency = r.currency;
    } else if (r.unit !== unit || r.currency !== currency) return null;
    if (day < prev) return null;
    // A pre-start reading with an offset timestamp: rare enough to leave to the general path.
    if (skipPre && day < c.startDay) return null;
    prev = day;
    add(c, b, r, day);
  }
  if (pre.length > 0) prependHistory(b, readings, pre);
  return b;
}

/** Lists `pre` as excluded and puts the part anomaly detection can reach in front of `b`. */
function prependHistory(b: Building, readings: readonly Reading[], pre: number[]): void {
  for (const i of pre) b.excluded.push({ reading: readings[i]!, reason: 'before-start' });
  const days: number[] = [];
  const values: number[] = [];
  const precisions: number[] = [];
  const inPeriod = b.days.length;
  let newest = inPeriod > 0 ? b.days[inPeriod - 1]! : NaN;
  let extra = 1; // the point before the oldest change anomaly detection looks at
  let keptIndex = -1;
  let ties = 1;
  for (let k = pre.length - 1; k >= 0; k--) {
    const r = readings[pre[k]!]!;
    const day = dayOfInstant(r.observedAt);
    if (newest !== newest) newest = day;
    const last = days.length - 1;
    // Walking backwards, the first reading of a day is its latest one; readings at that same
    // instant are averaged, as in add().
    if (last >= 0 && days[last] === day) {
      if (r.observedAt === readings[keptIndex]!.observedAt) {
        values[last] = (values[last]! * ties + r.value) / (ties + 1);
        precisions[last] = Math.max(precisions[last]!, r.precision ?? 0);
        ties++;
      }
      continue;
    }
    keptIndex = pre[k]!;
    ties = 1;
    if (newest - day > ANOMALY_REACH.days && days.length + inPeriod >= ANOMALY_REACH.points) {
      if (extra-- === 0) break;
    }
    days.push(day);
    values.push(r.value);
    precisions.push(r.precision ?? 0);
  }
  days.reverse();
  values.reverse();
  precisions.reverse();
  b.days = days.concat(b.days);
  b.values = values.concat(b.values);
  b.precisions = precisions.concat(b.precisions);
  b.first = inPeriod > 0 ? days.length : -1;
}

function anyOrder(c: Context, readings: readonly Reading[]): Building {
  const b = start();
  const usable: { r: Reading; day: number }[] = [];
  for (const r of readings) {
    const day = classify(c, r);
    if (typeof day === 'string') b.excluded.push({ reading: r, reason: day });
    else usable.push({ r, day });
  }
  // The goal has no unit of its own: the unit most readings carry is the metric's unit (ties go
  // to the newest), so one misread figure ("1.2K" read as bytes) cannot hijack the series.
  const tally = new Map<string, { count: number; day: number }>();
  for (const { r, day } of usable) {
    const t = tally.get(unitKey(r)) ?? { count: 0, day: -Infinity };
    tally.set(unitKey(r), { count: t.count + 1, day: Math.max(t.day, day) });
  }
  let unit = '';
  let best = { count: -1, day: -Infinity };
  for (const [u, t] of tally) {
    if (t.count > best.count || (t.count === best.count && t.day > best.day)) {
      best = t;
      unit = u;
    }
  }
  usable.sort((x, y) => x.day - y.day); // stable: same-day readings keep their order
  for (const { r, day } of usable) {
    if (unitKey(r) !== unit) b.excluded.push({ reading: r, reason: 'unit-mismatch' });
    else add(c, b, r, day);
  }
  return b;
}
