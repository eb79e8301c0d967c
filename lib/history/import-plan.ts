/**
 * From a table and a mapping to the readings an import would write, with every row that stops it
 * named. Nothing here writes: the preview shows this plan, and only a plan with no errors is sent.
 *
 * What a row becomes (docs/architecture.md, "Contracts": a reading says what it covers):
 * - For a level goal, the day's value, covering that day: period { d, d }.
 * - For a period-total goal, the total from the goal's start to that day, period { start, d }:
 *   the days are added up, as the dashboard would show that range. Only columns whose days add up
 *   can be summed; a missing day makes every later total unknown, so the totals stop there.
 * Each reading is dated at 00:00 UTC of its day, so a reading taken from the dashboard later that
 * day is the one the goal uses, and marked `origin: 'import'`.
 */
import type { Reading, Unit } from '../goals/schema';
import { addDaysIso, daysBetween, parseDate, TOTAL_ROW, type DateFormat } from './date-cells';
import type { ColumnKind } from './formats';
import { parseCell } from './numbers';
import type { Table } from './csv-table';

export interface Mapping {
  dateColumn: number;
  dateFormat: DateFormat;
  valueColumn: number;
  kind: ColumnKind;
  unit: Unit;
  currency?: string;
  /** Rates the export writes as fractions (0.62) are scaled to the percent the dashboard shows. */
  fraction?: boolean;
  /** Per-transaction rows: a day's rows are added up and a day without a row had zero. */
  perEvent?: boolean;
  /** Column holding each row's currency (Stripe). */
  currencyColumn?: number;
  /** Rows to leave out and why. */
  skipRow?: (cells: string[]) => 'not-paid' | null;
}

export interface Target {
  metric: { source: string; scope: string; key: string };
  accumulation: 'level' | 'period-total';
  /** The goal's period; needed for period totals. */
  start: string;
  deadline: string;
}

export type RowError =
  | { line: number; kind: 'date'; text: string }
  | { line: number; kind: 'number'; text: string }
  | { line: number; kind: 'unit'; text: string; unit: Unit }
  | { line: number; kind: 'currency'; text: string }
  | { line: number; kind: 'repeat-day'; date: string };

/** Why nothing can be imported as mapped (rather than which row is wrong). */
export type Problem =
  | { kind: 'unique-total' } // daily unique counts do not add up into a period's
  | { kind: 'level-total' } // a rate or level does not add up
  | { kind: 'no-currency' } // money with no currency known
  | { kind: 'starts-late'; first: string; start: string } // total since the start unknown
  | { kind: 'not-daily'; days: number } // rows are weeks or months: a bucket is not a day
  | { kind: 'nothing' }; // no row left to import

export interface Left {
  /** Days after today (an export of "this month" lists the rest of the month with zeros). */
  future: number;
  /**
   * Today, for a level made of a day's amounts (visitors per day): the day is not over, and its
   * part-day value would read as a sudden drop.
   */
  today: number;
  /** Days outside the goal's period (period totals only). */
  outside: number;
  /** Rows with no value in the column. */
  empty: number;
  /** "Total" rows. */
  totals: number;
  /** Failed or cancelled payments. */
  notPaid: number;
  /** A period total stops at a missing day: the first day missing, and how many days after. */
  gap: { missing: string; days: number } | null;
}

/** What an import writes: a reading that says it was imported and which days it covers. */
export type ImportedReading = Reading & {
  origin: 'import';
  period: NonNullable<Reading['period']>;
};

export interface Plan {
  readings: ImportedReading[];
  errors: RowError[];
  problem: Problem | null;
  /** Data rows looked at. */
  rows: number;
  left: Left;
  /** A fraction column was scaled to percent. */
  scaled: boolean;
}

/** At most this many errors are listed: the first ones say enough to fix the file. */
export const MAX_ERRORS = 50;

interface Day {
  value: number;
  precision: number;
  rows: number;
}

