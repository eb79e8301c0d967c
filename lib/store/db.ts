/**
 * Opening the database. Only the background calls this (docs/architecture.md, "Storage": pages ask it through
 * messages), so there is one connection and one place that handles upgrades.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { StoreError, toOpenError } from './errors';
import { assertOrdered, MIGRATIONS, type Migration } from './migrations';
import type { PacerSchema } from './schema';

export type PacerDb = IDBPDatabase<PacerSchema>;

export interface OpenOptions {
  name?: string;
  migrations?: Migration[];
  /** How long to wait for an older connection to close before telling the user. */
  blockedTimeoutMs?: number;
  /** A newer Pacer wants to upgrade: this connection has been closed for it. */
  onVersionChange?: () => void;
  /** The browser closed the connection (storage cleared, disk gone): open again next time. */
  onTerminated?: () => void;
}

export function openPacerDb(options: OpenOptions = {}): Promise<PacerDb> {
  const migrations = options.migrations ?? MIGRATIONS;
  let conn: PacerDb | undefined;
  let settled = false;
  return new Promise<PacerDb>((resolve, reject) => {
    assertOrdered(migrations); // a throw here rejects the promise
    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      reject(toOpenError(err));
    };
    // No IndexedDB at all (storage disabled): say so rather than throw a TypeError from idb.
    if (typeof indexedDB === 'undefined' || !indexedDB) {
      fail(new StoreError('unavailable', 'indexedDB is not available'));
      return;
    }
    let opening: Promise<PacerDb>;
    try {
      // openDB calls indexedDB.open synchronously, which can throw (SecurityError).
      opening = openDB<PacerSchema>(options.name ?? 'pacer', migrations.length, {
        async upgrade(db, oldVersion, _newVersion, tx) {
          for (const step of migrations) {
            if (step.version <= oldVersion) continue;
            try {
              await step.up(db, tx);
            } catch (err) {
              // Aborting the versionchange transaction leaves the old database as it was.
              fail(new StoreError('migration', `step ${step.version}: ${(err as Error).message}`));
              tx.done.catch(() => {});
              tx.abort();
              return;
            }
          }
        },
        blocked() {
          // An older connection (another Pacer page) will not close: say so instead of hanging.
          setTimeout(() => fail(new StoreError('blocked')), options.blockedTimeoutMs ?? 3000);
        },
        blocking() {
          conn?.close();
          options.onVersionChange?.();
        },
        terminated() {
          options.onTerminated?.();
        },
      });
    } catch (err) {
      fail(err);
      return;
    }
    opening.then((db) => {
      conn = db;
      if (settled) db.close();
      else {
        settled = true;
        resolve(db);
      }
    }, fail);
  });
}
