/**
 * The export formats Pacer recognises, each from where its columns come from (named per format).
 * Recognising a format means knowing, without asking: which column is the date and how it is
 * written, what each column is (its unit, and whether days add up), which metric key the
 * dashboard reader gives the same figure (lib/readers/<source>.ts), and which rows are not days.
 * A file that matches none goes through the mapping step instead (see import-plan.ts).
 */
import type { Unit } from '../goals/schema';
import type { DateFormat } from './date-cells';

/**
 * How a column's daily values relate to longer periods:
 * - `amount`: they add up (pageviews, orders, revenue): a period's total is the sum of its days.
 * - `unique`: per-day counts of distinct people (visitors, users): a person who came on two days
 *   is in both, so the sum over a period overstates it. Never summed.
 * - `level`: a rate, an average or a standing count (bounce rate, position, followers).
 */
export type ColumnKind = 'amount' | 'unique' | 'level';

export interface ColumnSpec {
  /** The header as the export writes it (matched ignoring case and spaces around it). */
  header: string;
  /** The key the dashboard's reader gives the same figure, for picking the column of a goal. */
  key: string;
  unit: Unit;
  kind: ColumnKind;
  currency?: string;
  /** The export writes the rate as a fraction (0.62) where the dashboard shows 62%. */
  fraction?: boolean;
  /** The column that says each row's currency (Stripe), when the export has one. */
  currencyHeader?: string;
}

export interface FormatSpec {
  id: string;
  /** The dashboard's name as its users know it. */
  name: string;
  /** Pacer's source id (lib/readers). */
  source: string;
  /** Every one of these headers is present (ignoring case). */
  signature: string[];
  date: { header: string; format: DateFormat };
  columns: ColumnSpec[];
  /**
   * One row per transaction or per hour, not per day: rows of one day are added up, and a day
   * with no row had none (zero), not "no data".
   */
  perEvent?: boolean;
  /** Recognised, but it holds no history by day: say why instead of offering a mapping. */
  noHistory?: 'breakdown' | 'per-video';
  /** A row to leave out, and why ('not-paid'); null keeps it. */
  skipRow?: (get: (header: string) => string) => 'not-paid' | null;
}

const col = (
  header: string,
  key: string,
  unit: Unit,
  kind: ColumnKind,
  extra: Partial<ColumnSpec> = {},
): ColumnSpec => ({ header, key, unit, kind, ...extra });

/**
 * Plausible: the dashboard's "Export" (a zip) holds visitors.csv, written by
 * PlausibleWeb.StatsController.main_graph_csv (lib/plausible_web/controllers/stats_controller.ex):
 * `date` then the graph metrics visitors, pageviews, visits, views_per_visit, bounce_rate,
 * visit_duration (+ scroll_depth when filtered by page), one row per interval bucket (a day with
 * the default interval), NimbleCSV RFC 4180. bounce_rate is a whole percent, visit_duration
 * seconds. Filtered by a goal it is `date,unique_conversions,total_conversions,conversion_rate`.
 */
const PLAUSIBLE: FormatSpec = {
  id: 'plausible',
  name: 'Plausible',
  source: 'plausible',
  signature: ['date', 'visitors', 'pageviews'],
  date: { header: 'date', format: 'iso' },
  columns: [
    col('visitors', 'visitors', 'count', 'unique'),
    col('pageviews', 'pageviews', 'count', 'amount'),
    col('visits', 'visits', 'count', 'amount'),
    col('views_per_visit', 'views_per_visit', 'ratio', 'level'),
    col('bounce_rate', 'bounce_rate', 'percent', 'level'),
    col('visit_duration', 'visit_duration', 'duration', 'level'),
    col('scroll_depth', 'scroll_depth', 'percent', 'level'),
  ],
};

