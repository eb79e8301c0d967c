export { openPacerDb, type PacerDb, type OpenOptions } from './db';
export { StoreError, toOpenError, toStoreError, type StoreErrorCode } from './errors';
export { MIGRATIONS, type Migration } from './migrations';
export { listGoals, getGoal, putGoal, deleteGoal, type InvalidGoal } from './goals';
export { putCheckin, deleteCheckin, latestUnit } from './checkins';
export {
  readingsFor,
  checkedReadingsFor,
  latestReading,
  addReadings,
  countReadings,
} from './readings';
export {
  Settings,
  SettingsPatch,
  DEFAULT_SETTINGS,
  validateSettings,
  getSettings,
  putSettings,
} from './settings';
export { importHistory, type HistoryResult } from './history';
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
export { Tracker, LocatorSchema } from './tracker-schema';
export { trackersFor, putTracker, deleteTracker } from './trackers';
export { saveReview, listReviews, latestReview } from './reviews';
