/** The goal-sync API (goal-sync.ts), kept apart so wiring and tests can import just the shapes. */
import { z } from 'zod';
import type { Goal } from '../goals/schema';
import type { SyncStateStore } from './state';

/** The subset of `browser.storage.sync` used (also what a test double implements). */
export interface SyncArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}
export type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;

export interface GoalSyncOptions {
  /** Undefined when the browser has no storage.sync: local-only from the start. */
  area: SyncArea | undefined;
  /** Subscribe to changes of the sync area; returns an unsubscribe function. */
  onChanged?: (listener: (changes: StorageChanges) => void) => () => void;
  /** Breaks exact ties; may arrive later (read from storage) so listeners register at once. */
  deviceId: string | Promise<string>;
  now?: () => Date;
  debounceMs?: number;
  /** Write goals that won from sync into local storage, and delete the ids. */
  applyRemote(goals: Goal[], deletedIds: string[]): Promise<void>;
  loadLocal(): Promise<Goal[]>;
  /** The user's switch (a setting); checked before every sync. Default: always on. */
  enabled?: () => boolean | Promise<boolean>;
  /** Where per-goal sync versions persist (default: memory). */
  state?: SyncStateStore;
  onStatus?: (status: SyncStatus) => void;
}

/** What the UI shows (a zod schema so the messaging protocol can check it). */
export const SyncStatus = z.object({
  mode: z.enum(['synced', 'local-only']),
  /** Switched off by the user: local-only by choice, so no warning to show. */
  off: z.literal(true).optional(),
  /** Why the last sync failed, in words for the user; absent after a success. */
  error: z.string().optional(),
  lastSyncedAt: z.string().optional(),
  /** Goals changed here and not yet in sync. */
  pending: z.number().int().nonnegative(),
  /** Remote goals that could not be used, with why ("id: reason"). */
  ignored: z.array(z.string()),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

export interface SyncResult {
  applied: number;
  deleted: number;
  pushed: number;
}

export interface GoalSync {
  /** After a goal was saved locally: records the edit; the write follows after the debounce. */
  goalSaved(goal: Goal): Promise<void>;
  goalDeleted(id: string): Promise<void>;
  /** After a bulk change such as an import: compare every local goal with what was synced. */
  localChanged(): Promise<void>;
  /** Read everything now, apply remote winners, write local ones (at start-up). */
  pullAll(): Promise<SyncResult>;
  /** Write pending changes now instead of after the debounce. */
  flush(): Promise<SyncResult>;
  status(): SyncStatus;
  /** Resolves once no sync is running or queued (tests; answering a status request). */
  idle(): Promise<void>;
  dispose(): void;
}
