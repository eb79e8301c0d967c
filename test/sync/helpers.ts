/**
 * Test doubles for goal sync. WXT's fake `storage.sync` stores and fires onChanged but enforces no
 * quota (and its getBytesInUse throws), so `quotaArea` wraps it and throws like Chrome does.
 * A "device" is one browser profile: its own goal store and sync instance over the shared area.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Goal } from '../../lib/goals/schema';
import { createGoalSync, QUOTA, type SyncArea, type SyncStateStore } from '../../lib/sync';

const enc = new TextEncoder();
/** Chrome's measure, computed independently of lib/sync: UTF-8 bytes of key + JSON value. */
export const chromeBytes = (key: string, value: unknown) =>
  enc.encode(key).length + enc.encode(JSON.stringify(value)).length;

export function quotaArea(limits: { perItem?: number; total?: number; maxItems?: number } = {}) {
  const {
    perItem = QUOTA.BYTES_PER_ITEM,
    total = QUOTA.BYTES,
    maxItems = QUOTA.MAX_ITEMS,
  } = limits;
  const inner = fakeBrowser.storage.sync;
  const log = { sets: [] as Record<string, unknown>[], removes: [] as string[][] };
  /** Set to make every write throw this message (sync switched off, rate limit, …). */
  const control = { fail: null as string | null };
  const area: SyncArea = {
    get: (keys) => inner.get(keys),
    async set(items) {
      if (control.fail) throw new Error(control.fail);
      for (const [k, v] of Object.entries(items))
        if (chromeBytes(k, v) > perItem) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      const next = { ...(await inner.get(null)), ...items };
      const bytes = Object.entries(next).reduce((n, [k, v]) => n + chromeBytes(k, v), 0);
      if (bytes > total) throw new Error('QUOTA_BYTES quota exceeded');
      if (Object.keys(next).length > maxItems) throw new Error('MAX_ITEMS quota exceeded');
      log.sets.push(items);
      await inner.set(items);
    },
    async remove(keys) {
      if (control.fail) throw new Error(control.fail);
      log.removes.push(keys);
      await inner.remove(keys);
    },
  };
  return { area, log, control, dump: () => inner.get(null) };
}

export function device(
  name: string,
  area: SyncArea | undefined,
  o: { online?: boolean; state?: SyncStateStore; goals?: Map<string, Goal> } = {},
) {
  const goals = o.goals ?? new Map<string, Goal>();
  const applied: { goals: Goal[]; deleted: string[] }[] = [];
  const events = fakeBrowser.storage.sync.onChanged;
  const sync = createGoalSync({
    area,
    deviceId: name,
    debounceMs: 2000,
    // An offline device hears nothing until it pulls.
    onChanged:
      o.online === false
        ? undefined
        : (listener) => {
            events.addListener(listener);
            return () => events.removeListener(listener);
          },
    loadLocal: async () => [...goals.values()],
    applyRemote: async (gs, ids) => {
      applied.push({ goals: gs, deleted: ids });
      for (const g of gs) goals.set(g.id, g);
      for (const id of ids) goals.delete(id);
    },
    state: o.state,
  });
  return {
    name,
    goals,
    applied,
    sync,
    /** What goal.save does: store, then tell sync. */
    save: async (goal: Goal) => {
      goals.set(goal.id, goal);
      await sync.goalSaved(goal);
    },
    remove: async (id: string) => {
      goals.delete(id);
      await sync.goalDeleted(id);
    },
  };
}
