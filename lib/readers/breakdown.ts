/**
 * Breakdowns (issue 13): the tables a dashboard shows next to its headline figures — sources,
 * pages, countries, devices … — read as evidence for why a headline metric moved. They are never
 * goals and never figures of the page's list. Plain types and constants only: readers run in the
 * content script.
 */
import type { FigureUnit } from '../parse/types';

/** What a breakdown's rows are. Readers map their dashboard's tabs onto these ids. */
export const BREAKDOWN_DIMENSIONS = [
  'sources',
  'channels',
  'referrers',
  'campaigns',
  'pages',
  'entry-pages',
  'exit-pages',
  'countries',
  'regions',
  'cities',
  'languages',
  'devices',
  'browsers',
  'os',
  'queries',
  'products',
  'events',
] as const;

export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];

/** The most rows one breakdown keeps: the top of the table, which is what explains a change. */
export const MAX_BREAKDOWN_ROWS = 10;

/**
 * The longest row label kept, in characters (the message schema's limit): a longer one (a long
 * URL path) is cut, the same way each day, rather than make the whole read invalid.
 */
export const MAX_BREAKDOWN_LABEL = 200;

export const clipLabel = (label: string): string => label.slice(0, MAX_BREAKDOWN_LABEL);

/** The most breakdowns one page read may carry. */
export const MAX_BREAKDOWNS = 24;

/** One row: its label as the dashboard shows it, and its figure for the breakdown's metric. */
export interface BreakdownRow {
  label: string;
  value: number;
  /** Half-width of the display rounding, as for figures (`1.2k` floored is 1,250 ± 50). */
  precision: number;
}

/**
 * One breakdown table. Its rows measure `key`, a headline figure's key of the same read: same
 * source, scope, period and view (the stored metric is `viewKey(key, view)`, like the figure's).
 */
export interface PageBreakdown {
  dimension: BreakdownDimension;
  /** The headline metric key the rows measure (e.g. `visitors`), without the view. */
  key: string;
  unit: FigureUnit;
  currency?: string;
  /** The rows in the order shown, at most MAX_BREAKDOWN_ROWS. */
  rows: BreakdownRow[];
}
