/**
 * The browser's side of goal sync: `storage.sync` as the area, `storage.local` for this device's
 * id and sync versions. Call once at the top level of the background script: the change listener
 * must be registered synchronously (an MV3 worker woken by a sync change only hears listeners
 * added in its first turn), so the device id is read lazily.
 */
import { browser } from 'wxt/browser';
import { createGoalSync } from './goal-sync';
import type { GoalSync, GoalSyncOptions, StorageChanges, SyncArea } from './types';

const DEVICE_KEY = 'pacer.sync.device';
const STATE_KEY = 'pacer.sync.state';

async function deviceId(): Promise<string> {
  const got = await browser.storage.local.get(DEVICE_KEY);
  const known = got[DEVICE_KEY];
  if (typeof known === 'string' && known) return known;
  const id = crypto.randomUUID();
  await browser.storage.local.set({ [DEVICE_KEY]: id });
  return id;
}

export function browserGoalSync(
  o: Pick<GoalSyncOptions, 'applyRemote' | 'loadLocal' | 'onStatus' | 'debounceMs' | 'enabled'>,
): GoalSync {
  // Missing in some Firefox setups (no add-on id, or sync switched off by policy).
  const sync = browser.storage?.sync as SyncArea | undefined;
  return createGoalSync({
    ...o,
    area: sync && {
      get: (keys) => sync.get(keys),
      set: (items) => sync.set(items),
      remove: (keys) => sync.remove(keys),
    },
    onChanged: (listener) => {
      const handler = (changes: StorageChanges, area: string) => {
        if (area === 'sync') listener(changes);
      };
      browser.storage.onChanged.addListener(handler);
      return () => browser.storage.onChanged.removeListener(handler);
    },
    deviceId: deviceId(),
    state: {
      load: async () => (await browser.storage.local.get(STATE_KEY))[STATE_KEY],
      save: (meta) => browser.storage.local.set({ [STATE_KEY]: meta }),
    },
  });
}
