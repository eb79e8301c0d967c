/**
 * Check-ins in the readings store. A check-in is a Reading with `origin: 'check-in'`; there is at
 * most one per metric and UTC day, so "the check-in of that day" is its identity: saving another
 * for the same day replaces it, editing may move it to another day, deleting removes that day's.
 * Readings read from pages on the same day are never touched.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import { metricId, type Reading, type Unit } from '../goals/schema';
import type { PacerDb } from './db';
import { StoreError, toStoreError } from './errors';
import type { PacerSchema } from './schema';
import { bumpStamps } from './stamps';

type MetricKey = { source: string; scope: string; key: string };

/** Every stored entry of one metric observed on a UTC day (`…Z` stamps start with the date). */
const dayRange = (id: string, day: string) => IDBKeyRange.bound([id, day], [id, `${day}\uffff`]);

type ReadingsTx = IDBPTransaction<PacerSchema, StoreNames<PacerSchema>[], 'readwrite'>;

async function removeDay(tx: ReadingsTx, id: string, day: string): Promise<number> {
  const index = tx.objectStore('readings').index('byMetricTime');
  let removed = 0;
  for (let c = await index.openCursor(dayRange(id, day)); c; c = await c.continue()) {
    if (c.value.origin !== 'check-in') continue;
    await c.delete();
    removed++;
  }
  return removed;
}

/** Run `fn` in one read-write transaction over readings and stamps: all of it or none. */
async function write<T>(db: PacerDb, fn: (tx: ReadingsTx) => Promise<T>): Promise<T> {
  const tx = db.transaction(['readings', 'settings'], 'readwrite');
  tx.done.catch(() => {});
  try {
    const out = await fn(tx);
    await tx.done;
    return out;
  } catch (err) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    throw err instanceof StoreError ? err : toStoreError(err);
  }
}

/**
 * Store a check-in, replacing the one of its day and, when it was moved, the one of `replaces`.
 * Returns how many earlier check-ins it replaced.
 */
export async function putCheckin(
  db: PacerDb,
  reading: Reading,
  replaces?: string,
): Promise<number> {
  if (reading.origin !== 'check-in') throw new StoreError('invalid', 'not a check-in');
  const id = metricId(reading.metric);
  const days = new Set([reading.observedAt.slice(0, 10), ...(replaces ? [replaces] : [])]);
  return write(db, async (tx) => {
    let replaced = 0;
    for (const day of days) replaced += await removeDay(tx, id, day);
    await tx.objectStore('readings').add({ ...reading, metricId: id });
    await bumpStamps(tx, [id]);
    return replaced;
  });
}

/** Delete a metric's check-in of one day; returns how many were removed (0 or 1). */
export function deleteCheckin(db: PacerDb, metric: MetricKey, day: string): Promise<number> {
  const id = metricId(metric);
  return write(db, async (tx) => {
    const removed = await removeDay(tx, id, day);
    if (removed) await bumpStamps(tx, [id]);
    return removed;
  });
}

/**
 * The unit of a metric's newest reading, leaving out the check-ins of `skipDays` (the ones a save
 * is about to replace: a wrongly typed first check-in must not lock its own correction out).
 */
export async function latestUnit(
  db: PacerDb,
  metric: MetricKey,
  skipDays: readonly string[] = [],
): Promise<{ unit: Unit; currency?: string } | null> {
  const id = metricId(metric);
  const range = IDBKeyRange.bound([id, ''], [id, '\uffff']);
  const index = db.transaction('readings').store.index('byMetricTime');
  for (let c = await index.openCursor(range, 'prev'); c; c = await c.continue()) {
    const r = c.value;
    if (r.origin === 'check-in' && skipDays.includes(r.observedAt.slice(0, 10))) continue;
    return r.currency ? { unit: r.unit, currency: r.currency } : { unit: r.unit };
  }
  return null;
}
