/** Check-ins: values entered by hand, stored as readings with `origin: 'check-in'`. */
export {
  CHECKIN_HISTORY_DAYS,
  checkDate,
  checkinBounds,
  checkinDate,
  checkinReading,
  isCheckin,
  type DateError,
} from './checkin';
export {
  MANUAL_SOURCE,
  MANUAL_UNITS,
  expectedUnit,
  isManual,
  manualMetric,
  manualUnit,
} from './manual';
export {
  MAX_VALUE_TEXT,
  parseCheckinValue,
  type CheckinValue,
  type UnitSpec,
  type ValueError,
  type ValueResult,
} from './value';
