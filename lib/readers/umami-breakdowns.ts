/**
 * Umami 3.x's breakdown tables (Pages, Sources, Environment, Location panels of the overview) as
 * evidence for the metric cards (issue 13). Each panel is a react-aria Tabs: the selected tab
 * carries the table's type in `data-key` (`path`, `referrer`, `browser`, … the same in every UI
 * language), and only its tab panel is rendered. The panel's table (ListTable) is a header of two
 * texts — the dimension's title and the metric's label (`labels.visitors` on the overview) — then
 * one row per item: label, value, percentage. The value carries its exact count in `title`, like
 * the metric cards, but both are animated from 0 (react-spring): a table caught mid-animation is
 * not read.
 */
import type { BreakdownDimension, BreakdownRow, PageBreakdown } from './breakdown';
import { MAX_BREAKDOWN_ROWS, MAX_BREAKDOWNS } from './breakdown';
import { textOf } from './dom';
import { umamiShows } from './umami-format';

// The selected tab of a panel's tab list; `data-key` is the MetricsTable type.
const SELECTED_TAB = '[role="tab"][aria-selected="true"][data-key]';
// The panel's rendered table, labelled by its tab.
const TAB_PANEL = '[role="tabpanel"]';

// MetricsTable types on the overview (WebsitePanels.tsx at v3.1.0) and what their rows are.
const DIMENSIONS: Readonly<Record<string, BreakdownDimension>> = {
  path: 'pages',
  entry: 'entry-pages',
  exit: 'exit-pages',
  referrer: 'referrers',
  channel: 'channels',
  browser: 'browsers',
  os: 'os',
  device: 'devices',
  country: 'countries',
  region: 'regions',
  city: 'cities',
  language: 'languages',
};

/** A row's count: the exact `title`, once the animation is over. */
function valueOf(el: Element): number | null {
  const exact = Number(el.getAttribute('title'));
  // Mid-animation the title is a fraction on its way up from 0; a listed item counts at least 1.
  return Number.isInteger(exact) && exact >= 1 && umamiShows(textOf(el), 'count', exact)
    ? exact
    : null;
}

/** The table of one tab panel, or null when any part of it cannot be told for sure. */
function tableOf(panel: Element): { metric: string; rows: BreakdownRow[] } | null {
  // The header: the first element whose two children are both bare texts (title, metric).
  const header = Array.from(panel.querySelectorAll('*')).find(
    (e) =>
      e.children.length === 2 &&
      Array.from(e.children).every((c) => c.children.length === 0 && textOf(c)),
  );
  const body = header?.nextElementSibling;
  if (!header || !body) return null;
  const rows: BreakdownRow[] = [];
  for (const row of Array.from(body.children).slice(0, MAX_BREAKDOWN_ROWS)) {
    const label = textOf(row.children[0]);
    const valueEl = row.children[1]?.querySelector('[title]');
    const value = valueEl ? valueOf(valueEl) : null;
    if (!label || !value) return null;
    rows.push({ label, value, precision: 0 });
  }
  return rows.length > 0 ? { metric: textOf(header.children[1]), rows } : null;
}

/**
 * The breakdown tables of an Umami 3.x overview whose metric column `keyOf` names (a metric card
 * key read from the same page, matched through Umami's own translations).
 */
export function umamiBreakdowns(
  doc: Document,
  keyOf: (label: string) => string | null,
): PageBreakdown[] {
  const out: PageBreakdown[] = [];
  for (const tab of Array.from(doc.querySelectorAll(SELECTED_TAB))) {
    if (out.length >= MAX_BREAKDOWNS) break;
    const dimension = DIMENSIONS[tab.getAttribute('data-key') ?? ''];
    const tabs = tab.closest('[role="tablist"]')?.parentElement;
    const panel = Array.from(tabs?.querySelectorAll(TAB_PANEL) ?? []).find(
      (p) => p.getAttribute('aria-labelledby') === tab.id,
    );
    const table = dimension && panel ? tableOf(panel) : null;
    const key = table && keyOf(table.metric);
    if (dimension && table && key) out.push({ dimension, key, unit: 'count', rows: table.rows });
  }
  return out;
}
