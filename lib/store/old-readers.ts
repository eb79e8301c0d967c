/**
 * Migration 4 (issue 15): readings stored by the readers before they knew each dashboard's real
 * periods, filters, realtime views and UI languages. Each stored reading goes through its
 * reader's own transform, which works from the reading's stored address:
 *
 * - a filtered, segmented or realtime figure moves to its own metric (`visitors~page=/products`),
 *   so it no longer counts towards the site's total;
 * - a key in the dashboard's UI language becomes the canonical one (`besucher` → `visitors`);
 * - a period is recomputed with the dashboard's real preset rules (or becomes null);
 * - a reading whose meaning cannot be known (no address, a word two metrics share) is kept for
 *   the record but marked `doubt: 'old-reader'`, which the engine never uses for a verdict.
 *
 * Then the address loses its query and fragment (issue 10, defect 8: share links carry tokens).
 * Goals keep their history: a goal on a language-dependent key moves to the canonical key.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import { metricId, type Goal, type Reading } from '../goals/schema';
import { relabelPlausibleReading } from '../readers/legacy/plausible';
import { reidentifyHostedReading } from '../readers/legacy/hosted';
import { canonicalUmamiKey, migrateUmamiReading } from '../readers/legacy/umami';
import { rekeyStoredReading } from '../readers/stored-view';
import { withBareUrl } from './bare-url';
import type { PacerSchema, StoredReading } from './schema';

type Tx = IDBPTransaction<PacerSchema, StoreNames<PacerSchema>[], 'versionchange'>;

/** Today's identity of a reading an older reader stored (before its address is stripped). */
export function reidentifyReading(r: Reading): Reading {
  if (r.doubt || r.origin) return r; // already judged, or typed/imported by the user
  const plausible = relabelPlausibleReading(r);
  if (!plausible) return { ...r, doubt: 'old-reader' };
  const umami = migrateUmamiReading(plausible);
  if (!umami) return { ...plausible, doubt: 'old-reader' };
  const hosted = reidentifyHostedReading(umami);
  if (!hosted) return { ...umami, doubt: 'old-reader' };
  return rekeyStoredReading(hosted);
}

/** A goal on a key that depended on the dashboard's UI language gets the canonical key. */
export function reidentifyGoal(goal: Goal): Goal {
  const { source, key } = goal.metric;
  let next = key;
  if (source === 'umami') next = canonicalUmamiKey(key) ?? key;
  if (source === 'matomo') next = rekeyStoredReading({ metric: goal.metric }).metric.key;
  return next === key ? goal : { ...goal, metric: { ...goal.metric, key: next } };
}

export async function reidentifyOldReadings(
  tx: Tx,
): Promise<{ changed: number; doubted: number; goals: number }> {
  let changed = 0;
  let doubted = 0;
  let cursor = await tx.objectStore('readings').openCursor();
  while (cursor) {
    const { metricId: _oldId, seq, ...stored } = cursor.value;
    const next = withBareUrl(reidentifyReading(stored));
    if (JSON.stringify(next) !== JSON.stringify(stored)) {
      if (next.doubt && !stored.doubt) doubted++;
      const row: StoredReading = { ...next, metricId: metricId(next.metric), seq };
      await cursor.update(row);
      changed++;
    }
    cursor = await cursor.continue();
  }
  let goals = 0;
  const store = tx.objectStore('goals');
  for (const goal of await store.getAll()) {
    const next = reidentifyGoal(goal);
    if (next !== goal) {
      await store.put(next);
      goals++;
    }
  }
  // Cached evaluations were computed from the old identities and readings.
  if (changed || goals) await tx.objectStore('settings').delete('views-cache');
  return { changed, doubted, goals };
}
