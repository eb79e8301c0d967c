/**
 * What a file is, before the user chooses anything: its table, its format if Pacer knows it, the
 * date column and how its dates are written, and the columns that hold numbers (with what each
 * is, from the format or from the cells).
 */
import type { Unit } from '../goals/schema';
import { decodeBytes } from './decode';
import { detectDateFormat, parseDate, type DateGuess } from './date-cells';
import { detectFormat, norm, type ColumnKind, type ColumnSpec, type FormatSpec } from './formats';
import { parseCell } from './numbers';
import { readTable, type Table } from './csv-table';

export interface ColumnInfo {
  index: number;
  header: string;
  /** What the format says it is; absent for a file Pacer does not know. */
  spec?: ColumnSpec;
  unit: Unit;
  currency?: string;
  /** Known from the format or the cells (a "%" is a level); undefined: the user says. */
  kind?: ColumnKind;
}

export interface Analysis {
  table: Table;
  format: FormatSpec | null;
  dateColumn: number | null;
  date: DateGuess;
  columns: ColumnInfo[];
  /** The GA4 export's `# Start date`, which "Nth day" counts from. */
  start?: string;
}

export type AnalyseResult = { ok: true; analysis: Analysis } | { ok: false; error: 'no-table' };

const DATE_HEADERS = /^(date|day|datum|fecha|data|jour|time|period|날짜|일자|日付|nth day)$|date/i;
/** Enough rows to judge a column by; a 10-year file need not be read twice in full for that. */
const SAMPLE = 400;

function sample(table: Table, col: number): string[] {
  const rows = table.rows;
  const pick =
    rows.length <= SAMPLE ? rows : [...rows.slice(0, SAMPLE / 2), ...rows.slice(-SAMPLE / 2)];
  return pick.map((r) => r.cells[col] ?? '');
}

function findDateColumn(table: Table, format: FormatSpec | null, start?: string) {
  const { header } = table;
  if (format && format.date.header) {
    const i = header.findIndex((h) => norm(h) === norm(format.date.header));
    if (i >= 0) {
      const guess = detectDateFormat(sample(table, i), start);
      // A file that says what it is still decides by its cells (Plausible with an hourly
      // interval writes "2026-09-30 14:00:00", which is still 'iso').
      return {
        index: i,
        guess:
          guess.kind === 'none'
            ? ({ kind: 'found', format: format.date.format } as DateGuess)
            : guess,
      };
    }
  }
  const order = header
    .map((h, i) => ({ i, named: DATE_HEADERS.test(h.trim()) }))
    .sort((a, b) => Number(b.named) - Number(a.named));
  for (const { i } of order) {
    const guess = detectDateFormat(sample(table, i), start);
    if (guess.kind !== 'none') return { index: i, guess };
  }
  return { index: null, guess: { kind: 'none' } as DateGuess };
}

/** A column of numbers: at least 80% of its non-empty sampled cells read as one. */
function describe(table: Table, i: number, spec: ColumnSpec | undefined): ColumnInfo | null {
  const decimalComma = table.delimiter === ';';
  const cells = sample(table, i).map((c) => parseCell(c, decimalComma));
  const filled = cells.filter((c) => c !== undefined);
  const numbers = filled.filter((c) => c !== null);
  if (!spec && (numbers.length === 0 || numbers.length < 0.8 * filled.length)) return null;
  const header = table.header[i]!;
  if (spec)
    return {
      index: i,
      header,
      spec,
      unit: spec.unit,
      kind: spec.kind,
      ...(spec.currency ? { currency: spec.currency } : {}),
    };
  // The unit most cells state ("%", "$", "0:03:12"); plain numbers are counts.
  const units = new Map<Unit, number>();
  for (const c of numbers) units.set(c.unit ?? 'count', (units.get(c.unit ?? 'count') ?? 0) + 1);
  const [unit] = [...units.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['count' as Unit];
  const currency = numbers.find((c) => c.currency)?.currency;
  const level = unit === 'percent' || unit === 'ratio' || unit === 'duration';
  return {
    index: i,
    header,
    unit,
    ...(currency ? { currency } : {}),
    ...(level ? { kind: 'level' as const } : {}),
  };
}

export function analyseText(text: string): AnalyseResult {
  // Find the table that has a date column; GA4 files hold several.
  const table = readTable(text, (header) => header.some((h) => DATE_HEADERS.test(h.trim())));
  if (!table || table.rows.length === 0) return { ok: false, error: 'no-table' };
  const format = detectFormat(table.header, table.meta);
  const rawStart = table.meta['start date'];
  const start = rawStart
    ? (parseDate(rawStart, 'compact') ?? parseDate(rawStart, 'iso') ?? undefined)
    : undefined;
  const { index, guess } = format?.noHistory
    ? { index: null, guess: { kind: 'none' } as DateGuess }
    : findDateColumn(table, format, start);
  const columns: ColumnInfo[] = [];
  if (!format?.noHistory) {
    table.header.forEach((h, i) => {
      if (i === index) return;
      const spec = format?.columns.find((c) => norm(c.header) === norm(h));
      const info = describe(table, i, spec);
      if (info) columns.push(info);
    });
  }
  return {
    ok: true,
    analysis: {
      table,
      format,
      dateColumn: index,
      date: guess,
      columns,
      ...(start ? { start } : {}),
    },
  };
}

export function analyseBytes(bytes: Uint8Array): AnalyseResult {
  return analyseText(decodeBytes(bytes));
}

/** The file has days with numbers to import (a breakdown or a file without dates has not). */
export function hasHistory(a: Analysis): boolean {
  return !a.format?.noHistory && a.dateColumn !== null && a.columns.length > 0;
}
