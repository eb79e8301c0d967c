/**
 * Export and import in the versioned format (lib/goals/export.ts: Pacer writes v2 and reads v1 and
 * v2; docs/architecture.md, "Contracts"). The caller validates the whole file first (the Export
 * schema); here it is applied in ONE transaction, so a failure part way — quota, a clash — leaves
 * the database exactly as it was.
 */
import { MAX_GOALS, metricId, type Goal, type Reading } from '../goals/schema';
import { withBareUrl } from './bare-url';
import type { PacerDb } from './db';
import { StoreError, toStoreError } from './errors';
import type { StoredReading } from './schema';
import { validateSettings } from './settings';
import { bumpStamps } from './stamps';
import { COMPACTED_KEY } from './compact';
import { EXPORT_VERSION, reviewsOf, type Export } from '../goals/export';
import { Review } from '../review/schema';

/** Stored reviews that parse, by id (the order a streamed export sends them in). */
function storedReviews(rows: unknown[]): Review[] {
  return rows.flatMap((row) => {
    const r = Review.safeParse(row);
    return r.success ? [r.data] : [];
  });
}

export async function exportAll(db: PacerDb, now: Date): Promise<Export> {
  const [goals, rows, reviewRows, settings] = await Promise.all([
    db.getAll('goals'),
    db.getAll('readings'),
    db.getAll('reviews'),
    db.get('settings', 'settings'),
  ]);
  // Readings stored before URLs lost their query strings leave without them too.
  const readings: Reading[] = rows.map(({ metricId: _m, seq: _s, ...r }: StoredReading) =>
    withBareUrl(r),
  );
  return {
    format: 'pacer',
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    goals,
    readings,
    reviews: storedReviews(reviewRows),
    ...(settings ? { settings: validateSettings(settings).settings } : {}),
  };
}

const readingKey = (r: Reading) => `${metricId(r.metric)}|${r.observedAt}|${r.value}`;

export interface ImportResult {
  goals: number;
  readings: number;
  skippedReadings: number;
  /** Reviews in the file (none from a v1 file). */
  reviews: number;
}

export async function importAll(
  db: PacerDb,
  data: Export,
  mode: 'merge' | 'replace',
): Promise<ImportResult> {
  const tx = db.transaction(['goals', 'readings', 'settings', 'reviews'], 'readwrite');
  tx.done.catch(() => {}); // reported through the throw below
  try {
    const goals = tx.objectStore('goals');
    const readings = tx.objectStore('readings');
    const settings = tx.objectStore('settings');
    const reviews = tx.objectStore('reviews');
    const fileReviews = reviewsOf(data);
    const seen = new Set<string>();
    // The goal cap holds after the import: replace counts the file, merge the union of ids.
    const ids = new Set(data.goals.map((g) => g.id));
    if (mode === 'merge') for (const k of await goals.getAllKeys()) ids.add(k);
    if (ids.size > MAX_GOALS) throw new StoreError('too-many-goals', `${ids.size} goals`);
    if (mode === 'replace') {
      // The database becomes the file: reviews of goals it no longer has go too.
      await Promise.all([goals.clear(), readings.clear(), reviews.clear()]);
    } else {
      // Duplicates are recognised by identity, so importing the same file twice adds nothing.
      for (const r of await readings.getAll()) seen.add(readingKey(r));
    }
    // Requests are queued, not awaited one by one: IndexedDB runs them in order inside the
    // transaction, and waiting on each made a 100,000-reading import take most of a minute.
    // When one fails the transaction aborts and every other queued request rejects too, so each
    // gets its handler as it is queued (no unhandled rejections) and the first real cause wins.
    const writes: Promise<unknown>[] = [];
    let failure: unknown = null;
    const queue = (request: Promise<unknown>) =>
      writes.push(
        request.catch((err: unknown) => {
          if (failure === null || (failure as { name?: string }).name === 'AbortError')
            failure = err;
        }),
      );
    for (const goal of data.goals) queue(goals.put(goal));
    // A review keeps its goals' titles, so one whose goal is not here still reads (merge).
    for (const review of fileReviews) queue(reviews.put(review));
    let added = 0;
    for (const r of data.readings) {
      const k = readingKey(r);
      if (seen.has(k)) continue;
      seen.add(k);
      queue(readings.add({ ...withBareUrl(r), metricId: metricId(r.metric) }));
      added++;
    }
    if (data.settings) {
      // Whether this browser syncs is its own choice: a file from another browser must not
      // switch sync on (or off) here.
      const here = validateSettings(await settings.get('settings')).settings;
      const incoming = validateSettings(data.settings).settings;
      queue(settings.put({ ...incoming, syncGoals: here.syncGoals }, 'settings'));
    }
    // Older readings may have arrived: the next retention run looks at every day again.
    queue(settings.delete(COMPACTED_KEY));
    await Promise.all(writes);
    if (failure !== null) throw failure;
    await bumpStamps(tx, new Set(data.readings.map((r) => metricId(r.metric))));
    await tx.done;
    return {
      goals: data.goals.length,
      readings: added,
      skippedReadings: data.readings.length - added,
      reviews: fileReviews.length,
    };
  } catch (err) {
    try {
      tx.abort();
    } catch {
      // already aborted by the failing request
    }
    throw toStoreError(err);
  }
}

