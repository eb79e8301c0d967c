/**
 * `parseDateRangeText`: the text a dashboard's date picker shows → the days it covers.
 *
 * Conventions (documented because dashboards disagree):
 * - `now` is read by its UTC date (see calendar.ts).
 * - "Last N days" is [today−(N−1), today]. GA4 and Search Console leave today out of their
 *   "Last 28 days": readers for them pass `{ includeToday: false }` for [today−N, today−1].
 * - "Last N months" rolls back N months from the end day: [end − N months + 1 day, end].
 * - "This month" / "This year" are the whole calendar month/year, as Plausible and Matomo label
 *   the selection; "Month to date" / "Year to date" end today.
 * - "This week" / "Last week" are null: GA4 starts weeks on Sunday, Matomo on Monday.
 * - A range with no year anywhere ("Mar 1 – Mar 31") is null: the year would be a guess.
 */
import {
  addDays,
  dayOf,
  lastDays,
  makeDay,
  monthEnd,
  monthStart,
  range,
  subtractMonths,
  yearEnd,
  yearStart,
} from './calendar';
import { parseDayText, type PartialDay } from './day-text';
import type { DateRange } from './types';

export interface DateRangeOptions {
  /** Whether "Last N days" ends today (default) or yesterday (GA4, Search Console). */
  includeToday?: boolean;
}

const LAST_DAYS = [
  /^(?:the )?(?:last|past|previous) (\d+) days?$/,
  /^(?:die )?letzte[n]? (\d+) tage$/,
  /^(?:지난|최근) ?(\d+) ?일$/,
  /^過去 ?(\d+) ?日間?$/,
];
const LAST_WEEKS = [/^(?:the )?(?:last|past|previous) (\d+) weeks?$/, /^(?:지난|최근) ?(\d+) ?주$/];
const LAST_MONTHS = [
  /^(?:the )?(?:last|past|previous) (\d+) months?$/,
  /^(?:die )?letzte[n]? (\d+) monate$/,
  /^(?:지난|최근) ?(\d+) ?개월$/,
];

function firstMatch(patterns: RegExp[], text: string): number | null {
  for (const p of patterns) {
    const m = p.exec(text);
    if (m) return Number(m[1]);
  }
  return null;
}

function relative(text: string, today: number, includeToday: boolean): DateRange | null {
  const days = firstMatch(LAST_DAYS, text);
  if (days !== null) return lastDays(today, days, includeToday);
  const weeks = firstMatch(LAST_WEEKS, text);
  if (weeks !== null) return lastDays(today, weeks * 7, includeToday);
  const months = firstMatch(LAST_MONTHS, text);
  if (months !== null) {
    if (months < 1 || months > 120) return null;
    const end = includeToday ? today : addDays(today, -1);
    return range(addDays(subtractMonths(end, months), 1), end);
  }
  switch (text) {
    case 'today':
    case 'heute':
    case '오늘':
    case '今日':
      return range(today, today);
    case 'yesterday':
    case 'gestern':
    case '어제':
    case '昨日':
      return range(addDays(today, -1), addDays(today, -1));
    case 'this month':
    case 'dieser monat':
    case '이번 달':
    case '이번달':
      return range(monthStart(today), monthEnd(today));
    case 'month to date':
    case 'this month to date':
    case 'month-to-date':
      return range(monthStart(today), today);
    case 'last month':
    case 'previous month':
    case 'letzter monat':
    case '지난달':
    case '지난 달':
      return range(monthStart(today, -1), monthEnd(today, -1));
    case 'this year':
    case 'dieses jahr':
    case '올해':
      return range(yearStart(today), yearEnd(today));
    case 'year to date':
    case 'this year to date':
    case 'year-to-date':
      return range(yearStart(today), today);
    case 'last year':
    case 'last calendar year':
    case 'letztes jahr':
    case '작년':
      return range(yearStart(today, -1), yearEnd(today, -1));
  }
  return null;
}

/** Fills what one side of a range leaves out ("Mar 1 – 31, 2026") from the other side. */
function explicit(sides: PartialDay[]): DateRange | null {
  const [a, b] = sides.length === 1 ? [sides[0]!, sides[0]!] : [sides[0]!, sides[1]!];
  const endYear = b.year ?? a.year;
  const endMonth = b.month ?? a.month;
  const startMonth = a.month ?? b.month;
  if (endYear === undefined || endMonth === undefined || startMonth === undefined) return null;
  let startYear = a.year;
  if (startYear === undefined) {
    // "Dec 15 – Jan 14, 2026": the start is in the year before.
    const wraps = startMonth > endMonth || (startMonth === endMonth && a.day > b.day);
    startYear = wraps ? endYear - 1 : endYear;
  }
  return range(makeDay(startYear, startMonth, a.day), makeDay(endYear, endMonth, b.day));
}

// Range separators: dashes only with spaces around, so ISO dates keep their hyphens.
const SEPARATOR = / ?[–—~] ?| - | (?:to|bis|au) /;

/** Parses picker text; null for anything not recognised (never a guess). */
export function parseDateRangeText(
  text: string,
  now: Date,
  locale?: string,
  options: DateRangeOptions = {},
): DateRange | null {
  if (typeof text !== 'string' || Number.isNaN(now.getTime())) return null;
  const s = text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
  if (s === '' || s.length > 80) return null;
  const today = dayOf(now);
  const rel = relative(s, today, options.includeToday ?? true);
  if (rel) return rel;

  const parts = s.split(SEPARATOR);
  if (parts.length > 2) return null;
  const sides: PartialDay[] = [];
  for (const part of parts) {
    const day = parseDayText(part.trim(), locale);
    if (!day) return null;
    sides.push(day);
  }
  return explicit(sides);
}
