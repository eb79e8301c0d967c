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
export { exportAll, importAll, type ImportResult } from './transfer';
export { importHistory, type HistoryResult } from './history';
export { Tracker, LocatorSchema } from './tracker-schema';
export { trackersFor, putTracker, deleteTracker } from './trackers';