export function planImport(table: Table, m: Mapping, target: Target, today: string): Plan {
  const left: Left = {
    future: 0,
    today: 0,
    outside: 0,
    empty: 0,
    totals: 0,
    notPaid: 0,
    gap: null,
  };
  const errors: RowError[] = [];
  const total = target.accumulation === 'period-total';
  const fail = (e: RowError) => {
    if (errors.length < MAX_ERRORS) errors.push(e);
  };
  const plan = (readings: ImportedReading[], problem: Problem | null = null): Plan => ({
    readings,
    errors,
    problem: errors.length ? null : (problem ?? (readings.length ? null : { kind: 'nothing' })),
    rows: table.rows.length,
    left,
    scaled,
  });
  let scaled = false;
  if (total && m.kind === 'unique') return plan([], { kind: 'unique-total' });
  if (total && m.kind === 'level') return plan([], { kind: 'level-total' });

  const decimalComma = table.delimiter === ';';
  const start = table.meta['start date'];
  const startIso = start ? (parseDate(start, 'compact') ?? parseDate(start, 'iso')) : null;
  const days = new Map<string, Day>();
  // The earliest day the file names at all (a failed payment counts): it shows what it covers.
  let earliest: string | null = null;
  let currency = m.currency;
  const sums = m.kind === 'amount';

  for (const row of table.rows) {
    const dateText = row.cells[m.dateColumn] ?? '';
    if (TOTAL_ROW.test(dateText.trim())) {
      left.totals++;
      continue;
    }
    const date = parseDate(dateText, m.dateFormat, startIso ?? undefined);
    if (!date) {
      fail({ line: row.line, kind: 'date', text: dateText.slice(0, 40) });
      continue;
    }
    if (earliest === null || date < earliest) earliest = date;
    if (m.skipRow?.(row.cells)) {
      left.notPaid++;
      continue;
    }
    const raw = row.cells[m.valueColumn] ?? '';
    const cell = parseCell(raw, decimalComma);
    if (cell === null) {
      fail({ line: row.line, kind: 'number', text: raw.slice(0, 40) });
      continue;
    }
    if (date > today) {
      left.future++;
      continue;
    }
    if (date === today && !total && m.kind !== 'level') {
      left.today++;
      continue;
    }
    if (cell === undefined) {
      left.empty++;
      continue;
    }
    if (cell.unit && cell.unit !== m.unit) {
      fail({ line: row.line, kind: 'unit', text: raw.slice(0, 40), unit: cell.unit });
      continue;
    }
    const rowCurrency =
      m.currencyColumn !== undefined
        ? (row.cells[m.currencyColumn] ?? '').trim().toUpperCase() || undefined
        : cell.currency;
    if (m.unit === 'currency' && rowCurrency) {
      if (currency && rowCurrency !== currency) {
        fail({ line: row.line, kind: 'currency', text: rowCurrency.slice(0, 10) });
        continue;
      }
      currency ??= rowCurrency;
    }
    const day = days.get(date);
    if (!day) days.set(date, { value: cell.value, precision: cell.precision, rows: 1 });
    else if (sums) {
      day.value += cell.value;
      day.precision += cell.precision;
      day.rows++;
    } else fail({ line: row.line, kind: 'repeat-day', date });
  }
  if (errors.length) return plan([]);
  if (m.unit === 'currency' && !currency) return plan([], { kind: 'no-currency' });

  let sorted = [...days.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  // Plausible and others export by week or month when asked: such a row holds a week's or a
  // month's total, and written as its first day it would be a wrong number for that day.
  const spacing = medianGap(sorted.map(([d]) => d));
  if (m.kind !== 'level' && !m.perEvent && spacing >= 7)
    return plan([], { kind: 'not-daily', days: spacing });
  if (m.fraction && m.unit === 'percent' && sorted.every(([, d]) => Math.abs(d.value) <= 1)) {
    scaled = true;
    for (const [, d] of sorted) {
      d.value = round(d.value * 100);
      d.precision *= 100;
    }
  }
  const base = {
    metric: target.metric,
    unit: m.unit,
    ...(m.unit === 'currency' && currency ? { currency } : {}),
    origin: 'import' as const,
  };
  const reading = (
    date: string,
    value: number,
    precision: number,
    from: string,
  ): ImportedReading => ({
    ...base,
    value: round(value),
    precision,
    period: { start: from, end: date },
    observedAt: `${date}T00:00:00.000Z`,
  });

  if (!total) return plan(sorted.map(([date, d]) => reading(date, d.value, d.precision, date)));

  // Period total: the running sum from the goal's start, one reading per day.
  const inPeriod = sorted.filter(([date]) => date >= target.start && date <= target.deadline);
  left.outside = sorted.length - inPeriod.length;
  sorted = inPeriod;
  const first = sorted[0]?.[0];
  // A daily file must have the start day itself. A per-transaction file lists only days with
  // payments, so days before its first payment count as none only if the file reaches back to
  // the start (some row on or before it); otherwise the total since the start is unknown.
  const late = m.perEvent ? earliest !== null && earliest > target.start : first! > target.start;
  if (first && late)
    return plan([], {
      kind: 'starts-late',
      first: m.perEvent ? earliest! : first,
      start: target.start,
    });
  const readings: ImportedReading[] = [];
  let running = 0;
  let precision = 0;
  let expected = target.start;
  for (let i = 0; i < sorted.length; i++) {
    const [date, d] = sorted[i]!;
    if (date !== expected && !m.perEvent) {
      left.gap = { missing: expected, days: sorted.length - i };
      break;
    }
    if (m.perEvent) {
      // Days without a row had no payments: their total is the running one.
      for (let gap = expected; gap < date; gap = addDaysIso(gap, 1))
        readings.push(reading(gap, running, precision, target.start));
    }
    running += d.value;
    precision += d.precision;
    readings.push(reading(date, running, precision, target.start));
    expected = addDaysIso(date, 1);
  }
  return plan(readings);
}

/** The median number of days between consecutive dates (0 with fewer than three). */
function medianGap(dates: string[]): number {
  if (dates.length < 3) return 0;
  const gaps = dates.slice(1).map((d, i) => daysBetween(dates[i]!, d));
  gaps.sort((a, b) => a - b);
  return gaps[gaps.length >> 1]!;
}

/** Sums of decimals drift (0.1 + 0.2): keep what the file could have said, to 10 decimals. */
function round(x: number): number {
  return Math.round(x * 1e10) / 1e10;
}
