/**
 * Breakdowns as evidence (issue 13): the top rows of the tables beside a headline metric, one
 * record per metric, dimension, period and local day (`StoredBreakdown`, lib/store/schema.ts).
 * A later read of the same day replaces the record (the day's latest wins); a read whose rows
 * are unchanged writes nothing. Records are parsed on the way out, never trusted.
 */
import { z } from 'zod';
import { IsoDate, IsoDateTime, Period } from '../goals/schema';
import { BreakdownTable } from '../review/schema';
import type { PacerDb } from './db';
import { toStoreError } from './errors';
import type { StoredBreakdown } from './schema';

const StoredBreakdownSchema = BreakdownTable.extend({
  id: z.string().min(1).max(1000),
  metricId: z.string().min(1).max(700),
  period: Period,
  day: IsoDate,
  observedAt: IsoDateTime,
});

/** `metricId|dimension|start..end|day`: one record per metric, table, period and day. */
export function breakdownId(b: Omit<StoredBreakdown, 'id' | 'rows' | 'observedAt' | 'unit'>) {
  return `${b.metricId}|${b.dimension}|${b.period.start}..${b.period.end}|${b.day}`;
}

/** Same table as far as evidence goes: rows (label, value, precision), unit and currency. */
function sameTable(a: StoredBreakdown, b: StoredBreakdown): boolean {
  return (
    a.unit === b.unit &&
    a.currency === b.currency &&
    a.rows.length === b.rows.length &&
    a.rows.every((r, i) => {
      const s = b.rows[i]!;
      return r.label === s.label && r.value === s.value && r.precision === s.precision;
    })
  );
}

/** Store breakdowns in one transaction; returns those written (unchanged ones are skipped). */
export async function putBreakdowns(
  db: PacerDb,
  records: readonly StoredBreakdown[],
): Promise<StoredBreakdown[]> {
  if (!records.length) return [];
  const tx = db.transaction('breakdowns', 'readwrite');
  tx.done.catch(() => {});
  try {
    const written: StoredBreakdown[] = [];
    for (const record of records) {
      const had = await tx.store.get(record.id);
      if (had && sameTable(had, record)) continue;
      await tx.store.put(record);
      written.push(record);
    }
    await tx.done;
    return written;
  } catch (err) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    throw toStoreError(err);
  }
}

/** A metric's valid stored breakdowns, by day, optionally from/to a day (`YYYY-MM-DD`). */
export async function breakdownsFor(
  db: PacerDb,
  metricId: string,
  fromDay = '',
  toDay = '\uffff',
): Promise<StoredBreakdown[]> {
  const rows = await db.getAllFromIndex(
    'breakdowns',
    'byMetricDay',
    IDBKeyRange.bound([metricId, fromDay], [metricId, toDay]),
  );
  return rows.flatMap((r) => {
    const parsed = StoredBreakdownSchema.safeParse(r);
    return parsed.success ? [parsed.data as StoredBreakdown] : [];
  });
}

/** The day of a metric's newest stored breakdown, or null when it has none. */
export async function newestBreakdownDay(db: PacerDb, metricId: string): Promise<string | null> {
  const range = IDBKeyRange.bound([metricId, ''], [metricId, '\uffff']);
  const cursor = await db
    .transaction('breakdowns')
    .store.index('byMetricDay')
    .openKeyCursor(range, 'prev');
  return cursor ? cursor.key[1] : null;
}
