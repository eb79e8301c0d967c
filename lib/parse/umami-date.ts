/**
 * Umami's date-range values ("7day", "0month", "range:<ms>:<ms>") → the calendar days its
 * figures cover, following `parseDateRange` and `getOffsetDateRange` in Umami's `src/lib/date.ts`
 * (checked at tags v2.19.0 and v3.1.0; see docs in lib/readers/umami.ts):
 *
 * | value     | Umami 3.x                                  | Umami 2.x                        |
 * |-----------|--------------------------------------------|----------------------------------|
 * | `0day`    | today                                      | today                            |
 * | `Nday`    | today and the N days before (N+1 days)     | N days ending today              |
 * | `0week`   | this week (locale's week start)            | same                             |
 * | `Nmonth`  | N+1 calendar months ending with this one   | N calendar months ending so      |
 * | `0month`  | this month (all of it: end of month)       | same                             |
 * | `Nyear`   | N+1 calendar years ending with this one    | N calendar years ending so       |
 * | `Nhour`   | a rolling window of hours: not a day range | same                             |
 * | `range:…` | browser-local midnights as epoch ms        | same                             |
 *
 * Days are the browser's own calendar days: Umami computes presets from `new Date()` and its
 * date picker stores `startOfDay`/`endOfDay` of the picked days, both in the browser's zone. The
 * content script runs in that same browser, so the zone defaults to the runtime's; tests pass one.
 */
import { addDays, localDay, monthEnd, monthStart, range, yearEnd, yearStart } from './calendar';
import type { DateRange } from './types';

export interface UmamiDateOptions {
  /** 2 or 3: the presets of Umami 2.x count N units including the current one, 3.x N+1. */
  version: 2 | 3;
  /** IANA zone of the browser showing Umami; defaults to the runtime's own. */
  timeZone?: string;
  /** Umami's UI locale (`<html lang>`), for the first day of "This week". */
  locale?: string;
}

// date-fns `weekStartsOn` of the locales Umami maps these UI languages to (date-fns v2 locale
// files); other languages: null for week presets rather than a guessed week start.
const WEEK_STARTS: Record<string, number> = { en: 0, 'en-us': 0, 'en-gb': 1, de: 1, ko: 0, ja: 0 };

function weekStartsOn(locale: string | undefined): number | null {
  const l = (locale ?? '').toLowerCase();
  return WEEK_STARTS[l] ?? WEEK_STARTS[l.split('-')[0]!] ?? null;
}

/** date-fns addMonths: same day of month, clamped to the target month's last day. */
function addMonthsClamped(day: number, n: number): number {
  const d = new Date(day);
  const first = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1);
  return Math.min(first + (d.getUTCDate() - 1) * 86_400_000, monthEnd(first));
}

interface Span {
  start: number;
  end: number;
  unit: 'day' | 'week' | 'month' | 'year';
  num: number;
}

function preset(value: string, today: number, o: UmamiDateOptions): Span | null {
  const m = /^(-?\d+)(hour|day|week|month|year)$/.exec(value);
  if (!m) return null;
  const n = Number(m[1]);
  const unit = m[2] as Span['unit'] | 'hour';
  if (unit === 'hour' || n < 0 || n > 1000) return null; // rolling hours; negative is not a preset
  // How many whole units before the current one the range starts: 3.x subtracts N, 2.x N−1.
  const back = n === 0 ? 0 : o.version === 3 ? n : n - 1;
  const num = n || 1;
  if (unit === 'day') return { start: addDays(today, -back), end: today, unit, num };
  if (unit === 'month') {
    return { start: monthStart(today, -back), end: monthEnd(today), unit, num };
  }
  if (unit === 'year') return { start: yearStart(today, -back), end: yearEnd(today), unit, num };
  const first = weekStartsOn(o.locale);
  if (first === null) return null;
  const thisWeek = addDays(today, -((new Date(today).getUTCDay() - first + 7) % 7));
  return { start: addDays(thisWeek, -7 * back), end: addDays(thisWeek, 6), unit, num };
}

/** getOffsetDateRange: both ends move by num × offset units (months and years clamp the day). */
function shift(s: Span, offset: number): DateRange | null {
  const k = s.num * offset;
  if (s.unit === 'day' || s.unit === 'week') {
    const days = s.unit === 'day' ? k : 7 * k;
    return range(addDays(s.start, days), addDays(s.end, days));
  }
  const months = s.unit === 'month' ? k : 12 * k;
  return range(addMonthsClamped(s.start, months), addMonthsClamped(s.end, months));
}

/**
 * The days an Umami date value covers at `now`, shifted by the page's `offset` (the arrows next
 * to the picker). Null when the value is not one Umami defines, is a rolling window of hours,
 * or the zone is unknown.
 */
export function umamiDateRange(
  value: string,
  now: Date,
  options: UmamiDateOptions,
  offset = 0,
): DateRange | null {
  if (typeof value !== 'string' || Number.isNaN(now.getTime()) || !Number.isInteger(offset)) {
    return null;
  }
  if (value.startsWith('range:')) {
    // "range:<start>:<end>" from the picker; 3.x "All time" appends ":all" to the data's span.
    const m = /^range:(\d{1,15}):(\d{1,15})(?::all)?$/.exec(value);
    if (!m || offset !== 0) return null;
    return range(
      localDay(Number(m[1]), options.timeZone),
      localDay(Number(m[2]), options.timeZone),
    );
  }
  const today = localDay(now.getTime(), options.timeZone);
  if (today === null) return null;
  const span = preset(value, today, options);
  if (!span) return null;
  return offset === 0 ? range(span.start, span.end) : shift(span, offset);
}

/** Umami 3.x keeps the range in the URL: `date=<value>` and `offset=<n>`. Null when absent. */
export function umamiRangeFromUrl(
  url: URL,
  now: Date,
  options: Omit<UmamiDateOptions, 'version'> = {},
): DateRange | null {
  const value = url.searchParams.get('date');
  if (!value) return null;
  const offsetText = url.searchParams.get('offset') ?? '0';
  if (!/^-?\d{1,4}$/.test(offsetText)) return null;
  return umamiDateRange(value, now, { ...options, version: 3 }, Number(offsetText));
}
