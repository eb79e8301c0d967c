/**
 * What this device knows about each goal's sync version. It must outlive the service worker:
 * without it a restarted browser could not tell "edited here while offline" (push it) from
 * "edited elsewhere" (take it). Read back through zod like everything from storage.
 */
import { z } from 'zod';

export const SyncEntry = z.object({
  rev: z.number().int().min(0),
  updatedAt: z.string().max(40),
  device: z.string().max(100),
  /** The version's hash as written to sync (what other devices compare). */
  hash: z.string().max(32),
  /** Hash of the goal as stored here; differs from `hash` only if parsing dropped something. */
  localHash: z.string().max(32),
  deleted: z.boolean().optional(),
  /** Saved here and not yet written to sync. */
  pending: z.boolean().optional(),
});
export type SyncEntry = z.infer<typeof SyncEntry>;

export const SyncMeta = z.object({ goals: z.record(z.string(), SyncEntry) });
export type SyncMeta = z.infer<typeof SyncMeta>;

export interface SyncStateStore {
  load(): Promise<unknown>;
  save(meta: SyncMeta): Promise<void>;
}

export function memoryState(initial?: SyncMeta): SyncStateStore {
  let held: SyncMeta | undefined = initial;
  return {
    load: async () => held && structuredClone(held),
    save: async (meta) => void (held = structuredClone(meta)),
  };
}

/** A damaged record starts over empty: the next sync then treats local goals as new edits. */
export function parseMeta(raw: unknown): SyncMeta['goals'] {
  const r = SyncMeta.safeParse(raw);
  return r.success ? r.data.goals : {};
}