/** Where a streamed export goes on from: goals by id, readings by store key, then reviews by id. */
export type ExportCursor =
  | { part: 'goals'; after: string | null }
  | { part: 'readings'; after: number }
  | { part: 'reviews'; after: string | null };

export interface ExportStart {
  header: Omit<Export, 'goals' | 'readings' | 'reviews'>;
  goals: number;
  readings: number;
  reviews: number;
  /** The newest reading's key when the export began: later readings are not part of it. */
  until: number;
  cursor: ExportCursor;
}

/** The first step of a streamed export: the file's header and what is to come. */
export async function exportStart(db: PacerDb, now: Date): Promise<ExportStart> {
  const tx = db.transaction(['goals', 'readings', 'settings', 'reviews']);
  const [goals, readings, reviews, last, settings] = await Promise.all([
    tx.objectStore('goals').count(),
    tx.objectStore('readings').count(),
    tx.objectStore('reviews').count(),
    tx.objectStore('readings').openCursor(null, 'prev'),
    tx.objectStore('settings').get('settings'),
  ]);
  return {
    header: {
      format: 'pacer',
      version: EXPORT_VERSION,
      exportedAt: now.toISOString(),
      ...(settings ? { settings: validateSettings(settings).settings } : {}),
    },
    goals,
    readings,
    reviews,
    until: last?.primaryKey ?? 0,
    cursor: { part: 'goals', after: null },
  };
}

/** A chunk's bounds: readings have a bounded size (schema), goals and reviews are cut by size. */
export const EXPORT_CHUNK = {
  readings: 5000,
  goalBytes: 4 * 1024 * 1024,
  goals: 500,
  reviews: 200,
  reviewBytes: 4 * 1024 * 1024,
};

/** The first of `batch` that fit in `maxBytes` of JSON (at least one, however large). */
function bySize<T>(batch: T[], maxBytes: number): T[] {
  const out: T[] = [];
  let bytes = 0;
  for (const item of batch) {
    bytes += JSON.stringify(item).length;
    if (out.length && bytes > maxBytes) break;
    out.push(item);
  }
  return out;
}

type Chunk = { goals: Goal[]; readings: Reading[]; reviews: Review[]; next: ExportCursor | null };
const REVIEWS_FIRST: ExportCursor = { part: 'reviews', after: null };

/** The next chunk of a streamed export, and where the one after starts (null: done). */
export async function exportChunk(
  db: PacerDb,
  cursor: ExportCursor,
  until: number,
): Promise<Chunk> {
  const none = { goals: [], readings: [], reviews: [] };
  if (cursor.part === 'goals') {
    const range = cursor.after === null ? null : IDBKeyRange.lowerBound(cursor.after, true);
    const batch = await db.getAll('goals', range, EXPORT_CHUNK.goals);
    const goals = bySize(batch, EXPORT_CHUNK.goalBytes);
    const more = goals.length < batch.length || batch.length === EXPORT_CHUNK.goals;
    return {
      ...none,
      goals,
      next: more
        ? { part: 'goals', after: goals[goals.length - 1]!.id }
        : { part: 'readings', after: 0 },
    };
  }
  if (cursor.part === 'reviews') {
    const range = cursor.after === null ? null : IDBKeyRange.lowerBound(cursor.after, true);
    const batch = await db.getAll('reviews', range, EXPORT_CHUNK.reviews);
    const taken = bySize(batch, EXPORT_CHUNK.reviewBytes);
    const more = taken.length < batch.length || batch.length === EXPORT_CHUNK.reviews;
    return {
      ...none,
      // A record that no longer parses is left out, as exportAll leaves it out.
      reviews: storedReviews(taken),
      next: more ? { part: 'reviews', after: taken[taken.length - 1]!.id } : null,
    };
  }
  if (cursor.after >= until) return { ...none, next: REVIEWS_FIRST };
  const rows = await db.getAll(
    'readings',
    IDBKeyRange.bound(cursor.after, until, true, false),
    EXPORT_CHUNK.readings,
  );
  const last = rows[rows.length - 1]?.seq;
  return {
    ...none,
    // Older versions stored addresses with their query (share tokens): never exported.
    readings: rows.map(({ metricId: _m, seq: _s, ...r }: StoredReading) => withBareUrl(r)),
    next:
      last === undefined || last >= until || rows.length < EXPORT_CHUNK.readings
        ? REVIEWS_FIRST
        : { part: 'readings', after: last },
  };
}
