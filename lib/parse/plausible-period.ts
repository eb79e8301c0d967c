/**
 * The days a Plausible period preset covers, per Plausible version (issue 15, items 2 and 8).
 * Read from Plausible's source, not guessed:
 *
 * - **v3** (Plausible Cloud since 2025, Community Edition 3.x; `Plausible.Stats.QueryPeriod`):
 *   "Last N days" (`7d`, `28d`, `30d`, `91d`) are the N whole days *before* the relative date
 *   (today unless `date=` says otherwise): [R−N, R−1]. "Last N months" (`6mo`, `12mo`) are the N
 *   whole calendar months before R's month. The CHANGELOG of v3.0.0 says "Last 7d and 30d periods
 *   do not include today anymore" and adds `28d`/`91d`.
 * - **v2** (Community Edition 2.0–2.1.x; `Plausible.Stats.Query.put_period`): `7d` is R and the
 *   6 days before it; `30d` is R and the **30** days before it (31 days); `6mo`/`12mo` run from
 *   the first of the month 5 (11) months before R's month to the end of R's month.
 * - Both: `day` is R; `month` and `year` are R's calendar month or year; `custom` is `from`–`to`
 *   (older links: `date=from,to`); `all` starts at the site's first stats day.
 *
 * Days are the site's days: "today" is `now` shifted by the site's UTC offset (the dashboard's
 * `data-offset`, in seconds). A range never ends after today: "Month to date" on the 27th covers
 * the 1st to the 27th, as the figure does. `realtime` and `24h` are not whole days: null.
 * An edition that is not known gives null for the presets whose meaning differs (`7d`, `30d`,
 * `6mo`, `12mo`) — a wrong period silently corrupts period-total goals.
 */
import { addDays, dayOf, monthEnd, monthStart, parseIsoDay, range } from './calendar';
import type { DateRange } from './types';

export type PlausibleEdition = 'v2' | 'v3';

export interface PlausiblePeriodOptions {
  /** Which Plausible's rules apply; undefined when the page did not say. */
  edition?: PlausibleEdition;
  /** The site's offset from UTC in seconds (the dashboard's `data-offset`); 0 when unknown. */
  offsetSeconds?: number;
  /** The site's first day of stats (`data-stats-begin`), for "All time". */
  statsBegin?: string | null;
}

export interface PlausiblePeriodQuery {
  /** The `period` shorthand: `day`, `7d`, `month`, `custom`, … */
  period: string;
  /** The relative date (`date=`), or for old custom links `from,to`. */
  date?: string | null;
  from?: string | null;
  to?: string | null;
}

/** Shorthands whose days are the same in every version. */
const SAME_IN_ALL = new Set(['day', 'month', 'year', 'all', 'custom']);

/** The site's today: `now` moved by the site's UTC offset, then read by its UTC date. */
export function plausibleToday(now: Date, offsetSeconds = 0): number | null {
  const t = now.getTime() + (Number.isFinite(offsetSeconds) ? offsetSeconds : 0) * 1000;
  return Number.isNaN(t) ? null : dayOf(new Date(t));
}

export function plausiblePeriodRange(
  q: PlausiblePeriodQuery,
  now: Date,
  opts: PlausiblePeriodOptions = {},
): DateRange | null {
  const today = plausibleToday(now, opts.offsetSeconds);
  if (today === null) return null;
  const clip = (start: number | null, end: number | null) =>
    range(start, end === null ? null : Math.min(end, today));

  if (q.period === 'custom') {
    const [from, to] = q.from || q.to ? [q.from, q.to] : (q.date ?? '').split(',');
    return range(parseIsoDay((from ?? '').trim()), parseIsoDay((to ?? '').trim()));
  }
  if (q.period === 'all') {
    const begin = opts.statsBegin ? parseIsoDay(opts.statsBegin) : null;
    return begin === null ? null : range(begin, today);
  }
  // `date=` moves "today" (the arrows on day, month and year; links to another day).
  const r = !q.date || q.date === 'today' ? today : parseIsoDay(q.date);
  if (r === null) return null;
  const edition = opts.edition ?? (/^(28|91)d$/.test(q.period) ? 'v3' : undefined);
  if (!edition && !SAME_IN_ALL.has(q.period)) return null;

  switch (q.period) {
    case 'day':
      return range(r, r);
    case 'month':
      return clip(monthStart(r), monthEnd(r));
    case 'year': {
      const y = new Date(r).getUTCFullYear();
      return clip(Date.UTC(y, 0, 1), Date.UTC(y, 11, 31));
    }
  }
  const days = /^(7|28|30|91)d$/.exec(q.period);
  if (days) {
    const n = Number(days[1]);
    if (edition === 'v3') return range(addDays(r, -n), addDays(r, -1));
    if (n === 7) return clip(addDays(r, -6), r);
    if (n === 30) return clip(addDays(r, -30), r);
    return null; // v2 had no 28d or 91d
  }
  const months = /^(6|12)mo$/.exec(q.period);
  if (months) {
    const n = Number(months[1]);
    if (edition === 'v3') return range(monthStart(r, -n), monthEnd(r, -1));
    return clip(monthStart(r, -(n - 1)), monthEnd(r));
  }
  return null; // realtime, 24h, anything unknown
}

/**
 * The preset a period button's text names ("Last 28 days" → `28d`), or null for a date the
 * button spells out (a day, a month, a custom range: read those as text). Plausible's UI is
 * English-only; the labels are those of `getCurrentPeriodDisplayName` (v3) and `DisplayPeriod`
 * in datepicker.js (v2).
 */
export function plausiblePresetOfText(text: string): string | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  return Object.hasOwn(TEXT_PRESETS, t) ? TEXT_PRESETS[t]! : null;
}

const TEXT_PRESETS: Record<string, string> = {
  today: 'day',
  realtime: 'realtime',
  'last 24 hours': '24h',
  'last 7 days': '7d',
  'last 28 days': '28d',
  'last 30 days': '30d',
  'last 91 days': '91d',
  'month to date': 'month',
  'last 6 months': '6mo',
  'last 12 months': '12mo',
  'year to date': 'year',
  'all time': 'all',
};
