/**
 * Import robustness (docs/architecture.md, "Rules": property tests where input is open-ended). A file is checked
 * whole with `parseOrExplain(Export, …)`, then applied by `importAll` in one transaction.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate, Export, parseOrExplain, type Goal, type Reading } from '../../lib/goals';
import { dayOf, isoOf } from '../../lib/goals/dates';
import { EXPORT_VERSIONS } from '../../lib/goals/export';
import { exportAll, importAll, openPacerDb, StoreError, type PacerDb } from '../../lib/store';
import { putGoal } from '../../lib/store/goals';
import { addReadings, readingsFor } from '../../lib/store/readings';
import { makeGoal, makeReading } from '../support/factories';

let n = 0;
const freshDb = () => openPacerDb({ name: `pacer-import-${++n}-${Math.random()}` });
const NOW = new Date('2026-02-15T12:00:00.000Z');

// ---- A valid export file, generated. -------------------------------------------------------
const day = fc.integer({ min: dayOf('2025-01-01'), max: dayOf('2026-12-31') });
const isoDay = day.map(isoOf);
// `+ 0` turns −0 into 0: JSON (the file format) cannot carry −0, and toEqual tells them apart.
const num = fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((x) => x + 0);
const metric = fc.record({
  source: fc.constantFrom('ga4', 'plausible', 'custom'),
  scope: fc.constantFrom('a.example', 'b.example', ''),
  key: fc.constantFrom('visitors', 'sales'),
});
const action = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 8 }),
    title: fc.string({ minLength: 1, maxLength: 30 }),
    owner: fc.string({ maxLength: 10 }),
    due: isoDay,
    resources: fc.string({ maxLength: 20 }),
    status: fc.constantFrom('todo', 'doing', 'done'),
  },
  { requiredKeys: ['id', 'title', 'status'] },
);
const target = fc.oneof(
  num.map((value) => ({ value })),
  num.map((changePercent) => ({ changePercent })),
);
const goalArb: fc.Arbitrary<Goal> = fc
  .record(
    {
      id: fc.string({ minLength: 1, maxLength: 12 }),
      title: fc.string({ minLength: 1, maxLength: 40 }),
      objective: fc.string({ maxLength: 40 }),
      metric,
      direction: fc.constantFrom('increase', 'decrease', 'at-least', 'at-most'),
      accumulation: fc.constantFrom('level', 'period-total'),
      baseline: fc.record({ value: num, date: isoDay }),
      target,
      start: day,
      length: fc.integer({ min: 1, max: 300 }),
      priority: fc.constantFrom(1, 2, 3, 4, 5),
      owner: fc.string({ maxLength: 10 }),
      tolerance: fc.double({ min: 0, max: 1, noNaN: true }),
      actions: fc.array(action, { maxLength: 3 }),
      notes: fc.array(
        fc.record({ date: isoDay, text: fc.string({ minLength: 1, maxLength: 30 }) }),
        {
          maxLength: 3,
        },
      ),
      revisions: fc.array(
        fc.record({
          date: isoDay,
          reason: fc.string({ minLength: 1, maxLength: 20 }),
          target,
          deadline: isoDay,
        }),
        { maxLength: 2 },
      ),
    },
    {
      requiredKeys: [
        'id',
        'title',
        'objective',
        'metric',
        'direction',
        'accumulation',
        'baseline',
        'target',
        'start',
        'length',
        'actions',
        'notes',
        'revisions',
      ],
    },
  )
  .map(
    ({ start, length, ...g }) =>
      ({ ...g, start: isoOf(start), deadline: isoOf(start + length) }) as Goal,
  );
const readingArb: fc.Arbitrary<Reading> = fc.record(
  {
    metric,
    value: num,
    unit: fc.constantFrom('count', 'currency', 'percent', 'duration', 'ratio', 'bytes'),
    currency: fc.constantFrom('USD', 'KRW'),
    precision: fc.double({ min: 0, max: 100, noNaN: true }),
    period: fc.option(
      fc.tuple(day, fc.nat(90)).map(([s, len]) => ({ start: isoOf(s), end: isoOf(s + len) })),
    ),
    observedAt: fc
      .integer({ min: Date.parse('2025-01-01'), max: Date.parse('2026-12-31') })
      .map((ms) => new Date(ms).toISOString()),
    url: fc.webUrl(),
  },
  { requiredKeys: ['metric', 'value', 'unit', 'period', 'observedAt'] },
);
const exportArb: fc.Arbitrary<Export> = fc.record(
  {
    format: fc.constant('pacer' as const),
    version: fc.constant(1 as const),
    exportedAt: fc.constant(NOW.toISOString()),
    goals: fc.uniqueArray(goalArb, { selector: (g) => g.id, maxLength: 4 }),
    readings: fc.array(readingArb, { maxLength: 12 }),
    settings: fc.record({
      language: fc.constantFrom('en', 'ko'),
      tolerance: fc.constantFrom(0.05, 0.2),
    }),
  },
  { requiredKeys: ['format', 'version', 'exportedAt', 'goals', 'readings'] },
);

// ---- Breaking one field. -------------------------------------------------------------------
/** Keys that may be left out; removing any other key breaks the file. */
const OPTIONAL = new Set([
  'label',
  'priority',
  'owner',
  'tolerance',
  'due',
  'resources',
  'currency',
  'precision',
  'url',
  'settings',
]);
type Path = (string | number)[];

