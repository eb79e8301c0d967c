/**
 * lib/history: a dashboard's CSV export → readings for one goal. Pure: no browser APIs, no
 * storage; the options page shows the plan and the background writes it (history.import).
 */
export { analyseBytes, analyseText, hasHistory, type Analysis, type ColumnInfo } from './analyse';
export {
  DATE_FORMATS,
  detectDateFormat,
  parseDate,
  type DateFormat,
  type DateGuess,
} from './date-cells';
export { decodeBytes } from './decode';
export {
  FORMATS,
  detectFormat,
  type ColumnKind,
  type ColumnSpec,
  type FormatSpec,
} from './formats';
export {
  MAX_ERRORS,
  planImport,
  type ImportedReading,
  type Left,
  type Mapping,
  type Plan,
  type Problem,
  type RowError,
  type Target,
} from './import-plan';
export { mappingFor, pickColumn } from './suggest';
export { readTable, type Row, type Table } from './csv-table';
export { csvEntries, isZip, MAX_ENTRY_BYTES, type ZipEntry } from './zip';
