/**
 * Figures the user pointed at ("Track this number"), in the database. The locator comes from a
 * page, so it is parsed (tracker-schema.ts) like any untrusted input before it is stored or used.
 */
import type { PacerDb } from './db';
import { StoreError, toStoreError } from './errors';
import { Tracker } from './tracker-schema';

export async function trackersFor(db: PacerDb, origin: string): Promise<Tracker[]> {
  const rows = await db.getAllFromIndex('trackers', 'byOrigin', origin);
  return rows.filter((r) => Tracker.safeParse(r).success);
}

export async function putTracker(db: PacerDb, tracker: unknown): Promise<Tracker> {
  const r = Tracker.safeParse(tracker);
  if (!r.success) throw new StoreError('invalid', r.error.issues[0]?.message);
  try {
    await db.put('trackers', r.data);
  } catch (err) {
    throw toStoreError(err);
  }
  return r.data;
}

export async function deleteTracker(db: PacerDb, id: string): Promise<void> {
  try {
    await db.delete('trackers', id);
  } catch (err) {
    throw toStoreError(err);
  }
}
