/**
 * Breakdowns from tables that say what they hold only in words (issue 13): GA4's summary cards
 * and Search Console's Performance table, whose markup is generated and was never captured.
 *
 * A table is read only from what it states itself: an HTML table or an ARIA table/grid whose
 * header row names, first, a dimension the reader knows and, after it, metrics the reader knows
 * as headline figures of this page. Anything around the table (a card title "Users by …", a
 * selected tab) is never parsed. Each such metric column gives one breakdown; all its cells must
 * read, in the page's locale and with the dashboard's rounding, as that metric's unit, or the
 * column is skipped. Only additive metrics (counts, money) are read: a share, rate, average or
 * position per row is no part of a headline total. A column sorted ascending (`aria-sort`) shows
 * the bottom rows, not the top, and so does one sorted by its labels: such a table is skipped.
 */
import { inBounds } from '../goals/limits';
import { parseFigure } from '../parse';
import type { BreakdownDimension, BreakdownRow, PageBreakdown } from './breakdown';
import { clipLabel, MAX_BREAKDOWN_ROWS, MAX_BREAKDOWNS } from './breakdown';
import { isHidden, textOf } from './dom';
import { isUnseen, type LabelledMetric } from './labelled';
import type { PageFigure } from './types';

// Tables in any markup: HTML, or ARIA roles as Angular Material tables use them.
export const TABLES = 'table, [role="table"], [role="grid"]';
const ARIA_ROW = '[role="row"]';
const ARIA_HEADER = '[role="columnheader"]';
const ARIA_CELL = '[role="cell"], [role="gridcell"], [role="rowheader"]';

/** What one dashboard's tables may hold. */
export interface HeaderTables {
  /** Lower-cased header text of the first column → dimension. */
  dimensions: Readonly<Record<string, BreakdownDimension>>;
  /** Lower-cased header text of a value column → the headline metric it measures. */
  metrics: ReadonlyMap<string, LabelledMetric>;
  /** Selector of text a person does not see. */
  notShown: string;
}

/** "a|b|c" per dimension → the `dimensions` table of a `HeaderTables`. */
export function dimensionNames(
  table: Partial<Record<BreakdownDimension, string>>,
): Record<string, BreakdownDimension> {
  const out: Record<string, BreakdownDimension> = {};
  for (const [dimension, names] of Object.entries(table))
    for (const n of names.split('|')) out[n] = dimension as BreakdownDimension;
  return out;
}

/** A table as a header row and body rows of cells, from HTML or ARIA markup. */
function gridOf(table: Element): { head: Element[]; body: Element[][] } | null {
  if (table.tagName === 'TABLE') {
    const rows = Array.from(table.querySelectorAll('tr')).filter(
      (tr) => tr.closest('table') === table,
    );
    const cells = (tr: Element) =>
      Array.from(tr.children).filter((c) => c.tagName === 'TH' || c.tagName === 'TD');
    const headAt = rows.findIndex(
      (tr) => tr.closest('thead') || cells(tr).every((c) => c.tagName === 'TH'),
    );
    if (headAt < 0) return null;
    const body = rows.slice(headAt + 1).filter((tr) => !tr.closest('thead, tfoot'));
    return { head: cells(rows[headAt]!), body: body.map(cells) };
  }
  const rows = Array.from(table.querySelectorAll(ARIA_ROW)).filter(
    (r) => r.parentElement?.closest(TABLES) === table,
  );
  const head = rows.find((r) => r.querySelector(ARIA_HEADER));
  if (!head) return null;
  const body = rows.filter((r) => r !== head && r.querySelector(ARIA_CELL));
  return {
    head: Array.from(head.querySelectorAll(ARIA_HEADER)),
    body: body.map((r) => Array.from(r.querySelectorAll(ARIA_CELL))),
  };
}

/** The breakdowns of the tables below `root`; `figures` are the headline figures, keyed without their view. */
export function headerTableBreakdowns(
  root: Element,
  spec: HeaderTables,
  figures: readonly PageFigure[],
  locale: string | undefined,
): PageBreakdown[] {
  const out: PageBreakdown[] = [];
  for (const table of Array.from(root.querySelectorAll(TABLES))) {
    if (isHidden(table) || isUnseen(table, spec.notShown)) continue;
    const grid = gridOf(table);
    const dimension = spec.dimensions[textOf(grid?.head[0]).toLowerCase()];
    if (!grid || !dimension || !grid.body.length) continue;
    // Sorted ascending, or by the labels: the rows shown are not the top ones.
    const sort = grid.head.map((th) => th.getAttribute('aria-sort') ?? 'none');
    if (sort.includes('ascending') || sort[0] !== 'none') continue;
    grid.head.slice(1).forEach((th, i) => {
      const metric = spec.metrics.get(textOf(th).toLowerCase());
      const headline = figures.find((f) => f.key === metric?.key);
      if (!metric || !headline || (metric.unit !== 'count' && metric.unit !== 'currency')) return;
      if (out.some((b) => b.dimension === dimension && b.key === metric.key)) return;
      const rows = readColumn(grid.body, i + 1, headline, locale);
      if (!rows || out.length >= MAX_BREAKDOWNS) return;
      const b: PageBreakdown = { dimension, key: metric.key, unit: metric.unit, rows };
      if (headline.currency) b.currency = headline.currency;
      out.push(b);
    });
  }
  return out;
}

/** The column's top rows, or null when a label is blank or a cell is not the metric's figure. */
function readColumn(
  body: Element[][],
  at: number,
  headline: PageFigure,
  locale: string | undefined,
): BreakdownRow[] | null {
  const out: BreakdownRow[] = [];
  for (const cells of body.slice(0, MAX_BREAKDOWN_ROWS)) {
    const label = clipLabel(textOf(cells[0]));
    const f = parseFigure(textOf(cells[at]), locale);
    // A value Pacer cannot store (beyond ±1e15) would have the background refuse the whole read.
    if (!label || !f || f.unit !== headline.unit || f.currency !== headline.currency) return null;
    if (!inBounds(f.value) || !inBounds(f.precision)) return null;
    out.push({ label, value: f.value, precision: f.precision });
  }
  return out;
}
