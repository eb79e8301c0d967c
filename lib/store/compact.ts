/**
 * Retention (issue 10, defect 2): full detail for the last `RETENTION.detailDays` (35) days;
 * beyond that, per metric and UTC day, only the day's last reading — per period the dashboard
 * showed and per unit, and every reading at that last instant — so what the goal engine takes
 * from a day (lib/goals/series.ts: the latest reading of each UTC day, same-instant readings
 * averaged, a period total only over its own range) is left exactly as it was. Check-ins and
 * imported values (`origin`) are never dropped.
 *
 * Run by the daily alarm in batches of `batch` index entries, each its own short transaction,
 * with a pause between them so the worker stays responsive; every batch commits what it did, so a
 * worker stopped part way loses nothing and the next run carries on. A watermark in `settings`
 * remembers the day before which everything is already compacted, so a daily run looks at about
 * one day of old readings per metric; an import clears it (older readings may have arrived).
 */
import { dayOf, instantDay, isoOf } from '../goals/dates';
import type { PacerDb } from './db';
import type { StoredReading } from './schema';
import { bumpStamps } from './stamps';

export const COMPACTED_KEY = 'compacted-before';

export interface RetentionRule {
  /** Days of full detail, counting today. */
  detailDays: number;
}

export const RETENTION: RetentionRule = { detailDays: 35 };

export interface CompactOptions {
  /** Index entries looked at per transaction. */
  batch?: number;
  /** Called between batches (the background yields to other events there). */
  pause?: () => Promise<void>;
  /** Ignore the watermark and look at every old reading. */
  full?: boolean;
}

export interface CompactResult {
  scanned: number;
  deleted: number;
  batches: number;
}

const DAY_MS = 86_400_000;

// A failed delete aborts the transaction and `tx.done` rejects with the cause: that is the report.
const failed = () => {};

interface Kept {
  /** Epoch ms of the group's latest reading so far. */
  t: number;
  /** Primary keys of the readings at that instant. */
  seqs: number[];
}

/** Readings that may be merged away must agree on these: a day's period, unit and currency. */
const groupOf = (r: StoredReading, day: number) =>
  `${day}|${r.period ? `${r.period.start}|${r.period.end}` : '-'}|${r.unit}|${r.currency ?? ''}`;

export async function compactReadings(
  db: PacerDb,
  now: Date,
  rule: RetentionRule = RETENTION,
  options: CompactOptions = {},
): Promise<CompactResult> {
  const batch = options.batch ?? 2000;
  const cutoffDay = Math.floor(now.getTime() / DAY_MS) - rule.detailDays + 1;
  const mark = options.full ? undefined : await db.get('settings', COMPACTED_KEY);
  const fromDay = typeof mark === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(mark) ? mark : null;
  // String bounds on observedAt, a day wider than the UTC days they stand for: a time written
  // with an offset (+14:00 at most) sorts by its local date. The real test is instantDay below.
  const lower = fromDay ? isoOf(dayOf(fromDay) - 1) : '';
  const upper = isoOf(cutoffDay + 1);
  if (fromDay && fromDay >= isoOf(cutoffDay)) return { scanned: 0, deleted: 0, batches: 0 };

  const result: CompactResult = { scanned: 0, deleted: 0, batches: 0 };
  let metric: string | null = null;
  let groups = new Map<string, Kept>();
  // Where the last batch stopped: the index key and primary key of the last entry looked at.
  let resume: { key: [string, string]; seq: number } | null = null;
  for (;;) {
    const tx = db.transaction(['readings', 'settings'], 'readwrite');
    const store = tx.objectStore('readings');
    const touched = new Set<string>();
    // No key range on the cursor, and jumps with continue(key): fake-indexeddb (the tests'
    // database) walks from a range's bound on every step, which made a bounded cursor quadratic.
    let cursor = await store.index('byMetricTime').openCursor();
    let looked = 0;
    let done = true;
    while (cursor) {
      const [id, at] = cursor.key;
      const seq = cursor.primaryKey;
      if (resume) {
        const [rid, rat]: [string, string] = resume.key;
        if (id < rid || (id === rid && at < rat)) {
          cursor = await cursor.continue(resume.key);
          continue;
        }
        if (id === rid && at === rat && seq <= resume.seq) {
          cursor = await cursor.continue();
          continue;
        }
      }
      if (looked >= batch) {
        done = false;
        break;
      }
      looked++;
      resume = { key: [id, at], seq };
      if (id !== metric) {
        metric = id;
        groups = new Map();
      }
      if (at < lower) {
        // Compacted by an earlier run: jump ahead.
        cursor = await cursor.continue([id, lower]);
        continue;
      }
      if (at >= upper) {
        // The rest of this metric is recent: jump to the next metric.
        cursor = await cursor.continue([id, '\uffff']);
        continue;
      }
      const r = cursor.value;
      const day = instantDay(r.observedAt);
      result.scanned++;
      if (day < cutoffDay && !r.origin) {
        const t = Date.parse(r.observedAt);
        const g = groupOf(r, day);
        const kept = groups.get(g);
        if (!kept) groups.set(g, { t, seqs: [seq] });
        else if (t > kept.t) {
          // A later reading of the same day: the earlier ones go.
          for (const s of kept.seqs) store.delete(s).catch(failed);
          result.deleted += kept.seqs.length;
          groups.set(g, { t, seqs: [seq] });
          touched.add(id);
        } else if (t === kept.t) kept.seqs.push(seq);
        else {
          // Only with offset times, whose string order is not time order.
          cursor.delete().catch(failed);
          result.deleted++;
          touched.add(id);
        }
      }
      cursor = await cursor.continue();
    }
    if (touched.size) await bumpStamps(tx, touched);
    if (done) await tx.objectStore('settings').put(isoOf(cutoffDay), COMPACTED_KEY);
    await tx.done;
    result.batches++;
    if (done) return result;
    await options.pause?.();
  }
}
