/**
 * Retention of breakdowns (issue 13): a record is deleted once its day is more than
 * `BREAKDOWN_RETENTION.keepDays` (400) days old. 400 days, not 365: the same month or week a year
 * earlier stays comparable until a few weeks after this year's has ended — a year-on-year look
 * at November, read in early December, still finds last November's whole-month read (last
 * 1 December). A realistic dashboard (12 tables × 10 rows, read daily) takes ≈ 9.4 KB a day, so
 * ≈ 3.8 MB over the 400 days (README, `breakdown_bytes_per_dashboard_day`).
 *
 * Run from the daily alarm, in batches of `batch` records, each its own short transaction, with a
 * pause between them (as compactReadings does), through the `byDay` index: only what is due is
 * touched, and a worker stopped part way loses nothing.
 */
import { dayOfDate, isoOf } from '../goals/dates';
import type { PacerDb } from './db';

export interface BreakdownRetention {
  /** Days kept, counting today. */
  keepDays: number;
}

export const BREAKDOWN_RETENTION: BreakdownRetention = { keepDays: 400 };

export async function compactBreakdowns(
  db: PacerDb,
  now: Date,
  rule: BreakdownRetention = BREAKDOWN_RETENTION,
  options: { batch?: number; pause?: () => Promise<void> } = {},
): Promise<{ deleted: number; batches: number }> {
  const batch = options.batch ?? 500;
  const cutoff = isoOf(dayOfDate(now) - rule.keepDays + 1);
  const range = IDBKeyRange.upperBound(cutoff, true);
  const result = { deleted: 0, batches: 0 };
  for (;;) {
    const tx = db.transaction('breakdowns', 'readwrite');
    let cursor = await tx.store.index('byDay').openCursor(range);
    let n = 0;
    while (cursor && n < batch) {
      // A failed delete aborts the transaction and tx.done rejects with the cause.
      cursor.delete().catch(() => {});
      n++;
      cursor = await cursor.continue();
    }
    const more = cursor !== null;
    await tx.done;
    result.deleted += n;
    result.batches++;
    if (!more) return result;
    await options.pause?.();
  }
}
