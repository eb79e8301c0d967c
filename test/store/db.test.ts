import { describe, expect, it } from 'vitest';
import { deleteDB, openDB } from 'idb';
import { MIGRATIONS, openPacerDb, StoreError, type Migration } from '../../lib/store';
import { addReadings, readingsFor } from '../../lib/store/readings';
import { putGoal, listGoals } from '../../lib/store/goals';
import { makeGoal, makeReading } from './factories';

let n = 0;
const freshName = () => `pacer-test-${++n}-${Math.random()}`;

// A test-only v2: adds an index and rewrites old rows, as a real step would.
const v2: Migration = {
  version: 2,
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
  it('creates v1 with goals, readings (indexed by metric and time) and settings', async () => {
    const db = await openPacerDb({ name: freshName() });
    expect(db.version).toBe(1);
    expect([...db.objectStoreNames].sort()).toEqual(['goals', 'readings', 'settings']);
    expect([...db.transaction('readings').store.indexNames]).toEqual(['byMetricTime']);
    db.close();
  });

  it('upgrades a seeded v1 database to v2, keeping and transforming its rows', async () => {
    const name = freshName();
    const v1 = await openPacerDb({ name });
    await putGoal(v1, makeGoal({ id: 'a' }));
    await putGoal(v1, makeGoal({ id: 'b', owner: 'Mina' }));
    v1.close();

    const upgraded = await openPacerDb({ name, migrations: [...MIGRATIONS, v2] });
    expect(upgraded.version).toBe(2);
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
      migrations: [...MIGRATIONS, { version: 2, up: () => void ran++ }],
    });
    expect(ran).toBe(0);
    expect(again.version).toBe(2);
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
    expect(raw.version).toBe(2);
    expect(await raw.count('goals')).toBe(1);
    raw.close();
  });

  it('rolls back a failing step and keeps the old version', async () => {
    const name = freshName();
    const v1 = await openPacerDb({ name });
    await putGoal(v1, makeGoal({ id: 'x' }));
    v1.close();
    const broken: Migration = {
      version: 2,
      up() {
        throw new Error('boom');
      },
    };
    const err = await openPacerDb({ name, migrations: [...MIGRATIONS, broken] }).catch((e) => e);
    expect((err as StoreError).code).toBe('migration');
    const raw = await openDB(name);
    expect(raw.version).toBe(1);
    expect(await raw.count('goals')).toBe(1);
    raw.close();
  });

  it('says "blocked" when an older connection will not close', async () => {
    const name = freshName();
    // An old page holding v1 open that ignores versionchange.
    const stubborn = await openDB(name, 1, {
      upgrade: (db) => void db.createObjectStore('goals', { keyPath: 'id' }),
    });
    const err = await openPacerDb({
      name,
      migrations: [...MIGRATIONS, { version: 2, up: () => {} }],
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
