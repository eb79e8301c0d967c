/** Two devices sharing one sync area: concurrent edits settle by rev, then edit time, then id. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { indexKey, parseKey, TOMBSTONE_DAYS } from '../../lib/sync';
import { makeGoal } from '../support/factories';
import { device, quotaArea } from './helpers';

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-02-01T09:00:00.000Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

const g = makeGoal({ id: 'g', title: 'v1' });
const titled = (title: string) => ({ ...g, title });

/** A on line (hears changes), B off line (pulls to catch up), both starting from rev 1 of `g`. */
async function twoDevices() {
  const q = quotaArea();
  const a = device('device-a', q.area);
  const b = device('device-b', q.area, { online: false });
  await a.save(g);
  await a.sync.flush();
  await b.sync.pullAll();
  expect(b.goals.get('g')).toEqual(g);
  return { ...q, a, b };
}

describe('concurrent edits', () => {
  it('the device that saved more often since they agreed wins (higher rev)', async () => {
    const { a, b, dump } = await twoDevices();
    await a.save(titled('A once'));
    await a.sync.flush();
    await a.save(titled('A twice')); // rev 3
    await a.sync.flush();
    await vi.advanceTimersByTimeAsync(60_000);
    await b.save(titled('B once, a minute later')); // rev 2: later, but fewer saves
    await b.sync.pullAll();
    expect(b.goals.get('g')?.title).toBe('A twice');
    expect((await dump())[indexKey('g')]).toMatchObject({ rev: 3, device: 'device-a' });
    expect(b.sync.status().pending).toBe(0);
  });

  it('equal revs: the later edit wins, on both devices', async () => {
    const { a, b } = await twoDevices();
    await a.save(titled('A at 9:00'));
    await a.sync.flush();
    await vi.advanceTimersByTimeAsync(5_000);
    await b.save(titled('B at 9:00:05')); // off line, so it does not know about A's edit
    await b.sync.pullAll(); // B wins and writes; A hears it
    await a.sync.idle();
    expect(b.goals.get('g')?.title).toBe('B at 9:00:05');
    expect(a.goals.get('g')?.title).toBe('B at 9:00:05');
  });

  it('equal revs, earlier edit: the remote version wins', async () => {
    const { a, b } = await twoDevices();
    await b.save(titled('B at 9:00'));
    await vi.advanceTimersByTimeAsync(5_000);
    await a.save(titled('A at 9:00:05'));
    await a.sync.flush();
    await b.sync.pullAll();
    expect(b.goals.get('g')?.title).toBe('A at 9:00:05');
    expect(b.applied).toHaveLength(2); // the first pull, then A's edit
  });

  it('equal revs at the same instant: the greater device id wins', async () => {
    const { a, b } = await twoDevices();
    await a.save(titled('from a'));
    await b.save(titled('from b'));
    await a.sync.flush();
    await b.sync.pullAll();
    await a.sync.idle();
    expect(a.goals.get('g')?.title).toBe('from b');
    expect(b.goals.get('g')?.title).toBe('from b');
  });
});

describe('deletions', () => {
  it('leave a tombstone with a rev, remove the chunks, and delete on other devices', async () => {
    const { a, b, dump } = await twoDevices();
    await a.remove('g');
    await a.sync.flush();
    const all = await dump();
    expect(Object.keys(all).filter((k) => parseKey(k)?.id === 'g')).toEqual([indexKey('g')]);
    expect(all[indexKey('g')]).toMatchObject({ rev: 2, deleted: true, chunks: 0 });
    await b.sync.pullAll();
    expect(b.goals.has('g')).toBe(false);
    expect(b.applied.at(-1)).toEqual({ goals: [], deleted: ['g'] });
  });

  it('a stale edit of the same rev made before the deletion loses to it', async () => {
    const { a, b } = await twoDevices();
    await b.save(titled('edited before the deletion'));
    await vi.advanceTimersByTimeAsync(1_000);
    await a.remove('g');
    await a.sync.flush();
    await b.sync.pullAll();
    expect(b.goals.has('g')).toBe(false);
  });

  it(`are dropped after ${TOMBSTONE_DAYS} days, with the next write`, async () => {
    const { a, dump } = await twoDevices();
    await a.remove('g');
    await a.sync.flush();
    await vi.advanceTimersByTimeAsync((TOMBSTONE_DAYS + 1) * 86_400_000);
    await a.save(makeGoal({ id: 'other' }));
    await a.sync.flush();
    expect(Object.keys(await dump())).not.toContain(indexKey('g'));
  });
});

describe('convergence', () => {
  type Step = { who: 'a' | 'b'; op: 'edit' | 'delete' | 'sync'; goal: number; wait: number };
  const step = fc.record({
    who: fc.constantFrom('a', 'b'),
    op: fc.constantFrom('edit', 'edit', 'delete', 'sync'),
    goal: fc.integer({ min: 0, max: 2 }),
    wait: fc.constantFrom(0, 0, 1_000),
  }) as fc.Arbitrary<Step>;

  it.each([
    ['off line, pulling', false],
    ['on line, debounced and listening', true],
  ])('any interleaving of edits, deletions and syncs converges (%s)', async (_, online) => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 14 }), async (steps) => {
        fakeBrowser.reset();
        const { area, dump } = quotaArea();
        const devices = { a: device('a', area, { online }), b: device('b', area, { online }) };
        let n = 0;
        for (const s of steps) {
          const d = devices[s.who];
          const id = `g${s.goal}`;
          if (s.op === 'edit') await d.save(makeGoal({ id, title: `${s.who} edit ${++n}` }));
          else if (s.op === 'delete') await d.remove(id);
          else await d.sync.flush();
          await vi.advanceTimersByTimeAsync(s.wait);
        }
        const { a, b } = devices;
        await vi.advanceTimersByTimeAsync(2_000);
        await a.sync.idle();
        await b.sync.idle();
        await a.sync.flush();
        await b.sync.flush();
        await a.sync.pullAll();
        await b.sync.pullAll();
        const sorted = (m: Map<string, unknown>) => [...m].sort(([x], [y]) => (x < y ? -1 : 1));
        expect(sorted(a.goals)).toEqual(sorted(b.goals));
        expect(a.sync.status().pending + b.sync.status().pending).toBe(0);
        // And sync holds exactly those goals, plus tombstones.
        const live = Object.entries(await dump()).filter(
          ([k, v]) => parseKey(k)?.chunk === null && !(v as { deleted?: boolean }).deleted,
        );
        expect(live.map(([k]) => parseKey(k)!.id).sort()).toEqual([...a.goals.keys()].sort());
        a.sync.dispose();
        b.sync.dispose();
      }),
      { numRuns: 60 },
    );
  });
});
