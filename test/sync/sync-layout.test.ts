/** The storage format and the rules, without a browser: keys, sizes, chunks, winners, budget. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  chunkKey,
  indexKey,
  itemBytes,
  parseKey,
  QUOTA,
  splitJson,
  winner,
  type Version,
} from '../../lib/sync';
import { assemble, encodeGoal, hashOf } from '../../lib/sync/sync-layout';
import { writeBudget } from '../../lib/sync/budget';
import { makeGoal } from '../support/factories';
import { chromeBytes } from './helpers';

/** Any UTF-16 code units, lone surrogates and control characters included. */
const anyText = (maxLength: number) =>
  fc.string({
    unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    maxLength,
  });

describe('keys', () => {
  it('round-trip any id, and a chunk key never reads as another goal’s index', () => {
    fc.assert(
      fc.property(anyText(100).filter(Boolean), fc.nat(600), (id, n) => {
        expect(parseKey(indexKey(id))).toEqual({ id, chunk: null });
        expect(parseKey(chunkKey(id, n))).toEqual({ id, chunk: n });
        expect(indexKey(id)).toMatch(/^[\x21-\x7e]+$/); // printable ASCII
      }),
    );
    expect(parseKey(indexKey('a:1'))).toEqual({ id: 'a:1', chunk: null });
    expect(parseKey('settings')).toBeNull();
    expect(parseKey('g:%zz')).toBeNull();
  });
});

describe('sizes and chunks', () => {
  it('measures like Chrome: UTF-8 bytes of the key and the JSON value', () => {
    fc.assert(
      fc.property(anyText(50), fc.jsonValue(), (key, value) => {
        expect(itemBytes(key, value)).toBe(chromeBytes(key, value));
      }),
    );
  });

  it('splits any text into items under 8 KB that join back exactly', () => {
    fc.assert(
      fc.property(anyText(30_000), fc.constantFrom('g', 'goal:with:colons', '목표'), (text, id) => {
        const pieces = splitJson(id, text);
        expect(pieces.join('')).toBe(text);
        pieces.forEach((p, n) =>
          expect(chromeBytes(chunkKey(id, n), p)).toBeLessThanOrEqual(QUOTA.BYTES_PER_ITEM),
        );
        // Not wastefully small either: all but the last piece are at least half full.
        pieces
          .slice(0, -1)
          .forEach((p, n) =>
            expect(chromeBytes(chunkKey(id, n), p)).toBeGreaterThan(QUOTA.BYTES_PER_ITEM / 2),
          );
      }),
      { numRuns: 60 },
    );
  });

  it('never splits a surrogate pair', () => {
    const text = '🚀'.repeat(5000); // 4 UTF-8 bytes each: ~2,040 per chunk
    const pieces = splitJson('g', text);
    expect(pieces.length).toBeGreaterThan(2);
    for (const p of pieces) expect(p).toMatch(/^(?:\uD83D\uDE80)+$/);
  });
});

describe('assemble', () => {
  const goal = makeGoal({
    id: 'g1',
    notes: [
      { date: '2026-01-02', text: 'x'.repeat(4500) },
      { date: '2026-01-03', text: '가'.repeat(2000) },
    ],
  });
  const items = encodeGoal(goal, { rev: 3, updatedAt: '2026-01-05T00:00:00.000Z', device: 'd' });
  const index = items[indexKey('g1')] as Parameters<typeof assemble>[2];

  it('reassembles a chunked goal', () => {
    expect(index.chunks).toBe(2);
    expect(assemble(items, 'g1', index)).toEqual({ ok: true, goal });
  });

  it('calls a missing or stale chunk incomplete, and a whole invalid goal corrupt', () => {
    const { [chunkKey('g1', 1)]: _gone, ...missing } = items;
    expect(assemble(missing, 'g1', index)).toMatchObject({ ok: false, reason: 'incomplete' });
    const torn = { ...items, [chunkKey('g1', 1)]: 'x' };
    expect(assemble(torn, 'g1', index)).toMatchObject({ ok: false, reason: 'incomplete' });
    const bad = JSON.stringify({ ...goal, deadline: 'soon' });
    const corrupt = { [chunkKey('g1', 0)]: bad };
    expect(assemble(corrupt, 'g1', { ...index, chunks: 1, hash: hashOf(bad) })).toMatchObject({
      ok: false,
      reason: 'corrupt',
      error: expect.stringMatching(/^deadline:/),
    });
  });
});

describe('winner', () => {
  const v = (over: Partial<Version>): Version => ({
    rev: 2,
    updatedAt: '2026-01-01T10:00:00.000Z',
    device: 'a',
    hash: 'h1',
    ...over,
  });

  it('higher rev, then later edit, then greater device id', () => {
    expect(winner(v({ rev: 3 }), v({ rev: 2, updatedAt: '2027-01-01T00:00:00.000Z' }))).toBe(
      'local',
    );
    expect(winner(v({}), v({ rev: 3 }))).toBe('remote');
    expect(winner(v({}), v({ device: 'b' }))).toBe('same');
    expect(winner(v({}), v({ hash: 'h2', updatedAt: '2026-01-01T10:00:01.000Z' }))).toBe('remote');
    expect(winner(v({ hash: 'h2', updatedAt: '2026-01-01T10:00:01.000Z' }), v({}))).toBe('local');
    expect(winner(v({ device: 'a' }), v({ device: 'b', hash: 'h2' }))).toBe('remote');
    // A tombstone against an edit of the same rev is a real conflict.
    expect(
      winner(v({ hash: '', deleted: true }), v({ updatedAt: '2026-01-02T00:00:00.000Z' })),
    ).toBe('remote');
  });

  it('is a total order: both sides always agree on the winner', () => {
    const ver = fc.record({
      rev: fc.integer({ min: 1, max: 3 }),
      updatedAt: fc.constantFrom('2026-01-01T00:00:00.000Z', '2026-01-01T00:00:01.000Z'),
      device: fc.constantFrom('a', 'b'),
      hash: fc.constantFrom('h1', 'h2', ''),
      deleted: fc.constantFrom(undefined, true),
    });
    fc.assert(
      fc.property(ver, ver, (x, y) => {
        const flip = { local: 'remote', remote: 'local', same: 'same' } as const;
        expect(winner(y, x)).toBe(flip[winner(x, y)]);
      }),
    );
  });
});

describe('writeBudget', () => {
  it('holds writes back once a minute’s (or an hour’s) allowance is used', () => {
    const b = writeBudget();
    for (let i = 0; i < 100; i++) b.record(1, i * 100);
    expect(b.wait(1, 10_000)).toBe(60_000 - 10_000); // the first write ages out at 60 s
    expect(b.wait(1, 60_000)).toBe(0);
    const h = writeBudget();
    for (let i = 0; i < 1500; i++) h.record(1, i * 2_000); // steady, under the minute limit
    expect(h.wait(1, 3_000_000)).toBe(3_600_000 - 3_000_000);
  });
});
