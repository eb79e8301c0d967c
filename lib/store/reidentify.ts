/**
 * Migration 3 (issue 10, defect 1): before it, a page's own claim decided a reading's scope, so
 * a self-hosted Plausible at `stats.example.com` stored `plausible/mysite.com/…` — the same
 * metric as Plausible Cloud's `mysite.com` — and two Matomo Cloud customers' site 1 shared
 * metrics. Each stored reading is moved to the identity the background gives it now
 * (lib/messaging/identity.ts), decided from the address it was read on (its `url`).
 *
 * A goal follows its readings when they all moved to one new identity; when they came from
 * several hosts the goal cannot be told apart and keeps its metric (its old readings stay with
 * it, new ones from each host get their own metric).
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import { metricId } from '../goals/schema';
import { authorizeRead } from '../messaging/identity';
import type { PacerSchema, StoredReading } from './schema';

type Tx = IDBPTransaction<PacerSchema, StoreNames<PacerSchema>[], 'versionchange'>;

/** The scope this reading gets today, or null when it stays as it is. */
export function qualifiedScope(r: Pick<StoredReading, 'metric' | 'url'>): string | null {
  // Tracked figures and the generic reader were always keyed by the sender's host.
  if (r.metric.source === 'custom' || !r.url) return null;
  let url: URL;
  try {
    url = new URL(r.url);
  } catch {
    return null;
  }
  const got = authorizeRead(url, { ...r.metric, period: null, figures: [] });
  return got.ok && got.read.scope !== r.metric.scope ? got.read.scope : null;
}

const site = (m: { source: string; scope: string }) => `${m.source}\u0000${m.scope}`;

export async function qualifyStoredIdentities(
  tx: Tx,
): Promise<{ readings: number; goals: number }> {
  const moved = new Map<string, Set<string>>();
  let readings = 0;
  let cursor = await tx.objectStore('readings').openCursor();
  while (cursor) {
    const r = cursor.value;
    const scope = qualifiedScope(r);
    if (scope !== null) {
      const metric = { ...r.metric, scope };
      const scopes = moved.get(site(r.metric)) ?? new Set<string>();
      moved.set(site(r.metric), scopes.add(scope));
      await cursor.update({ ...r, metric, metricId: metricId(metric) });
      readings++;
    }
    cursor = await cursor.continue();
  }
  let goals = 0;
  if (moved.size) {
    const store = tx.objectStore('goals');
    for (const goal of await store.getAll()) {
      const scopes = moved.get(site(goal.metric));
      if (scopes?.size !== 1) continue;
      await store.put({ ...goal, metric: { ...goal.metric, scope: [...scopes][0]! } });
      goals++;
    }
    // Cached evaluations were computed from the old identities.
    await tx.objectStore('settings').delete('views-cache');
  }
  return { readings, goals };
}
