/** Goal sync over WXT's fake storage.sync (wrapped to enforce Chrome's quotas), fake timers. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Goal } from '../../lib/goals/schema';
import {
  chunkKey,
  createGoalSync,
  indexKey,
  memoryState,
  NO_SYNC_AREA,
  parseKey,
} from '../../lib/sync';
import { hashOf } from '../../lib/sync/sync-layout';
import { makeGoal } from '../support/factories';
import { chromeBytes, device, quotaArea } from './helpers';

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-02-01T09:00:00.000Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Let the debounce run out and every queued sync finish. */
async function quiet(...devices: ReturnType<typeof device>[]) {
  await vi.advanceTimersByTimeAsync(2000);
  for (const d of devices) await d.sync.idle();
}

const keysOf = (all: Record<string, unknown>, id: string) =>
  Object.keys(all).filter((k) => parseKey(k)?.id === id);

/** n notes of ~1.3 KB (n = 40: ~52 KB in sync): Korean, emoji, quotes, backslashes — all widen in JSON. */
const bigGoal = (id = 'big:one', n = 40): Goal =>
  makeGoal({
    id,
    title: `Big goal ${id}`,
    notes: Array.from({ length: n }, (_, i) => ({
      date: '2026-01-01',
      text: `메모 ${i} "quoted" \\ 🚀 ${'가x'.repeat(300)}`,
    })),
  });

describe('writing', () => {
  it('coalesces a burst of saves into one write, 2 s after the last', async () => {
    const { area, log } = quotaArea();
    const a = device('a', area);
    for (let i = 0; i < 5; i++) {
      await a.save(makeGoal({ id: `g${i}`, title: `Goal ${i}` }));
      await vi.advanceTimersByTimeAsync(300);
    }
    await vi.advanceTimersByTimeAsync(1699); // 1,999 ms after the last save
    expect(log.sets).toHaveLength(0);
    expect(a.sync.status().pending).toBe(5);
    await quiet(a);
    expect(log.sets).toHaveLength(1);
    expect(Object.keys(log.sets[0]!).filter((k) => parseKey(k)?.chunk === null)).toHaveLength(5);
    expect(a.sync.status()).toMatchObject({ mode: 'synced', pending: 0, ignored: [] });
    // Saves at 0…1,200 ms; the write 2 s after the last one.
    expect(a.sync.status().lastSyncedAt).toBe('2026-02-01T09:00:03.200Z');
  });

  it('splits a big goal into items under 8 KB, and another device reassembles it', async () => {
    const { area, dump } = quotaArea();
    const a = device('a', area);
    const b = device('b', area);
    const big = bigGoal();
    await a.save(big);
    await quiet(a, b);
    const all = await dump();
    const keys = keysOf(all, big.id);
    expect(keys.length).toBeGreaterThanOrEqual(6); // index + chunks
    for (const k of keys) expect(chromeBytes(k, all[k])).toBeLessThanOrEqual(8192);
    expect(b.goals.get(big.id)).toEqual(big);

    // Shrinking it removes the chunks the new version no longer uses.
    const small = { ...big, notes: [] };
    await a.save(small);
    await quiet(a, b);
    expect(keysOf(await dump(), big.id).sort()).toEqual([indexKey(big.id), chunkKey(big.id, 0)]);
    expect(b.goals.get(big.id)).toEqual(small);
  });

  it('does not write back what it just received, nor a save that changed nothing', async () => {
    const { area, log } = quotaArea();
    const a = device('a', area);
    const b = device('b', area);
    const g = makeGoal();
    await a.save(g);
    await quiet(a, b);
    expect(b.goals.get(g.id)).toEqual(g);
    await b.save(b.goals.get(g.id)!); // goal.save after applyRemote, as the service may do
    await a.save({ ...g });
    await quiet(a, b);
    expect(log.sets).toHaveLength(1);
    expect(a.applied).toEqual([]);
  });
});

