/**
 * Plausible v3's breakdown reports (Top Sources, Top Pages, Locations, Devices) as evidence for
 * the headline figures (issue 13). Each report card renders only its active tab's table: a
 * header row (`report-header`: the dimension's label, then one per metric column) and up to nine
 * rows (`report-row`), one cell per header. The dimension is known from the first header, which
 * Plausible spells per report (reports-config.ts `dimensionLabel`): it also tells a filtered
 * drill-down apart ("Browser version" under a browser filter, "Referrer" under a source filter).
 * Plausible's UI is English only. Rows are read with the top stats' own count rule
 * (rounding.ts: `numberShortFormatter` floors).
 */
import type { BreakdownDimension, BreakdownRow, PageBreakdown } from '../breakdown';
import { clipLabel, MAX_BREAKDOWN_ROWS, MAX_BREAKDOWNS } from '../breakdown';
import { isHidden, textOf } from '../dom';
import { shortNumberInterval } from './rounding';

// The report cards beside the top stats (reports in `report-behaviours` measure goals, not the
// top stats' visitors).
const REPORT =
  '[data-testid="report-sources"],[data-testid="report-pages"],' +
  '[data-testid="report-locations"],[data-testid="report-devices"]';
// The header cells of the rendered table: dimension label first, then the metric columns.
const HEADER = '[data-testid="report-header"]';
// One table row; its children are the cells, in the headers' order.
const ROW = '[data-testid="report-row"]';
// A value inside a metric cell; the visitors cell holds the count, then the percentage.
const VALUE = '[data-testid="metric-value"]';

// `dimensionLabel` of the reports the dashboard shows (reports-config.ts). "URL" (pages with
// the hostname) stands for top, entry or exit pages alike: not read. UTM mediums, sources,
// contents and terms have no dimension of their own in breakdown.ts: not read either.
const DIMENSIONS: Readonly<Record<string, BreakdownDimension>> = {
  channel: 'channels',
  source: 'sources',
  referrer: 'referrers',
  'utm campaign': 'campaigns',
  page: 'pages',
  'entry page': 'entry-pages',
  'exit page': 'exit-pages',
  country: 'countries',
  region: 'regions',
  city: 'cities',
  browser: 'browsers',
  'operating system': 'os',
  device: 'devices',
  'screen size': 'devices',
};

// Metric column labels and the top-stat id they measure (metrics.js `createVisitors`: the
// visitors column is "Conversions" under a goal filter, where the top stat with id `visitors`
// is "Unique conversions"). Realtime's "Current visitors" is not read: realtime has no period.
const COLUMNS: Readonly<Record<string, string>> = { visitors: 'visitors', conversions: 'visitors' };

// Flag emoji Plausible puts before a country, region or city name.
const FLAG = /^[\u{1F1E6}-\u{1F1FF}]{2}\s*/u;

/** The cell's own text: its text nodes, without a comparison arrow or tooltip beside it. */
function ownText(el: Element): string {
  let t = '';
  for (const n of Array.from(el.childNodes)) if (n.nodeType === 3) t += n.textContent ?? '';
  return t.trim();
}

function rowsOf(report: Element, column: number, width: number): BreakdownRow[] | null {
  const rows: BreakdownRow[] = [];
  for (const row of Array.from(report.querySelectorAll(ROW))) {
    if (rows.length >= MAX_BREAKDOWN_ROWS) break;
    const cells = row.children;
    if (cells.length !== width) return null;
    // Plausible trims URLs to 70 characters anyway; clipLabel keeps to the message schema's limit.
    const label = clipLabel(textOf(cells[0]).replace(FLAG, ''));
    const valueEl = cells[column]!.querySelector(VALUE);
    const interval = valueEl ? shortNumberInterval(ownText(valueEl)) : null;
    // A row we cannot read makes the table's order and share unknowable: drop it all.
    if (!label || !interval) return null;
    rows.push({
      label,
      value: (interval.low + interval.high) / 2,
      precision: (interval.high - interval.low) / 2,
    });
  }
  return rows.length > 0 ? rows : null;
}

/**
 * The breakdown tables on a Plausible v3 dashboard whose metric column is one of `keys` (the
 * top-stat ids read from the same page). Realtime pages are not read (see COLUMNS).
 */
export function plausibleBreakdowns(doc: Document, keys: ReadonlySet<string>): PageBreakdown[] {
  const out: PageBreakdown[] = [];
  for (const report of Array.from(doc.querySelectorAll(REPORT))) {
    if (out.length >= MAX_BREAKDOWNS) break;
    const headers = Array.from(report.querySelectorAll(HEADER));
    if (headers.length < 2 || isHidden(report)) continue;
    const dimension = DIMENSIONS[textOf(headers[0]).toLowerCase()];
    const column = headers.findIndex((h, i) => i > 0 && COLUMNS[textOf(h).toLowerCase()]);
    const key = column > 0 ? COLUMNS[textOf(headers[column]).toLowerCase()]! : '';
    if (!dimension || !keys.has(key)) continue;
    const rows = rowsOf(report, column, headers.length);
    if (rows) out.push({ dimension, key, unit: 'count', rows });
  }
  return out;
}

/*
 * Verified against:
 * - REAL CAPTURES test/fixtures/plausible/v3-sources-a/-b (CE 3.2.x fork build, see
 *   plausible.ts): Sources and Top pages with rows, Locations on its Map tab, Devices loading.
 * - Source read (plausible/analytics): stats/reports/index-breakdown.tsx @c74df7eb (header and
 *   row markup, the visitors+percentage cell), reports/reports-config.ts @01c99851
 *   (dimensionLabel per report, metrics per context), sources/index.tsx @3f78aed4 (tabs, the
 *   referrer drill-down under a source filter), reports/change-arrow.tsx @00e029e1,
 *   reports/metrics.js @0d35a261 (column labels: Visitors, Conversions, Current visitors).
 * - Not read: CE 2.x (list.js/list.tsx markup without test ids; the CE 2.1 captures only show
 *   loading reports), the Behaviours card (goals, props), search terms.
 */
