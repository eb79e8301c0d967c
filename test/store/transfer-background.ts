/**
 * The background as the streamed transfer tests need it: the real router and handlers over a
 * database that can be swapped (profile A, then a fresh profile B), with `runtime.sendMessage`
 * going through them and structured clone, as runtime messages go.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter } from '../../lib/messaging/router';
import type { ServiceDeps } from '../../lib/service/deps';
import { registerHandlers } from '../../lib/service/handlers';
import type { PacerDb } from '../../lib/store';

export const NOW = new Date('2026-02-15T12:00:00.000Z');
const EXT = 'pacer-id';
const options = { id: EXT, url: `chrome-extension://${EXT}/options.html` };

export function background(first: PacerDb) {
  let db = first;
  const deps = {
    db: async () => db,
    now: () => NOW,
    tabs: { get: async () => null, set: async () => {}, list: async () => [] },
    alert: async () => {},
    changed: async () => {},
  } as unknown as ServiceDeps;
  const router = createRouter(
    { extensionId: EXT, extensionOrigin: `chrome-extension://${EXT}/`, isAllowedPage: () => false },
    () => {},
  );
  registerHandlers(router, deps);
  const sent: string[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: { type: string }) => {
    sent.push(m.type);
    return structuredClone(await router.handle(structuredClone(m), options));
  }) as never);
  return { use: (next: PacerDb) => (db = next), sent };
}
