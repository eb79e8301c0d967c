/** Goal definitions synced through storage.sync (goal-sync.ts has the design). */
export { createGoalSync } from './goal-sync';
export { SyncStatus } from './types'; // value and type
export type { GoalSync, GoalSyncOptions, SyncArea, StorageChanges, SyncResult } from './types';
export { NO_SYNC_AREA, SyncQuotaError } from './messages';
export {
  QUOTA,
  SyncIndex,
  indexKey,
  chunkKey,
  parseKey,
  itemBytes,
  splitJson,
} from './sync-layout';
export { winner, type Version } from './winner';
export { memoryState, type SyncStateStore, type SyncMeta } from './state';
export { TOMBSTONE_DAYS } from './write-plan';