const PLAUSIBLE_GOAL: FormatSpec = {
  id: 'plausible-goal',
  name: 'Plausible',
  source: 'plausible',
  signature: ['date', 'unique_conversions', 'total_conversions'],
  date: { header: 'date', format: 'iso' },
  columns: [
    col('unique_conversions', 'unique_conversions', 'count', 'unique'),
    col('total_conversions', 'total_conversions', 'count', 'amount'),
    col('conversion_rate', 'conversion_rate', 'percent', 'level'),
  ],
};

/**
 * Umami: the website "Download" (src/app/api/websites/[websiteId]/export/route.ts) zips
 * events.csv, pages.csv, referrers.csv, browsers.csv, os.csv, devices.csv and countries.csv,
 * each `Papa.unparse` of the metrics rows `{ x, y }`: totals per page/referrer/… over the chosen
 * range, with no dates. Recognised so the user learns that, instead of being asked to map it.
 */
const UMAMI: FormatSpec = {
  id: 'umami',
  name: 'Umami',
  source: 'umami',
  signature: ['x', 'y'],
  date: { header: '', format: 'iso' },
  columns: [],
  noHistory: 'breakdown',
};

/**
 * GA4: "Share this report → Download file → Download CSV". The file opens with `#` lines
 * (report name, Account, Property, `# Start date: 20260901`, `# End date: 20260930`), then the
 * table; a report with the Date dimension writes it as 20260930, the overview chart as
 * "Nth day" (0000, 0001… from the start date). Metric names as the GA4 reader knows them
 * (lib/readers/ga4.ts, keys are the snake-cased English names). Rates are fractions (0.6234).
 */
const GA4_COLUMNS: ColumnSpec[] = [
  col('Active users', 'active_users', 'count', 'unique'),
  col('Users', 'users', 'count', 'unique'),
  col('Total users', 'total_users', 'count', 'unique'),
  col('New users', 'new_users', 'count', 'amount'),
  col('Sessions', 'sessions', 'count', 'amount'),
  col('Engaged sessions', 'engaged_sessions', 'count', 'amount'),
  col('Views', 'views', 'count', 'amount'),
  col('Event count', 'event_count', 'count', 'amount'),
  col('Key events', 'key_events', 'count', 'amount'),
  col('Conversions', 'conversions', 'count', 'amount'),
  col('Transactions', 'transactions', 'count', 'amount'),
  col('Total revenue', 'total_revenue', 'currency', 'amount'),
  col('Purchase revenue', 'purchase_revenue', 'currency', 'amount'),
  col('Engagement rate', 'engagement_rate', 'percent', 'level', { fraction: true }),
  col('Bounce rate', 'bounce_rate', 'percent', 'level', { fraction: true }),
  col('Average engagement time', 'average_engagement_time', 'duration', 'level'),
  col(
    'Average engagement time per active user',
    'average_engagement_time_per_active_user',
    'duration',
    'level',
  ),
  col('Average session duration', 'average_session_duration', 'duration', 'level'),
];

const GA4: FormatSpec = {
  id: 'ga4',
  name: 'Google Analytics 4',
  source: 'ga4',
  signature: ['Date'],
  date: { header: 'Date', format: 'compact' },
  columns: GA4_COLUMNS,
};

const GA4_NTH_DAY: FormatSpec = {
  ...GA4,
  id: 'ga4-nth-day',
  signature: ['Nth day'],
  date: { header: 'Nth day', format: 'nth-day' },
};

/**
 * Search Console: Performance → Export → Download CSV, a zip whose Dates.csv is
 * `Date,Clicks,Impressions,CTR,Position` (2026-09-30, CTR as "3.53%", position to two decimals).
 * Keys as lib/readers/search-console.ts names the same totals.
 */
const SEARCH_CONSOLE: FormatSpec = {
  id: 'search-console',
  name: 'Google Search Console',
  source: 'search-console',
  signature: ['Date', 'Clicks', 'Impressions', 'CTR', 'Position'],
  date: { header: 'Date', format: 'iso' },
  columns: [
    col('Clicks', 'total_clicks', 'count', 'amount'),
    col('Impressions', 'total_impressions', 'count', 'amount'),
    col('CTR', 'average_ctr', 'percent', 'level'),
    col('Position', 'average_position', 'count', 'level'),
  ],
};

