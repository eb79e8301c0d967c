/**
 * From an analysis and the user's choices to a Mapping for planImport. The format decides what
 * it knows; the user decides the rest (the column, day/month order, whether days add up).
 */
import type { Analysis, ColumnInfo } from './analyse';
import type { DateFormat } from './date-cells';
import type { ColumnKind } from './formats';
import { norm } from './formats';
import type { Mapping } from './import-plan';

/** The column that holds the goal's metric: the same reader key, else the same name. */
export function pickColumn(a: Analysis, metricKey: string): ColumnInfo | null {
  const key = norm(metricKey);
  const snake = (h: string) => norm(h).replace(/[^a-z0-9]+/g, '_');
  return (
    a.columns.find((c) => c.spec?.key === key) ??
    a.columns.find((c) => snake(c.header) === key) ??
    null
  );
}

export interface Choices {
  column: number;
  /** Required when the analysis found day/month order ambiguous, or no format at all. */
  dateFormat?: DateFormat;
  /** Required for a column whose kind the file does not say. */
  kind?: ColumnKind;
  /** Required for money with no currency in the file or the format. */
  currency?: string;
}

/** The mapping, or what is still to be chosen. */
export function mappingFor(
  a: Analysis,
  c: Choices,
): { ok: true; mapping: Mapping } | { ok: false; missing: 'date' | 'column' | 'kind' } {
  const col = a.columns.find((x) => x.index === c.column);
  if (a.dateColumn === null) return { ok: false, missing: 'date' };
  if (!col) return { ok: false, missing: 'column' };
  const dateFormat = a.date.kind === 'found' ? a.date.format : c.dateFormat;
  if (!dateFormat) return { ok: false, missing: 'date' };
  const kind = col.kind ?? c.kind;
  if (!kind) return { ok: false, missing: 'kind' };
  const f = a.format;
  const currencyHeader = col.spec?.currencyHeader ? norm(col.spec.currencyHeader) : null;
  const currencyColumn = currencyHeader
    ? a.table.header.findIndex((h) => norm(h) === currencyHeader)
    : -1;
  const headers = a.table.header;
  const skip = f?.skipRow;
  // The user's currency only where the file says none (a Stripe row says its own).
  const currency = col.currency ?? (currencyColumn >= 0 ? undefined : c.currency);
  return {
    ok: true,
    mapping: {
      dateColumn: a.dateColumn,
      dateFormat,
      valueColumn: col.index,
      kind,
      unit: col.unit,
      ...(currency ? { currency } : {}),
      ...(col.spec?.fraction ? { fraction: true } : {}),
      ...(f?.perEvent ? { perEvent: true } : {}),
      ...(currencyColumn >= 0 && col.unit === 'currency' ? { currencyColumn } : {}),
      ...(skip
        ? {
            skipRow: (cells: string[]) =>
              skip((h) => cells[headers.findIndex((x) => norm(x) === norm(h))] ?? ''),
          }
        : {}),
    },
  };
}
