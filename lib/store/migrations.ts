/**
 * The database's schema history, oldest first. Version N is reached by running every step whose
 * `version` is ≤ N in order, inside the single upgrade transaction, so a failing step rolls the
 * whole upgrade back. Never edit a step that has shipped: add a new one.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { reidentifyOldReadings } from './old-readers';
import { qualifyStoredIdentities } from './reidentify';
import type { PacerSchema } from './schema';

export interface Migration {
  version: number;
  up(
    db: IDBPDatabase<PacerSchema>,
    tx: IDBPTransaction<PacerSchema, StoreNames<PacerSchema>[], 'versionchange'>,
  ): void | Promise<void>;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    up(db) {
      db.createObjectStore('goals', { keyPath: 'id' });
      // A goal's readings are one index range: [metricId, observedAt] from start to now.
      const readings = db.createObjectStore('readings', { keyPath: 'seq', autoIncrement: true });
      readings.createIndex('byMetricTime', ['metricId', 'observedAt']);
      db.createObjectStore('settings');
    },
  },
  {
    version: 2,
    up(db) {
      // "Track this number": the locators the user pointed at, looked up by site.
      const trackers = db.createObjectStore('trackers', { keyPath: 'id' });
      trackers.createIndex('byOrigin', 'origin');
    },
  },
  {
    version: 3,
    async up(_db, tx) {
      // Readings keyed by what the page claimed move to the identity its address gives them.
      await qualifyStoredIdentities(tx);
    },
  },
  {
    version: 4,
    async up(_db, tx) {
      // Figures older readers keyed, dated or scoped wrongly get today's identity, or are marked.
      await reidentifyOldReadings(tx);
    },
  },
  {
    version: 5,
    up(db) {
      // Issue 13: breakdown tables as evidence (a metric's by day; retention walks by day), and
      // the reviews with their decisions (listed by date).
      const breakdowns = db.createObjectStore('breakdowns', { keyPath: 'id' });
      breakdowns.createIndex('byMetricDay', ['metricId', 'day']);
      breakdowns.createIndex('byDay', 'day');
      const reviews = db.createObjectStore('reviews', { keyPath: 'id' });
      reviews.createIndex('byDate', 'date');
    },
  },
];

/** Checks the list is ordered 1, 2, 3… — a gap or a repeat would skip or re-run a step. */
export function assertOrdered(migrations: Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(`migration ${i} has version ${m.version}, expected ${i + 1}`);
  });
}