/**
 * Shopify: Analytics → Reports → "Total sales over time" (or "Sessions over time") → Export:
 * one row per `Day`, money as plain numbers in the shop's currency (not in the file).
 * Keys as lib/readers/shopify.ts.
 */
const SHOPIFY_COLUMNS: ColumnSpec[] = [
  col('Orders', 'orders', 'count', 'amount'),
  col('Gross sales', 'gross_sales', 'currency', 'amount'),
  col('Discounts', 'discounts', 'currency', 'amount'),
  col('Returns', 'returns', 'currency', 'amount'),
  col('Net sales', 'net_sales', 'currency', 'amount'),
  col('Shipping', 'shipping', 'currency', 'amount'),
  col('Shipping charges', 'shipping', 'currency', 'amount'),
  col('Taxes', 'taxes', 'currency', 'amount'),
  col('Total sales', 'total_sales', 'currency', 'amount'),
  col('Sessions', 'sessions', 'count', 'amount'),
  col('Conversion rate', 'conversion_rate', 'percent', 'level'),
  col('Average order value', 'average_order_value', 'currency', 'level'),
];

const SHOPIFY: FormatSpec = {
  id: 'shopify',
  name: 'Shopify',
  source: 'shopify',
  signature: ['Day', 'Total sales'],
  date: { header: 'Day', format: 'iso' },
  columns: SHOPIFY_COLUMNS,
};

const SHOPIFY_SESSIONS: FormatSpec = {
  ...SHOPIFY,
  id: 'shopify-sessions',
  signature: ['Day', 'Sessions'],
};

/**
 * Stripe: Payments → Export (the "unified payments" CSV): one row per payment, `id`,
 * `Created date (UTC)` ("2026-09-30 14:03:11"), `Amount`, `Amount Refunded`, `Currency` (lower
 * case), `Status` (Paid, Refunded, Failed…), … Rows are added up per UTC day; failed and
 * cancelled payments are left out. Keys as lib/readers/stripe.ts.
 */
const STRIPE: FormatSpec = {
  id: 'stripe',
  name: 'Stripe',
  source: 'stripe',
  signature: ['id', 'Created date (UTC)', 'Amount', 'Status'],
  date: { header: 'Created date (UTC)', format: 'iso' },
  columns: [
    col('Amount', 'gross_volume', 'currency', 'amount', { currencyHeader: 'Currency' }),
    col('Amount Refunded', 'refunds', 'currency', 'amount', { currencyHeader: 'Currency' }),
    col('Converted Amount', 'gross_volume', 'currency', 'amount', {
      currencyHeader: 'Converted Currency',
    }),
  ],
  perEvent: true,
  skipRow(get) {
    const status = get('Status').trim().toLowerCase();
    const captured = get('Captured').trim().toLowerCase();
    const paid = ['paid', 'succeeded', 'refunded', 'partially refunded'].includes(status);
    return paid && captured !== 'false' ? null : 'not-paid';
  },
};

/**
 * YouTube Studio: Analytics → Advanced mode → Export current view → "Comma-separated values"
 * gives a zip of "Table data.csv" (one row per video), "Chart data.csv" (per video per day, only
 * the videos in the chart) and "Totals.csv" (the channel per day: `Date` and the chosen metric).
 * Keys as lib/readers/youtube.ts; "Subscribers" is the net change that day.
 */
