/**
 * GoAccess panels as breakdowns (issue 13): the rendered table of each panel
 * (`<table data-panel="requests">`), read by GoAccess's own ids, never by the panel's words, so
 * every report language reads the same. Only the rendered markup is read, never the report's
 * JSON blob: what the person sees is what is read.
 *
 * - A panel id maps to a dimension; a column's `data-key` (`hits`, `visitors`) to the headline
 *   figure it measures: a panel's hits are valid requests (each panel's totals row sums to
 *   "Valid Requests"), its visitors the same day/IP/agent unique visitors as "Unique Visitors".
 *   A table yields one breakdown per such column whose headline figure this read has.
 * - Rows are the top-level rows with a rank (`td.row-idx`); expanded sub-rows (versions under a
 *   browser, cities under a country) have none. The first row must be rank 1 (not a later
 *   page) and the table sorted descending by hits or visitors, or its rows are not the top.
 * - The geolocation panel is left out: its top-level rows are continents, countries are only
 *   sub-rows (src/gholder.c: Continent > Country > City), and there is no continents dimension.
 */
import { inBounds } from '../goals/limits';
import { parseFigure } from '../parse';
import type { BreakdownDimension, BreakdownRow, PageBreakdown } from './breakdown';
import { clipLabel, MAX_BREAKDOWN_ROWS } from './breakdown';
import { isHidden, textOf } from './dom';
import type { PageFigure } from './types';

// A panel's table; `data-panel` is GoAccess's panel id.
const TABLE = 'table[data-panel]';
// Its data column headers (`data-key`: hits, visitors, bytes, data …), sort in `data-order`.
const HEADER = 'thead tr.thead-cols th[data-key]';
// Data rows (not the min/max/avg meta rows in thead nor the totals in tfoot).
const ROW = 'tbody.tbody-data tr';
// A row's rank, empty on expanded sub-rows.
const RANK = 'td.row-idx';
// The shown value of a cell; its `.percent` sibling is a share, never the value.
const VALUE = 'span.value';

const PANELS: Record<string, BreakdownDimension> = {
  requests: 'pages',
  referring_sites: 'referrers',
  os: 'os',
  browsers: 'browsers',
  // Search keyphrases GoAccess takes from search engines' referrer URLs.
  keyphrases: 'queries',
};
const COLUMNS: Record<string, string> = { hits: 'valid_requests', visitors: 'unique_visitors' };

/** The breakdowns of a rendered report whose headline figures are `figures`. */
export function goaccessBreakdowns(
  doc: Document,
  figures: readonly PageFigure[],
  viewer: string | undefined,
): PageBreakdown[] {
  const out: PageBreakdown[] = [];
  for (const table of Array.from(doc.querySelectorAll(TABLE))) {
    const dimension = PANELS[table.getAttribute('data-panel') ?? ''];
    if (!dimension || isHidden(table)) continue;
    const headers = Array.from(table.querySelectorAll(HEADER));
    const keys = headers.map((th) => th.getAttribute('data-key') ?? '');
    const sorted = headers.find((th) => th.hasAttribute('data-order'));
    const sortKey = sorted?.getAttribute('data-key') ?? '';
    if (!sorted || sorted.getAttribute('data-order') !== 'desc' || !COLUMNS[sortKey]) continue;
    const labelAt = keys.indexOf('data');
    const rows = topRows(table);
    if (labelAt < 0 || !rows.length) continue;
    for (const [column, key] of Object.entries(COLUMNS)) {
      const at = keys.indexOf(column);
      const unit = figures.find((f) => f.key === key)?.unit;
      if (at < 0 || unit !== 'count') continue;
      const read = readRows(rows, at, labelAt, viewer);
      if (read) out.push({ dimension, key, unit, rows: read });
    }
  }
  return out;
}

/**
 * The ranked rows from rank 1 on, as their data cells: those after the rank, which line up with
 * the headers that have a `data-key` (an expand caret column, when present, comes first in both).
 */
function topRows(table: Element): Element[][] {
  const out: Element[][] = [];
  for (const tr of Array.from(table.querySelectorAll(ROW))) {
    const rank = tr.querySelector(RANK);
    if (!rank || !textOf(rank)) continue; // a sub-row or the "No data" row
    if (textOf(rank) !== String(out.length + 1)) return out.length ? out : [];
    const cells = Array.from(tr.children);
    out.push(cells.slice(cells.indexOf(rank) + 1));
    if (out.length === MAX_BREAKDOWN_ROWS) break;
  }
  return out;
}

function readRows(
  rows: Element[][],
  at: number,
  labelAt: number,
  viewer: string | undefined,
): BreakdownRow[] | null {
  const out: BreakdownRow[] = [];
  for (const cells of rows) {
    const label = clipLabel(textOf(cells[labelAt]?.querySelector(VALUE)));
    const f = parseFigure(textOf(cells[at]?.querySelector(VALUE)), viewer);
    // One unreadable row would leave a gap that reads as a drop: the table is skipped.
    if (!label || f?.unit !== 'count' || !inBounds(f.value)) return null; // ±1e15: see limits.ts
    out.push({ label, value: f.value, precision: f.precision });
  }
  return out;
}
