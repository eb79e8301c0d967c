/**
 * Evaluations cached per goal in IndexedDB, valid while the goal, its metric's readings (the
 * metric stamp), the settings and the day are unchanged. The side panel then opens over 200
 * goals without re-reading 100,000 readings, and a new reading re-evaluates only its goals.
 * Derived data only: losing it costs one slow evaluation, never information.
 */
import type { GoalView } from '../messaging/schemas';
import type { PacerDb } from '../store';
import { toStoreError } from '../store/errors';

const KEY = 'views-cache';
/** Bump when GoalView's shape changes, so an old cache is ignored rather than served. */
const VERSION = 2;

interface Entry {
  goal: string;
  stamp: number;
  view: GoalView;
  /** Invalid stored readings skipped when this view was computed. */
  skipped?: number;
}

export interface ViewsCache {
  version: number;
  day: string;
  settings: string;
  entries: Record<string, Entry>;
}

export async function loadCache(
  db: PacerDb,
  day: string,
  settings: string,
): Promise<Record<string, Entry>> {
  const raw = (await db.get('settings', KEY)) as Partial<ViewsCache> | undefined;
  const valid =
    raw?.version === VERSION && raw.day === day && raw.settings === settings && raw.entries;
  return valid ? (raw.entries as Record<string, Entry>) : {};
}

export async function saveCache(db: PacerDb, cache: Omit<ViewsCache, 'version'>): Promise<void> {
  try {
    await db.put('settings', { version: VERSION, ...cache }, KEY);
  } catch (err) {
    // A full disk must not break evaluation: the cache is an optimisation.
    console.warn('Pacer: could not cache evaluations', toStoreError(err).message);
  }
}

/** The cached view of a goal, if nothing it depends on changed. */
export function cached(
  entries: Record<string, Entry>,
  goalJson: string,
  goalId: string,
  stamp: number,
) {
  const e = entries[goalId];
  return e && e.goal === goalJson && e.stamp === stamp ? e.view : null;
}
