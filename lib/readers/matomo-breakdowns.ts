/**
 * Matomo report tables as breakdowns (issue 13): Channel Type, Websites, Campaigns, Pages, Entry
 * and Exit pages, Countries, Regions, Cities, Languages, Device type, Browsers, Operating
 * systems — on the Dashboard's widgets and on the report pages.
 *
 * The HTML table visualization (CoreHome/templates/_dataTable.twig, CoreVisualizations/templates/
 * _dataTableViz_htmlTable.twig, CoreHome/templates/_dataTableHead.twig and _dataTableCell.twig;
 * the same markup from 3.14 to 5.2) says what it shows in ids, the same in every UI language:
 * `<div class="dataTable" data-report="Referrers.getReferrerType" data-params="{…}">`, a header
 * cell per API column (`<th id="nb_visits">`), and in each cell the shown value in `span.value`
 * (number-formatted in the user's language, like the sparklines) beside a `span.ratio` share that
 * is never the value. A column is read when it measures a headline figure of the same read.
 *
 * Left out, because their top rows are not the top: a table being compared (segments or
 * periods), searched (`filter_pattern`), paged on (`filter_offset`), or sorted ascending or by
 * something other than a metric it measures. The "Others" summary row and the totals row are not
 * rows of the dimension.
 */
import { inBounds } from '../goals/limits';
import { parseFigure } from '../parse';
import type { BreakdownDimension, BreakdownRow, PageBreakdown } from './breakdown';
import { clipLabel, MAX_BREAKDOWN_ROWS, MAX_BREAKDOWNS } from './breakdown';
import { isHidden, textOf } from './dom';
import type { PageFigure } from './types';

// A report's data table container: its report id and request parameters.
const REPORT = 'div.dataTable[data-report]';
// Its own HTML table (not a subtable's, which sits inside a row).
const TABLE = 'table.dataTable';
// Header cells, id = API column.
const HEADER = 'thead th[id]';
// Rows that are not rows of the dimension: comparisons, the "Others" row, totals, no data, and
// the row dataTable.js inserts to hold an expanded row's subtable.
const NOT_A_ROW =
  '.comparisonRow, .comparePeriod, .summaryRow, .totalsRow, .nodata, .subDataTableContainer';

const REPORTS: Record<string, BreakdownDimension> = {
  'Referrers.getReferrerType': 'channels',
  'Referrers.getWebsites': 'referrers',
  'Referrers.getCampaigns': 'campaigns',
  'Actions.getPageUrls': 'pages',
  'Actions.getEntryPageUrls': 'entry-pages',
  'Actions.getExitPageUrls': 'exit-pages',
  'UserCountry.getCountry': 'countries',
  'UserCountry.getRegion': 'regions',
  'UserCountry.getCity': 'cities',
  'UserLanguage.getLanguage': 'languages',
  'DevicesDetection.getType': 'devices',
  'DevicesDetection.getBrowsers': 'browsers',
  'DevicesDetection.getOsFamilies': 'os',
};

// API column → headline key (matomo.ts COLUMNS). In the page reports a row's `nb_visits` is the
// visits that saw the page, Matomo's "Unique Pageviews", and `nb_hits` its pageviews
// (Actions/Reports/Base.php); entrances and exits are visits.
const VISITS: Record<string, string> = {
  nb_visits: 'visits',
  nb_uniq_visitors: 'visitors',
  nb_users: 'users',
  nb_actions: 'actions',
};
const PAGES: Record<string, string> = { nb_hits: 'pageviews', nb_visits: 'unique_pageviews' };
const columnsOf = (report: string): Record<string, string> =>
  report === 'Actions.getPageUrls'
    ? PAGES
    : report === 'Actions.getEntryPageUrls'
      ? { entry_nb_visits: 'visits' }
      : report === 'Actions.getExitPageUrls'
        ? { exit_nb_visits: 'visits' }
        : VISITS;

/** `data-params`, or null when unreadable. */
function paramsOf(el: Element): Record<string, unknown> | null {
  try {
    const p: unknown = JSON.parse(el.getAttribute('data-params') || '{}');
    return p && typeof p === 'object' ? (p as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Are the table's rows its top rows by one of `metrics`? */
function showsTop(params: Record<string, unknown>, metrics: Record<string, string>): boolean {
  const sortBy = params.filter_sort_column;
  return (
    !params.filter_pattern &&
    !params.filter_pattern_recursive &&
    !Number(params.filter_offset ?? 0) &&
    params.filter_sort_order !== 'asc' &&
    (sortBy === undefined || sortBy === '' || (typeof sortBy === 'string' && sortBy in metrics))
  );
}

/**
 * The breakdowns of the report tables on the page. `headline` holds the read's figures keyed
 * without their view; `locale` is the page's (Matomo formats numbers in the user's language).
 */
export function matomoBreakdowns(
  doc: Document,
  headline: readonly PageFigure[],
  locale: string | undefined,
): PageBreakdown[] {
  const out: PageBreakdown[] = [];
  for (const report of Array.from(doc.querySelectorAll(REPORT))) {
    const id = report.getAttribute('data-report') ?? '';
    const dimension = REPORTS[id];
    const params = paramsOf(report);
    const metrics = columnsOf(id);
    // A subtable (a row expanded in place) is a slice of one row, not the report.
    if (!dimension || !params || report.closest('.subDataTable, .isComparing, .cellSubDataTable'))
      continue;
    // A minimised dashboard widget keeps its table under `.widgetContent.hidden`.
    if (isHidden(report) || report.closest('.hidden') || !showsTop(params, metrics)) continue;
    const table = Array.from(report.querySelectorAll(TABLE)).find(
      (t) => t.closest(REPORT) === report,
    );
    if (!table) continue;
    const columns = Array.from(table.querySelectorAll(HEADER)).map((th) => th.id);
    const rows = Array.from(table.querySelectorAll('tbody > tr')).filter(
      (tr) => tr.closest(TABLE) === table && !tr.matches(NOT_A_ROW),
    );
    const labelAt = columns.indexOf('label');
    if (labelAt < 0 || !rows.length) continue;
    for (const [column, key] of Object.entries(metrics)) {
      const at = columns.indexOf(column);
      const figure = headline.find((f) => f.key === key);
      if (at < 0 || figure?.unit !== 'count') continue;
      if (out.some((b) => b.dimension === dimension && b.key === key)) continue;
      const read = readColumn(rows, labelAt, at, locale);
      if (read && out.length < MAX_BREAKDOWNS)
        out.push({ dimension, key, unit: 'count', rows: read });
    }
  }
  return out;
}

function readColumn(
  rows: Element[],
  labelAt: number,
  at: number,
  locale: string | undefined,
): BreakdownRow[] | null {
  const out: BreakdownRow[] = [];
  for (const tr of rows.slice(0, MAX_BREAKDOWN_ROWS)) {
    const cells = Array.from(tr.children);
    const label = clipLabel(textOf(cells[labelAt]?.querySelector('span.value')));
    // "-" is how Matomo prints an empty column: zero or not measured, which it does not say.
    const f = parseFigure(textOf(cells[at]?.querySelector('span.value')), locale);
    if (!label || f?.unit !== 'count' || !inBounds(f.value)) return null; // ±1e15: see limits.ts
    out.push({ label, value: f.value, precision: f.precision });
  }
  return out;
}