const YOUTUBE_COLUMNS: ColumnSpec[] = [
  col('Views', 'views', 'count', 'amount'),
  col('Watch time (hours)', 'watch_time_hours', 'count', 'amount'),
  col('Subscribers', 'subscribers', 'count', 'amount'),
  col('Impressions', 'impressions', 'count', 'amount'),
  col('Impressions click-through rate (%)', 'impressions_ctr', 'percent', 'level'),
  col('Average view duration', 'average_view_duration', 'duration', 'level'),
  col('Estimated revenue (USD)', 'estimated_revenue', 'currency', 'amount', { currency: 'USD' }),
  col('Unique viewers', 'unique_viewers', 'count', 'unique'),
  col('Returning viewers', 'returning_viewers', 'count', 'unique'),
  col('New viewers', 'new_viewers', 'count', 'unique'),
];

const YOUTUBE_ONLY = [
  'Watch time (hours)',
  'Subscribers',
  'Impressions click-through rate (%)',
  'Average view duration',
  'Estimated revenue (USD)',
  'Unique viewers',
];

const YOUTUBE: FormatSpec = {
  id: 'youtube',
  name: 'YouTube Studio',
  source: 'youtube',
  signature: ['Date'],
  date: { header: 'Date', format: 'iso' },
  columns: YOUTUBE_COLUMNS,
};

const YOUTUBE_CHART: FormatSpec = {
  ...YOUTUBE,
  id: 'youtube-chart',
  signature: ['Date', 'Content', 'Video title'],
  noHistory: 'per-video',
};

/**
 * Matomo: "Export this dataset" (or the API) for Visits Summary with period=day writes a
 * DataTable map: `date` (the map's key, core/DataTable/Renderer/Csv.php renderDataTableMap) then
 * the VisitsSummary.get columns; UTF-16LE with a BOM by default. Keys as lib/readers/matomo.ts.
 */
const MATOMO: FormatSpec = {
  id: 'matomo',
  name: 'Matomo',
  source: 'matomo',
  signature: ['date', 'nb_visits'],
  date: { header: 'date', format: 'iso' },
  columns: [
    col('nb_uniq_visitors', 'visitors', 'count', 'unique'),
    col('nb_users', 'users', 'count', 'unique'),
    col('nb_visits', 'visits', 'count', 'amount'),
    col('nb_actions', 'actions', 'count', 'amount'),
    col('nb_visits_converted', 'visits_converted', 'count', 'amount'),
    col('bounce_count', 'bounce_count', 'count', 'amount'),
    col('sum_visit_length', 'sum_visit_length', 'duration', 'amount'),
    col('max_actions', 'max_actions', 'count', 'level'),
    col('bounce_rate', 'bounce_rate', 'percent', 'level'),
    col('nb_actions_per_visit', 'actions_per_visit', 'ratio', 'level'),
    col('avg_time_on_site', 'visit_duration', 'duration', 'level'),
  ],
};

/** Most specific first: the first whose signature (and extra test) fits wins. */
export const FORMATS: readonly FormatSpec[] = [
  PLAUSIBLE_GOAL,
  PLAUSIBLE,
  UMAMI,
  STRIPE,
  SEARCH_CONSOLE,
  SHOPIFY,
  SHOPIFY_SESSIONS,
  YOUTUBE_CHART,
  MATOMO,
  GA4_NTH_DAY,
  GA4,
  YOUTUBE,
];

export const norm = (h: string) => h.trim().toLowerCase();

/**
 * The format of a table, from its header (and for GA4 vs YouTube, which both start with `Date`:
 * GA4's `#` preamble with its date range; YouTube's own column names).
 */
export function detectFormat(header: string[], meta: Record<string, string>): FormatSpec | null {
  const have = new Set(header.map(norm));
  const ga4 = 'start date' in meta;
  for (const f of FORMATS) {
    if (!f.signature.every((h) => have.has(norm(h)))) continue;
    if (f.source === 'ga4' && !ga4) continue;
    if (f.id === 'youtube' && (ga4 || !YOUTUBE_ONLY.some((h) => have.has(norm(h))))) continue;
    return f;
  }
  return null;
}

export function findFormat(id: string): FormatSpec | undefined {
  return FORMATS.find((f) => f.id === id);
}
