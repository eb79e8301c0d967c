import { describe, expect, it } from 'vitest';
import { deleteDB, openDB } from 'idb';
import { MIGRATIONS, openPacerDb, StoreError, type Migration } from '../../lib/store';
import { addReadings, readingsFor } from '../../lib/store/readings';
import { putGoal, listGoals } from '../../lib/store/goals';
import { makeGoal, makeReading } from '../support/factories';

let n = 0;
const freshName = () => `pacer-test-${++n}-${Math.random()}`;

const V1 = MIGRATIONS.slice(0, 1);
const NEXT = MIGRATIONS.length + 1;

// A test-only next step that rewrites old rows, as a real data migration would.
const v2: Migration = {
  version: NEXT,
  async up(_db, tx) {
    const store = tx.objectStore('goals');
    let cursor = await store.openCursor();
    while (cursor) {
      await cursor.update({ ...cursor.value, owner: cursor.value.owner ?? 'unassigned' });
      cursor = await cursor.continue();
    }
  },
};

describe('openPacerDb and migrations', () => {
  it('creates the current version with goals, readings (indexed by metric and time), settings, trackers, breakdowns, reviews', async () => {
    const db = await openPacerDb({ name: freshName() });
    expect(db.version).toBe(MIGRATIONS.length);
    expect([...db.objectStoreNames].sort()).toEqual([
      'breakdowns',
      'goals',
      'readings',
      'reviews',
      'settings',
      'trackers',
    ]);
    expect([...db.transaction('readings').store.indexNames]).toEqual(['byMetricTime']);
    expect([...db.transaction('breakdowns').store.indexNames].sort()).toEqual([
      'byDay',
      'byMetricDay',
    ]);
    expect([...db.transaction('reviews').store.indexNames]).toEqual(['byDate']);
    db.close();
  });

  it('upgrades a database seeded at v1 to the current version (trackers, identities), keeping its data', async () => {
    const name = freshName();
    const v1 = await openPacerDb({ name, migrations: V1 });
    expect(v1.version).toBe(1);
    await putGoal(v1, makeGoal({ id: 'kept' }));
    await addReadings(v1, [makeReading(makeGoal().metric, 5, '2026-01-01T00:00:00Z')]);
    v1.close();
    const v2db = await openPacerDb({ name });
    expect(v2db.version).toBe(MIGRATIONS.length);
    expect((await listGoals(v2db)).goals.map((g) => g.id)).toEqual(['kept']);
    expect(await readingsFor(v2db, makeGoal().metric)).toHaveLength(1);
    expect([...v2db.transaction('trackers').store.indexNames]).toEqual(['byOrigin']);
    v2db.close();
  });

  it('runs a data-transforming step on a seeded database, once', async () => {
    const name = freshName();
    const v1 = await openPacerDb({ name });
    await putGoal(v1, makeGoal({ id: 'a' }));
    await putGoal(v1, makeGoal({ id: 'b', owner: 'Mina' }));
    v1.close();

    const upgraded = await openPacerDb({ name, migrations: [...MIGRATIONS, v2] });
    expect(upgraded.version).toBe(NEXT);
    const { goals } = await listGoals(upgraded);
    expect(goals.map((g) => [g.id, g.owner])).toEqual([
      ['a', 'unassigned'],
      ['b', 'Mina'],
    ]);
    upgraded.close();

    // Reopening at the same version runs nothing again.
    let ran = 0;
    const again = await openPacerDb({
      name,
      migrations: [...MIGRATIONS, { version: NEXT, up: () => void ran++ }],
    });
    expect(ran).toBe(0);
    expect(again.version).toBe(NEXT);
    again.close();
  });

  it('refuses a downgrade with a clear error and leaves the data alone', async () => {
    const name = freshName();
    const newer = await openPacerDb({ name, migrations: [...MIGRATIONS, v2] });
    await putGoal(newer, makeGoal({ id: 'keep' }));
    newer.close();
    const err = await openPacerDb({ name }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('downgrade');
    expect((err as StoreError).message).toMatch(/newer version of Pacer/);
    const raw = await openDB(name);
    expect(raw.version).toBe(NEXT);
    expect(await raw.count('goals')).toBe(1);
    raw.close();
  });

  it('rolls back a failing step and keeps the old version', async () => {
    const name = freshName();
    const v1 = await openPacerDb({ name });
    await putGoal(v1, makeGoal({ id: 'x' }));
    v1.close();
    const broken: Migration = {
      version: NEXT,
      up() {
        throw new Error('boom');
      },
    };
    const err = await openPacerDb({ name, migrations: [...MIGRATIONS, broken] }).catch((e) => e);
    expect((err as StoreError).code).toBe('migration');
    const raw = await openDB(name);
    expect(raw.version).toBe(MIGRATIONS.length);
    expect(await raw.count('goals')).toBe(1);
    raw.close();
  });

  it('says "blocked" when an older connection will not close', async () => {
    const name = freshName();
    // An old page holding the database open that ignores versionchange.
    const stubborn = await openDB(name, MIGRATIONS.length, {
      upgrade: (db) => void db.createObjectStore('goals', { keyPath: 'id' }),
    });
    const err = await openPacerDb({
      name,
      migrations: [...MIGRATIONS, { version: NEXT, up: () => {} }],
      blockedTimeoutMs: 50,
    }).catch((e) => e);
    expect((err as StoreError).code).toBe('blocked');
    stubborn.close();
    await deleteDB(name).catch(() => {});
  });

  it('rejects a list with a gap', async () => {
    await expect(
      openPacerDb({ name: freshName(), migrations: [MIGRATIONS[0]!, { ...v2, version: 3 }] }),
    ).rejects.toThrow(/expected 2/);
  });
});

describe('readings', () => {
  it('returns a metric’s readings as one index range, in time order, and skips same-day repeats', async () => {
    const db = await openPacerDb({ name: freshName() });
    const a = { source: 'plausible', scope: 'a.com', key: 'visitors' };
    const b = { source: 'plausible', scope: 'a.com', key: 'visits' };
    const added = await addReadings(db, [
      makeReading(a, 10, '2026-01-03T10:00:00.000Z'),
      makeReading(b, 99, '2026-01-02T10:00:00.000Z'),
      makeReading(a, 5, '2026-01-01T10:00:00.000Z'),
      makeReading(a, 10, '2026-01-03T18:00:00.000Z'), // same day, same value: a reload
    ]);
    expect(added).toHaveLength(3);
    const rows = await readingsFor(db, a);
    expect(rows.map((r) => r.value)).toEqual([5, 10]);
    expect(rows[0]).not.toHaveProperty('metricId');
    expect(await readingsFor(db, a, '2026-01-02')).toHaveLength(1);
    db.close();
  });

  it('turns QuotaExceededError into a clear error and stores nothing', async () => {
    const db = await openPacerDb({ name: freshName() });
    const m = { source: 's', scope: '', key: 'k' };
    const original = IDBObjectStore.prototype.add;
    let calls = 0;
    IDBObjectStore.prototype.add = function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['add']>
    ) {
      if (++calls === 2) throw new DOMException('full', 'QuotaExceededError');
      return original.apply(this, args);
    };
    try {
      const err = await addReadings(db, [
        makeReading(m, 1, '2026-01-01T00:00:00Z'),
        makeReading(m, 2, '2026-01-02T00:00:00Z'),
      ]).catch((e) => e);
      expect((err as StoreError).code).toBe('quota');
    } finally {
      IDBObjectStore.prototype.add = original;
    }
    // The transaction was all or nothing: the first reading is gone too.
    expect(await readingsFor(db, m)).toHaveLength(0);
    db.close();
  });
});
