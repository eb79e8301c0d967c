/**
 * The service worker's one IndexedDB connection, opened on demand. Nothing caches a failure or a
 * closed connection: the next message tries again (another tab upgrading the database, or the
 * browser closing it, only costs a re-open).
 */
import { openPacerDb, type PacerDb } from '../store';

let dbPromise: Promise<PacerDb> | null = null;

export function db(): Promise<PacerDb> {
  dbPromise ??= openPacerDb({
    onVersionChange: () => {
      dbPromise = null;
    },
    onTerminated: () => {
      dbPromise = null;
    },
  }).catch((err) => {
    dbPromise = null; // try again on the next message rather than failing forever
    throw err;
  });
  return dbPromise;
}
