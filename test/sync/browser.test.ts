/** The browser wiring: storage.sync as the area, storage.local for device id and versions. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Goal } from '../../lib/goals/schema';
import { indexKey } from '../../lib/sync';
import { browserGoalSync } from '../../lib/sync/browser';
import { makeGoal } from '../support/factories';
import { device, quotaArea } from './helpers';

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-02-01T09:00:00.000Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

function profile() {
  const goals = new Map<string, Goal>();
  const sync = browserGoalSync({
    loadLocal: async () => [...goals.values()],
    applyRemote: async (gs, ids) => {
      for (const g of gs) goals.set(g.id, g);
      for (const id of ids) goals.delete(id);
    },
  });
  return { goals, sync };
}

describe('browserGoalSync', () => {
  it('writes to storage.sync and keeps a stable device id and versions in storage.local', async () => {
    const p = profile();
    const g = makeGoal();
    p.goals.set(g.id, g);
    await p.sync.goalSaved(g);
    await vi.advanceTimersByTimeAsync(2000);
    await p.sync.idle();
    const index = (await fakeBrowser.storage.sync.get(indexKey(g.id)))[indexKey(g.id)];
    const local = await fakeBrowser.storage.local.get(null);
    expect(index).toMatchObject({ rev: 1, device: local['pacer.sync.device'] });
    expect(local['pacer.sync.device']).toMatch(/^[0-9a-f-]{36}$/);
    expect(local['pacer.sync.state']).toMatchObject({ goals: { g1: { rev: 1 } } });
    p.sync.dispose();
    // A restarted worker reuses the id rather than looking like a new device.
    const again = profile();
    await again.sync.pullAll();
    expect((await fakeBrowser.storage.local.get(null))['pacer.sync.device']).toBe(
      local['pacer.sync.device'],
    );
  });

  it('hears changes from other devices through storage.onChanged (sync area only)', async () => {
    const p = profile();
    const other = device('other', quotaArea().area, { online: false });
    await other.save(makeGoal({ id: 'remote', title: 'Made elsewhere' }));
    await other.sync.flush(); // writes into fakeBrowser.storage.sync: p's listener fires
    await p.sync.idle();
    expect(p.goals.get('remote')?.title).toBe('Made elsewhere');
    await fakeBrowser.storage.local.set({ [indexKey('local-only')]: 'ignored: wrong area' });
    await p.sync.idle();
    expect(p.sync.status().ignored).toEqual([]);
  });
});
