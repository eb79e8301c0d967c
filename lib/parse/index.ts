/**
 * lib/parse: figures and date ranges from dashboard text. Pure functions, no dependencies, safe
 * in the content-script bundle (no zod, no DOM, no browser APIs).
 */
export type { DateRange, Figure, FigureUnit } from './types';
export { parseFigure } from './figure';
export { parseNumber, decimalSeparatorFor, type ParsedNumber } from './number';
export { parseDuration } from './duration';
export { parseDateRangeText, type DateRangeOptions } from './date-range';
export {
  dateRangeFromUrl,
  ga4RangeFromUrl,
  matomoRangeFromUrl,
  plausibleRangeFromUrl,
  shopifyRangeFromUrl,
  youtubeRangeFromUrl,
  type UrlDateOptions,
} from './date-url';
export {
  plausiblePeriodRange,
  plausiblePresetOfText,
  plausibleToday,
  type PlausibleEdition,
  type PlausiblePeriodOptions,
  type PlausiblePeriodQuery,
} from './plausible-period';
export { umamiDateRange, umamiRangeFromUrl, type UmamiDateOptions } from './umami-date';
export { localDay } from './calendar';
