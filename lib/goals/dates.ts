/**
 * Calendar arithmetic on whole UTC days. The engine works on "day numbers" (days since
 * 1970-01-01) because its series has one point per UTC day (lib/goals/README.md), and integers
 * are cheaper to compare than strings or Date objects when a goal has years of readings.
 */

export const MS_PER_DAY = 86_400_000;

/**
 * The user's local calendar day of an instant, `YYYY-MM-DD` (the clock's time zone, not UTC): what
 * a review, a stored breakdown or a download is dated by, as the user lives it.
 */
export function localIsoDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Days before the 1st of each month in a common year (index 1 = January). */
const CUMULATIVE = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
/** Leap years from year 1 to 1969. */
const LEAPS_BEFORE_1970 = 477;

const digit = (s: string, i: number): number => s.charCodeAt(i) - 48;

/**
 * Day number of a `YYYY-MM-DD` string (or the date part of a longer ISO string), for years 1 and
 * later. Unrolled integer arithmetic rather than `Date.parse`: it runs once per reading, and on
 * two years of readings for hundreds of goals the parser was the largest single cost.
 */
export function dayOf(iso: string): number {
  const y = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3);
  const m = digit(iso, 5) * 10 + digit(iso, 6);
  const d = digit(iso, 8) * 10 + digit(iso, 9);
  const p = y - 1;
  const leaps = ((p / 4) | 0) - ((p / 100) | 0) + ((p / 400) | 0) - LEAPS_BEFORE_1970;
  const leap = (y & 3) === 0 && (y % 100 !== 0 || y % 400 === 0);
  return (y - 1970) * 365 + leaps + CUMULATIVE[m]! + (leap && m > 2 ? 1 : 0) + d - 1;
}

/**
 * UTC day number of an ISO 8601 instant. The store writes `toISOString()` (`…Z`), whose date part
 * already is the UTC date, so that case skips `Date.parse`; offsets such as `+09:00` can move the
 * instant to another UTC day and go through the full parser.
 */
export function instantDay(iso: string): number {
  if (iso.charCodeAt(iso.length - 1) === 90 /* Z */ && iso.charCodeAt(10) === 84 /* T */) {
    return dayOf(iso);
  }
  return Math.floor(Date.parse(iso) / MS_PER_DAY);
}

export function dayOfDate(d: Date): number {
  return Math.floor(d.getTime() / MS_PER_DAY);
}

/** `YYYY-MM-DD` of a day number. */
export function isoOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function addDays(iso: string, days: number): string {
  return isoOf(dayOf(iso) + days);
}

/** Same day-of-month `months` later, clamped to the month's end (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(iso: string, months: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + months;
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(Number(iso.slice(8, 10)), last);
  return isoOf(Math.floor(Date.UTC(year, month, day) / MS_PER_DAY));
}

export function monthStart(iso: string): string {
  return `${iso.slice(0, 7)}-01`;
}

export function quarterStart(iso: string): string {
  const m = Number(iso.slice(5, 7));
  const q = Math.floor((m - 1) / 3) * 3 + 1;
  return `${iso.slice(0, 4)}-${String(q).padStart(2, '0')}-01`;
}

/** True for a real `YYYY-MM-DD` calendar day. */
export function isIsoDate(s: unknown): s is string {
  return typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) && isoOf(dayOf(s)) === s;
}
