/** A router with the real handlers over fake-indexeddb, as the background wires it. */
import { vi } from 'vitest';
import { createRouter } from '../../lib/messaging/router';
import type { ServiceDeps } from '../../lib/service/deps';
import { registerHandlers } from '../../lib/service/handlers';
import { openPacerDb, type PacerDb } from '../../lib/store';
import type { TabState } from '../../lib/service/tab-state';

export const EXT = 'pacer-id';
export const ORIGIN = `chrome-extension://${EXT}/`;
export const extensionPage = { id: EXT, url: `${ORIGIN}sidepanel.html` };
export const dashboardTab = (url = 'https://plausible.io/example.com') => ({
  id: EXT,
  url,
  frameId: 0,
  tab: { id: 7 },
});

export async function setup(over: Partial<ServiceDeps> & { dbFn?: () => Promise<PacerDb> } = {}) {
  const db = await openPacerDb({ name: `hardening-${Math.random()}` });
  const tabs = new Map<number, TabState>();
  const deps: ServiceDeps = {
    db: over.dbFn ?? (async () => db),
    now: () => new Date('2026-01-30T12:00:00Z'),
    tabs: {
      get: async (id) => tabs.get(id) ?? null,
      set: async (id, s) => void tabs.set(id, s),
      list: async () => [...tabs.keys()],
    },
    sites: { enable: async () => ({ ok: true }), disable: async () => {}, list: async () => [] },
    trackers: { changed: async () => {}, pick: async () => true },
    alert: async () => {},
    changed: vi.fn(async () => {}),
    ...over,
  };
  const router = createRouter(
    {
      extensionId: EXT,
      extensionOrigin: ORIGIN,
      isAllowedPage: (u) => u.hostname === 'plausible.io',
    },
    () => {},
  );
  registerHandlers(router, deps);
  const ask = <T = unknown>(type: string, payload: unknown, sender: object = extensionPage) =>
    router.handle({ type, payload }, sender) as Promise<T>;
  return { db, deps, router, ask, tabs };
}
