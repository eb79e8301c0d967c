export { openPacerDb, type PacerDb, type OpenOptions } from './db';
export { StoreError, toStoreError, type StoreErrorCode } from './errors';
export { MIGRATIONS, type Migration } from './migrations';
export { listGoals, putGoal, deleteGoal } from './goals';
export { readingsFor, latestReading, addReadings, countReadings } from './readings';
export {
  Settings,
  SettingsPatch,
  DEFAULT_SETTINGS,
  validateSettings,
  getSettings,
  putSettings,
} from './settings';
export {
  compactReadings,
  COMPACTED_KEY,
  RETENTION,
  type CompactResult,
  type RetentionRule,
} from './compact';
export {
  exportAll,
  importAll,
  exportStart,
  exportChunk,
  EXPORT_CHUNK,
  type ExportCursor,
  type ExportStart,
  type ImportResult,
} from './transfer';
export { Tracker, LocatorSchema, trackersFor, putTracker, deleteTracker } from './trackers';
