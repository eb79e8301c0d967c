/**
 * Date cells as exports write them. Each format is strict (a cell either is that format or not),
 * and day-first vs month-first is never guessed: a file decides it by a day above 12, otherwise
 * the user is asked.
 */

export type DateFormat =
  | 'iso' // 2026-09-30, 2026-09-30 14:00:00, 2026-09-30T14:00:00Z (the date part counts)
  | 'compact' // 20260930 (GA4)
  | 'ymd-slash' // 2026/09/30
  | 'dmy' // 30/09/2026, 30.09.2026, 30-09-2026
  | 'mdy' // 09/30/2026, 9/30/26 is refused (two-digit years are ambiguous too)
  | 'text' // Sep 30, 2026 · 30 Sep 2026 · September 30 2026
  | 'nth-day'; // 0000, 0001… counted from the export's start date (GA4's "Nth day")

export const DATE_FORMATS: readonly DateFormat[] = [
  'iso',
  'compact',
  'ymd-slash',
  'dmy',
  'mdy',
  'text',
  'nth-day',
];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `YYYY-MM-DD` of a real calendar day, or null. */
export function isoFrom(y: number, m: number, d: number): string | null {
  if (y < 1970 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return t.toISOString().slice(0, 10);
}

export function addDaysIso(iso: string, n: number): string {
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d{2}:\d{2})/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const YMD_SLASH = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:$| \d{1,2}:\d{2})/;
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:$| \d{1,2}:\d{2})/;
const MONTH_FIRST = /^([a-z]{3,9})\.? (\d{1,2}),? (\d{4})$/i;
const DAY_FIRST = /^(\d{1,2}) ([a-z]{3,9})\.?,? (\d{4})$/i;

function month(name: string): number {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  // "Sept" is the one common abbreviation longer than three letters.
  const full = name.toLowerCase();
  if (i < 0) return 0;
  const ok =
    full.length === 3 ||
    full === 'sept' ||
    [
      'january',
      'february',
      'march',
      'april',
      'may',
      'june',
      'july',
      'august',
      'september',
      'october',
      'november',
      'december',
    ][i] === full;
  return ok ? i + 1 : 0;
}

/** The day a cell names in `format` (`start` is the first day for 'nth-day'), or null. */
export function parseDate(cell: string, format: DateFormat, start?: string): string | null {
  const s = cell.trim();
  const ymd = (re: RegExp, y: number, mo: number, d: number) => {
    const m = re.exec(s);
    return m ? isoFrom(+m[y]!, +m[mo]!, +m[d]!) : null;
  };
  switch (format) {
    case 'iso':
      return ymd(ISO, 1, 2, 3);
    case 'compact':
      return ymd(COMPACT, 1, 2, 3);
    case 'ymd-slash':
      return ymd(YMD_SLASH, 1, 2, 3);
    case 'dmy':
      return ymd(NUMERIC, 3, 2, 1);
    case 'mdy':
      return ymd(NUMERIC, 3, 1, 2);
    case 'text': {
      const a = MONTH_FIRST.exec(s);
      if (a) return isoFrom(+a[3]!, month(a[1]!), +a[2]!);
      const b = DAY_FIRST.exec(s);
      return b ? isoFrom(+b[3]!, month(b[2]!), +b[1]!) : null;
    }
    case 'nth-day':
      return start && /^\d{1,5}$/.test(s) ? addDaysIso(start, Number(s)) : null;
  }
}

/** The "Total" / "Grand total" row some exports end with: not a day, and not a bad date. */
export const TOTAL_ROW = /^(grand )?totals?:?$|^합계$|^총계$/i;

export type DateGuess =
  | { kind: 'found'; format: DateFormat }
  /** Every cell reads as both day-first and month-first: the user must say which. */
  | { kind: 'ambiguous'; formats: ['dmy', 'mdy'] }
  | { kind: 'none' };

/**
 * The format most of these cells are in (at least 80% of the non-empty ones, so a "Total" row
 * does not hide a date column). 'nth-day' only with a start date, as GA4 gives one.
 */
export function detectDateFormat(cells: string[], start?: string): DateGuess {
  const sample = cells.map((c) => c.trim()).filter((c) => c !== '' && !TOTAL_ROW.test(c));
  if (sample.length === 0) return { kind: 'none' };
  const share = (f: DateFormat) =>
    sample.filter((c) => parseDate(c, f, start) !== null).length / sample.length;
  const enough = (f: DateFormat) => share(f) >= 0.8;
  for (const f of ['iso', 'compact', 'ymd-slash', 'text'] as const)
    if (enough(f)) return { kind: 'found', format: f };
  const dmy = share('dmy');
  const mdy = share('mdy');
  if (dmy >= 0.8 || mdy >= 0.8) {
    if (dmy > mdy) return { kind: 'found', format: 'dmy' };
    if (mdy > dmy) return { kind: 'found', format: 'mdy' };
    // Both read the same cells: no day above 12 rules one out, so nothing in the file decides.
    return { kind: 'ambiguous', formats: ['dmy', 'mdy'] };
  }
  if (start && enough('nth-day')) return { kind: 'found', format: 'nth-day' };
  return { kind: 'none' };
}
