/**
 * Calendar days as UTC-midnight epoch milliseconds. Everything in lib/parse reads `now` by its
 * UTC date, so results never depend on the machine's time zone (tests are deterministic); a
 * caller that wants the user's local day passes a `now` shifted by the local offset.
 */
import type { DateRange } from './types';

export const DAY_MS = 86_400_000;

/** The UTC day of `now`. */
export function dayOf(now: Date): number {
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
}

/** A day from year, month (1–12) and day; null for "Feb 30" and other impossible dates. */
export function makeDay(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || year < 1970 || year > 2200) return null;
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return ms;
}

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Parses "2026-03-01" (and "20260301" with `compact`). */
export function parseIsoDay(text: string, compact = false): number | null {
  const m = (compact ? /^(\d{4})(\d{2})(\d{2})$/ : /^(\d{4})-(\d{2})-(\d{2})$/).exec(text);
  return m ? makeDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

export function addDays(day: number, n: number): number {
  return day + n * DAY_MS;
}

/** First day of the month `offset` months from the month of `day`. */
export function monthStart(day: number, offset = 0): number {
  const d = new Date(day);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset, 1);
}

export function monthEnd(day: number, offset = 0): number {
  return monthStart(day, offset + 1) - DAY_MS;
}

export function yearStart(day: number, offset = 0): number {
  return Date.UTC(new Date(day).getUTCFullYear() + offset, 0, 1);
}

export function yearEnd(day: number, offset = 0): number {
  return yearStart(day, offset + 1) - DAY_MS;
}

/** Monday-start week, as Matomo and ISO 8601 count weeks. */
export function weekStart(day: number): number {
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday = 0
  return addDays(day, -weekday);
}

/** Same day of month `n` months earlier, clamped to the month's end (Mar 31 − 1 mo = Feb 28). */
export function subtractMonths(day: number, n: number): number {
  const d = new Date(day);
  const start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - n, 1);
  const lastDay = new Date(monthEnd(start)).getUTCDate();
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - n, Math.min(d.getUTCDate(), lastDay));
}

/** A range, or null when it runs backwards. */
export function range(start: number | null, end: number | null): DateRange | null {
  if (start === null || end === null || start > end) return null;
  return { start: isoDay(start), end: isoDay(end) };
}

/** The last `n` days: [today−(n−1), today], or [today−n, today−1] without today. */
export function lastDays(today: number, n: number, includeToday = true): DateRange | null {
  if (!Number.isInteger(n) || n < 1 || n > 3660) return null;
  const end = includeToday ? today : addDays(today, -1);
  return range(addDays(end, -(n - 1)), end);
}

/** The calendar day (UTC-midnight ms) that instant `ms` falls on in `timeZone`. */
export function localDay(ms: number, timeZone?: string): number | null {
  if (!Number.isFinite(ms)) return null;
  try {
    // Not cached: the runtime's zone is read afresh (Umami's own `new Date()` does the same).
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    }).formatToParts(ms);
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    return makeDay(get('year'), get('month'), get('day'));
  } catch {
    return null; // unknown zone or date out of range
  }
}