describe('failures fall back to local-only', () => {
  it('refuses a goal set over 100 KB with a clear error, keeps everything locally, recovers', async () => {
    const { area, log, dump } = quotaArea();
    const a = device('a', area);
    // About 26 KB each: four are over the 100 KB total, three fit.
    const goals = Array.from({ length: 4 }, (_, i) => bigGoal(`fat-${i}`, 20));
    for (const g of goals) await a.save(g);
    await quiet(a);
    const s = a.sync.status();
    expect(s.mode).toBe('local-only');
    expect(s.error).toMatch(/need \d+ KB of browser sync storage, more than the 100 KB/);
    expect(s.error).toMatch(/largest is “Big goal fat-\d”/);
    expect(s.error).toMatch(/saved on this device/);
    expect(s.pending).toBe(4);
    expect(log.sets).toHaveLength(0); // refused whole, nothing half-written
    expect(await dump()).toEqual({});
    expect([...a.goals.values()]).toEqual(goals);

    // Deleting one is the next change: it retries, and three fit.
    await a.remove('fat-3');
    await quiet(a);
    expect(a.sync.status()).toMatchObject({ mode: 'synced', pending: 0 });
    expect(a.sync.status().error).toBeUndefined();
    expect(keysOf(await dump(), 'fat-0').length).toBeGreaterThan(1);
  });

  it('reports the browser’s own refusal, loses nothing, and retries on the next change', async () => {
    const { area, control, dump } = quotaArea();
    const a = device('a', area);
    control.fail = 'QUOTA_BYTES_PER_ITEM quota exceeded';
    const g = makeGoal();
    await a.save(g);
    await quiet(a);
    expect(a.sync.status()).toMatchObject({ mode: 'local-only', pending: 1 });
    expect(a.sync.status().error).toContain('QUOTA_BYTES_PER_ITEM quota exceeded');
    expect(a.goals.get(g.id)).toEqual(g);

    control.fail = null;
    const edited = { ...g, title: 'Edited while sync was failing' };
    await a.save(edited);
    await quiet(a);
    expect(a.sync.status()).toMatchObject({ mode: 'synced', pending: 0 });
    const b = device('b', area);
    await b.sync.pullAll();
    expect(b.goals.get(g.id)).toEqual(edited);
    expect(keysOf(await dump(), g.id)).toHaveLength(2);
  });

  it('stays local-only, quietly, where the browser has no storage.sync', async () => {
    const a = device('a', undefined);
    await a.save(makeGoal());
    await quiet(a);
    expect(await a.sync.pullAll()).toEqual({ applied: 0, deleted: 0, pushed: 0 });
    expect(a.sync.status()).toEqual({
      mode: 'local-only',
      error: NO_SYNC_AREA,
      ignored: [],
      pending: 0,
    });
  });

  it('does nothing while the user has sync switched off, and catches up when it is on', async () => {
    const { area, log } = quotaArea();
    let on = false;
    const goals = new Map<string, Goal>();
    const sync = createGoalSync({
      area,
      deviceId: 'a',
      enabled: () => on,
      loadLocal: async () => [...goals.values()],
      applyRemote: async () => {},
    });
    goals.set('g1', makeGoal());
    await sync.goalSaved(makeGoal());
    await vi.advanceTimersByTimeAsync(2000);
    await sync.pullAll();
    expect(log.sets).toHaveLength(0);
    expect(sync.status()).toEqual({ mode: 'local-only', off: true, ignored: [], pending: 0 });
    on = true;
    expect(await sync.pullAll()).toMatchObject({ pushed: 1 });
    expect(sync.status()).toMatchObject({ mode: 'synced', pending: 0 });
    expect(sync.status().off).toBeUndefined();
  });

  it('blames its own database, not sync, when applying a remote goal fails', async () => {
    const { area } = quotaArea();
    const a = device('a', area);
    await a.save(makeGoal());
    await quiet(a);
    const b = device('b', area, { online: false });
    vi.spyOn(b.goals, 'set').mockImplementation(() => {
      throw new Error('disk full');
    });
    await b.sync.pullAll();
    expect(b.sync.status()).toMatchObject({ mode: 'local-only' });
    expect(b.sync.status().error).toMatch(/could not update its goals from sync \(disk full\)/);
  });
});

describe('reading what others wrote', () => {
  it('ignores damaged remote items, says so, and never applies them', async () => {
    const { area } = quotaArea();
    const a = device('a', area, { online: false });
    const mine = makeGoal({ id: 'bad', title: 'My good copy' });
    await a.save(mine);
    await a.sync.flush();
    const at = '2026-02-01T10:00:00.000Z';
    const invalid = JSON.stringify({ ...mine, deadline: 'whenever' });
    const other = JSON.stringify(makeGoal({ id: 'someone-else' }));
    await area.set({
      // Newer rev, whole, but not a valid goal.
      [indexKey('bad')]: { rev: 9, chunks: 1, updatedAt: at, device: 'x', hash: hashOf(invalid) },
      [chunkKey('bad', 0)]: invalid,
      // Chunks that do not match their index (a torn write).
      [indexKey('torn')]: { rev: 1, chunks: 1, updatedAt: at, device: 'x', hash: 'nope' },
      [chunkKey('torn', 0)]: '{"id":"torn"',
      // Not an index at all.
      [indexKey('junk')]: 'hello',
      // Valid goal stored under another goal's key.
      [indexKey('evil')]: { rev: 1, chunks: 1, updatedAt: at, device: 'x', hash: hashOf(other) },
      [chunkKey('evil', 0)]: other,
    });
    await a.sync.pullAll();
    expect(a.applied).toEqual([]);
    expect([...a.goals.values()]).toEqual([mine]);
    const ignored = a.sync.status().ignored;
    expect(ignored).toHaveLength(4);
    expect(ignored).toContainEqual(expect.stringMatching(/^bad: damaged \(deadline: /));
    expect(ignored).toContainEqual(expect.stringMatching(/^torn: incomplete/));
    expect(ignored).toContainEqual('junk: damaged sync index');
    expect(ignored).toContainEqual(
      expect.stringMatching(/^evil: damaged \(holds goal "someone-else"\)/),
    );

    // The next local edit outranks the damaged rev 9 and repairs it.
    await a.save({ ...mine, title: 'Repaired' });
    await a.sync.flush();
    const b = device('b', area, { online: false });
    await b.sync.pullAll();
    expect(b.goals.get('bad')?.title).toBe('Repaired');
  });

  it('remembers versions across restarts: an edit made while stopped is pushed at start', async () => {
    const { area, dump } = quotaArea();
    const state = memoryState();
    const goals = new Map<string, Goal>();
    const first = device('a', area, { state, goals });
    await first.save(makeGoal({ title: 'v1' }));
    await first.sync.flush();
    first.sync.dispose();
    goals.set('g1', makeGoal({ title: 'v2, edited while sync was not running' }));
    const again = device('a', area, { state, goals });
    expect(await again.sync.pullAll()).toMatchObject({ pushed: 1, applied: 0 });
    expect((await dump())[indexKey('g1')]).toMatchObject({ rev: 2 });
  });
});
