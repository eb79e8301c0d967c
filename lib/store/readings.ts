import { metricId, Reading } from '../goals/schema';
import { toStoreError } from './errors';
import type { PacerDb } from './db';
import type { StoredReading } from './schema';
import { bumpStamps } from './stamps';

const strip = ({ metricId: _m, seq: _s, ...reading }: StoredReading): Reading => reading;

/**
 * Stored readings parsed on the way out: one record with `value: "abc"` (an old bug, a hand-edited
 * import) is skipped and counted, never handed to the pace engine (issue 10, defect 4).
 */
function checked(rows: StoredReading[]): { readings: Reading[]; skipped: number } {
  const readings: Reading[] = [];
  for (const row of rows) {
    const r = Reading.safeParse(strip(row));
    if (r.success) readings.push(r.data);
  }
  return { readings, skipped: rows.length - readings.length };
}

/**
 * A metric's valid readings in time order, optionally from/to an ISO time (one index range, no
 * scan), and how many stored ones were skipped as invalid.
 */
export async function checkedReadingsFor(
  db: PacerDb,
  metric: { source: string; scope: string; key: string },
  from = '',
  to = '\uffff',
): Promise<{ readings: Reading[]; skipped: number }> {
  const id = metricId(metric);
  return checked(
    await db.getAllFromIndex('readings', 'byMetricTime', IDBKeyRange.bound([id, from], [id, to])),
  );
}

/** A metric's valid readings in time order, optionally from/to an ISO time. */
export async function readingsFor(
  db: PacerDb,
  metric: { source: string; scope: string; key: string },
  from = '',
  to = '\uffff',
): Promise<Reading[]> {
  return (await checkedReadingsFor(db, metric, from, to)).readings;
}

/** The newest reading of a metric, or undefined. */
export async function latestReading(
  db: PacerDb,
  metric: { source: string; scope: string; key: string },
): Promise<Reading | undefined> {
  const id = metricId(metric);
  const range = IDBKeyRange.bound([id, ''], [id, '\uffff']);
  let cursor = await db
    .transaction('readings')
    .store.index('byMetricTime')
    .openCursor(range, 'prev');
  while (cursor) {
    const r = Reading.safeParse(strip(cursor.value));
    if (r.success) return r.data;
    cursor = await cursor.continue();
  }
  return undefined;
}

function samePeriod(a: Reading['period'], b: Reading['period']): boolean {
  return a === b || (!!a && !!b && a.start === b.start && a.end === b.end);
}

/**
 * Store readings in one transaction. A reading equal to the metric's latest one on the same day
 * (value and period) is skipped: reloading a dashboard must not grow the database.
 * Returns the readings actually stored.
 */
export async function addReadings(db: PacerDb, readings: Reading[]): Promise<Reading[]> {
  const tx = db.transaction(['readings', 'settings'], 'readwrite');
  // tx.done rejects when we abort below; that outcome is reported through the throw instead.
  tx.done.catch(() => {});
  try {
    const store = tx.objectStore('readings');
    const index = store.index('byMetricTime');
    const added: Reading[] = [];
    for (const reading of readings) {
      const id = metricId(reading.metric);
      const last = await index.openCursor(IDBKeyRange.bound([id, ''], [id, '\uffff']), 'prev');
      const prev = last?.value;
      if (
        prev &&
        prev.value === reading.value &&
        samePeriod(prev.period, reading.period) &&
        prev.observedAt.slice(0, 10) === reading.observedAt.slice(0, 10)
      )
        continue;
      await store.add({ ...reading, metricId: id });
      added.push(reading);
    }
    await bumpStamps(tx, new Set(added.map((r) => metricId(r.metric))));
    await tx.done;
    return added;
  } catch (err) {
    // All or nothing: a failure part-way (quota) must not leave half the batch stored.
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    throw toStoreError(err);
  }
}

export async function countReadings(db: PacerDb): Promise<number> {
  return db.count('readings');
}
