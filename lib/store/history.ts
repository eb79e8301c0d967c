/**
 * Writing an imported history (lib/history) in ONE transaction: all of it or, on any failure, none.
 * A day that already has a reading of the metric covering the same period keeps it: re-importing a
 * file, or importing one that overlaps the dashboard visits, adds nothing twice.
 */
import { metricId, type Reading } from '../goals/schema';
import type { PacerDb } from './db';
import { toStoreError } from './errors';
import { bumpStamps } from './stamps';

export interface HistoryResult {
  added: number;
  /** Days that already had a reading of the same metric and period. */
  skipped: number;
}

const periodKey = (p: Reading['period']) => (p ? `${p.start}..${p.end}` : '');
const dayKey = (id: string, r: Reading) =>
  `${id}|${r.observedAt.slice(0, 10)}|${periodKey(r.period)}`;

export async function importHistory(db: PacerDb, readings: Reading[]): Promise<HistoryResult> {
  const tx = db.transaction(['readings', 'settings'], 'readwrite');
  tx.done.catch(() => {}); // reported through the throw below
  try {
    const store = tx.objectStore('readings');
    const index = store.index('byMetricTime');
    // What is already there, per metric, over the span the import covers: one index range each.
    const spans = new Map<string, { from: string; to: string }>();
    for (const r of readings) {
      const id = metricId(r.metric);
      const s = spans.get(id);
      if (!s) spans.set(id, { from: r.observedAt, to: r.observedAt });
      else {
        if (r.observedAt < s.from) s.from = r.observedAt;
        if (r.observedAt > s.to) s.to = r.observedAt;
      }
    }
    const seen = new Set<string>();
    for (const [id, { from, to }] of spans) {
      const range = IDBKeyRange.bound([id, from.slice(0, 10)], [id, `${to.slice(0, 10)}\uffff`]);
      for (const r of await index.getAll(range)) seen.add(dayKey(id, r));
    }
    // Queued, not awaited one by one (as importAll): IndexedDB runs them in order, and the first
    // failure aborts the transaction and rejects the rest.
    const writes: Promise<unknown>[] = [];
    let failure: unknown = null;
    const added = new Set<string>();
    let count = 0;
    for (const r of readings) {
      const id = metricId(r.metric);
      const k = dayKey(id, r);
      if (seen.has(k)) continue;
      seen.add(k);
      added.add(id);
      count++;
      writes.push(
        store.add({ ...r, metricId: id }).catch((err: unknown) => {
          if (failure === null || (failure as { name?: string }).name === 'AbortError')
            failure = err;
        }),
      );
    }
    await Promise.all(writes);
    if (failure !== null) throw failure;
    await bumpStamps(tx, added);
    await tx.done;
    return { added: count, skipped: readings.length - count };
  } catch (err) {
    try {
      tx.abort();
    } catch {
      // already aborted by the failing request
    }
    throw toStoreError(err);
  }
}