/** Every path in the file except inside `settings` (a free-form record: nothing there is "bad"). */
function paths(v: unknown, at: Path = []): Path[] {
  if (at[0] === 'settings') return [];
  const here = at.length ? [at] : [];
  if (v === null || typeof v !== 'object') return here;
  const entries = Array.isArray(v) ? v.map((x, i) => [i, x] as const) : Object.entries(v);
  return here.concat(...entries.map(([k, x]) => paths(x, [...at, k])));
}

function breakAt(data: Export, path: Path, how: 'type' | 'delete' | 'huge'): unknown {
  const copy = structuredClone(data) as unknown as Record<string | number, unknown>;
  let parent = copy;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  const old = parent[last];
  if (how === 'delete') delete parent[last];
  else if (how === 'huge') parent[last] = 'x'.repeat(100_001);
  // A value of another JSON type is wrong for every field the schema has.
  else
    parent[last] =
      typeof old === 'number' ? 'NaN' : typeof old === 'string' ? 42 : Array.isArray(old) ? {} : 7;
  return copy;
}

describe('validating an import file', () => {
  it('accepts every generated valid file (the generator is honest)', () => {
    fc.assert(
      fc.property(exportArb, (data) => {
        expect(parseOrExplain(Export, data)).toMatchObject({ ok: true });
      }),
    );
  });

  it('names the one field broken at a random place, and never throws', () => {
    const how = fc.constantFrom<'type' | 'delete' | 'huge'>('type', 'delete', 'huge');
    fc.assert(
      fc.property(exportArb, fc.nat(), how, (data, pick, kind) => {
        const all = paths(data);
        const path = all[pick % all.length]!;
        const last = path[path.length - 1]!;
        // Removing an optional key or an array item leaves a valid file; "huge" is for strings.
        fc.pre(kind !== 'delete' || (typeof last === 'string' && !OPTIONAL.has(last)));
        fc.pre(kind !== 'huge' || typeof pathValue(data, path) === 'string');
        const r = parseOrExplain(Export, breakAt(data, path, kind));
        expect(r.ok).toBe(false);
        if (r.ok) return;
        // The named field is the broken one, or the union/object that holds it (a target).
        const broken = path.join('.');
        expect(broken === r.path || broken.startsWith(`${r.path}.`)).toBe(true);
        expect(r.path.split('.').length).toBeGreaterThanOrEqual(path.length - 1);
        expect(r.error.startsWith(`${r.path}: `)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects another version or format by name', () => {
    fc.assert(
      fc.property(
        exportArb,
        fc.oneof(fc.integer(), fc.constant('1'), fc.constant(null)),
        (data, version) => {
          // Any version but the ones Pacer reads (v1, and v2 since issue 13).
          fc.pre(!(EXPORT_VERSIONS as readonly unknown[]).includes(version));
          expect(parseOrExplain(Export, { ...data, version })).toMatchObject({
            ok: false,
            path: 'version',
          });
          expect(parseOrExplain(Export, { ...data, format: 'other' })).toMatchObject({
            path: 'format',
          });
        },
      ),
    );
  });

  it('survives random JSON, alone or inside a valid envelope', () => {
    fc.assert(
      fc.property(fc.jsonValue(), exportArb, (junk, data) => {
        expect(parseOrExplain(Export, junk).ok).toBe(false);
        const r = parseOrExplain(Export, { ...data, goals: [junk] });
        if (!r.ok) expect(r.path.startsWith('goals')).toBe(true);
        const s = parseOrExplain(Export, { ...data, readings: [...data.readings, junk] });
        if (!s.ok) expect(s.path).toMatch(new RegExp(`^readings\\.${data.readings.length}`));
      }),
    );
  });

  it('names a 1 MB title rather than choking on it', () => {
    const data = {
      format: 'pacer',
      version: 1,
      exportedAt: NOW.toISOString(),
      readings: [],
      goals: [makeGoal({ title: 'x'.repeat(1_000_000) })],
    };
    expect(parseOrExplain(Export, data)).toMatchObject({ ok: false, path: 'goals.0.title' });
  });

  it('names a duplicate goal id instead of letting one goal silently replace the other', () => {
    const data = {
      format: 'pacer',
      version: 1,
      exportedAt: NOW.toISOString(),
      readings: [],
      goals: [makeGoal({ id: 'a' }), makeGoal({ id: 'a', title: 'Other' })],
    };
    expect(parseOrExplain(Export, data)).toMatchObject({
      ok: false,
      path: 'goals.1.id',
      error: 'goals.1.id: duplicate goal id "a"',
    });
  });
});

function pathValue(v: unknown, path: Path): unknown {
  return path.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], v);
}

// ---- Applying a file. ----------------------------------------------------------------------
/** Every store, keys and values: "identical" means nothing at all changed. */
async function snapshot(db: PacerDb) {
  const out: Record<string, unknown> = {};
  for (const name of [...db.objectStoreNames]) {
    const tx = db.transaction(name);
    out[name] = { keys: await tx.store.getAllKeys(), values: await tx.store.getAll() };
  }
  return out;
}

/** Make the nth call of `method` throw as a full disk does (same trick as db.test.ts). */
async function failingOn<T>(method: 'add' | 'put', nth: number, run: () => Promise<T>) {
  const original = IDBObjectStore.prototype[method];
  let calls = 0;
  IDBObjectStore.prototype[method] = function (
    this: IDBObjectStore,
    ...args: [unknown, IDBValidKey?]
  ) {
    if (++calls === nth) throw new DOMException('full', 'QuotaExceededError');
    return original.apply(this, args);
  };
  try {
    return await run();
  } finally {
    IDBObjectStore.prototype[method] = original;
  }
}

async function seeded(): Promise<PacerDb> {
  const db = await freshDb();
  await putGoal(db, makeGoal({ id: 'old', title: 'Old goal' }));
  await addReadings(db, [makeReading(makeGoal().metric, 12_500, '2026-01-10T09:00:00.000Z')]);
  return db;
}

describe('importAll', () => {
  it('never half-applies: a quota error at any write leaves the database as it was', async () => {
    const files = exportArb.filter((d) => d.goals.length + d.readings.length > 0);
    await fc.assert(
      fc.asyncProperty(
        files,
        fc.constantFrom<'merge' | 'replace'>('merge', 'replace'),
        fc.nat(),
        fc.constantFrom<'add' | 'put'>('add', 'put'),
        async (data, mode, pick, method) => {
          const writes =
            method === 'add' ? data.readings.length : data.goals.length + (data.settings ? 1 : 0);
          fc.pre(writes > 0);
          const db = await seeded();
          const before = await snapshot(db);
          const err = await failingOn(method, (pick % writes) + 1, () =>
            importAll(db, data, mode),
          ).catch((e: unknown) => e);
          expect(err).toBeInstanceOf(StoreError);
          expect((err as StoreError).code).toBe('quota');
          expect(await snapshot(db)).toEqual(before);
          db.close();
        },
      ),
      { numRuns: 40 },
    );
  });

  it('round trip: export, replace into an empty database, same evaluation for every goal', async () => {
    await fc.assert(
      fc.asyncProperty(exportArb, async (data) => {
        const a = await freshDb();
        await importAll(a, data, 'replace');
        const file = await exportAll(a, NOW);
        const b = await freshDb();
        await importAll(b, Export.parse(JSON.parse(JSON.stringify(file))), 'replace');
        for (const goal of (await b.getAll('goals')) as Goal[]) {
          const [ra, rb] = await Promise.all([
            readingsFor(a, goal.metric),
            readingsFor(b, goal.metric),
          ]);
          expect(evaluate(goal, rb, NOW)).toEqual(evaluate(goal, ra, NOW));
        }
        expect((await exportAll(b, NOW)).goals).toEqual(file.goals);
        expect(await b.count('readings')).toBe(await a.count('readings'));
        a.close();
        b.close();
      }),
      { numRuns: 30 },
    );
  });

  it('merging the same file twice adds no duplicate readings', async () => {
    await fc.assert(
      fc.asyncProperty(exportArb, async (data) => {
        const db = await seeded();
        const first = await importAll(db, data, 'merge');
        const count = await db.count('readings');
        const second = await importAll(db, data, 'merge');
        expect(second).toEqual({
          goals: data.goals.length,
          readings: 0,
          skippedReadings: data.readings.length,
          reviews: 0,
        });
        expect(await db.count('readings')).toBe(count);
        expect(count).toBe(1 + first.readings);
        db.close();
      }),
      { numRuns: 30 },
    );
  });

  it('replace removes the goals and readings that were there', async () => {
    const db = await seeded();
    const fresh = makeGoal({ id: 'new', metric: { source: 'ga4', scope: 'p1', key: 'users' } });
    const data = Export.parse({
      format: 'pacer',
      version: 1,
      exportedAt: NOW.toISOString(),
      goals: [fresh],
      readings: [makeReading(fresh.metric, 5, '2026-01-02T00:00:00.000Z')],
    });
    await importAll(db, data, 'replace');
    expect((await db.getAll('goals')).map((g) => g.id)).toEqual(['new']);
    expect(await readingsFor(db, makeGoal().metric)).toEqual([]);
    expect(await db.count('readings')).toBe(1);
    db.close();
  });
});
