/**
 * Umami's breakdown tables on the overview (issue 13), read as evidence for the metric cards.
 * Both versions render them with a ListTable: a header of two texts — the dimension's title and
 * the metric's label (`labels.visitors` on the overview) — then one row per item: label, value,
 * percentage. The value carries its exact count in `title`, like the metric cards, but both are
 * animated from 0 (react-spring): a table caught mid-animation is not read. What the rows are is
 * known without reading any UI word:
 * - 3.x (WebsitePanels.tsx): each panel is a react-aria Tabs whose selected tab carries the
 *   table's type in `data-key`; only its tab panel is rendered.
 * - 2.x (WebsiteTableView.tsx): one card per table, CSS-module classes (`ListTable_row__hash`);
 *   each row links to the overview filtered on it (FilterLink: `?browser=chrome`), so the filter
 *   parameter the rows add is the dimension. With `?view=` 2.x shows one expanded table instead,
 *   whose links cannot tell pages from entry or exit pages: not read.
 */
import type { BreakdownDimension, BreakdownRow, PageBreakdown } from './breakdown';
import { clipLabel, MAX_BREAKDOWN_ROWS, MAX_BREAKDOWNS } from './breakdown';
import { textOf } from './dom';
import { umamiShows } from './umami-format';

// 3.x: the selected tab of a panel's tab list; `data-key` is the MetricsTable type.
const SELECTED_TAB = '[role="tab"][aria-selected="true"][data-key]';
// 3.x: the panel's rendered table, labelled by its tab.
const TAB_PANEL = '[role="tabpanel"]';
// 2.x: a ListTable, its metric label and its body of rows.
const TABLE_V2 = '[class*="ListTable_table"]';
const METRIC_V2 = '[class*="ListTable_metric"]';
const BODY_V2 = '[class*="ListTable_body"]';

// 3.x MetricsTable types (WebsitePanels.tsx at v3.1.0) and 2.x filter parameters (FilterLink
// ids at v2.19.0: `url` for pages), and what their rows are.
const DIMENSIONS: Readonly<Record<string, BreakdownDimension>> = {
  path: 'pages',
  url: 'pages',
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

interface Table {
  dimension: BreakdownDimension | undefined;
  metric: string;
  rows: Element[];
}

/** A row's count: the exact `title`, once the animation is over. */
function valueOf(el: Element): number | null {
  const exact = Number(el.getAttribute('title'));
  // Mid-animation the title is a fraction on its way up from 0; a listed item counts at least 1.
  return Number.isInteger(exact) && exact >= 1 && umamiShows(textOf(el), 'count', exact)
    ? exact
    : null;
}

/** Rows of label, value, percentage; null when any row cannot be told for sure. */
function rowsOf(rows: Element[]): BreakdownRow[] | null {
  const out: BreakdownRow[] = [];
  for (const row of rows.slice(0, MAX_BREAKDOWN_ROWS)) {
    const label = clipLabel(textOf(row.children[0]));
    const valueEl = row.children[1]?.querySelector('[title]');
    const value = valueEl ? valueOf(valueEl) : null;
    if (!label || !value) return null;
    out.push({ label, value, precision: 0 });
  }
  return out.length > 0 ? out : null;
}

/** 3.x: the selected tab's table; the header is the first element of two bare texts. */
function v3Table(tab: Element): Table | null {
  const tabs = tab.closest('[role="tablist"]')?.parentElement;
  const panel = Array.from(tabs?.querySelectorAll(TAB_PANEL) ?? []).find(
    (p) => p.getAttribute('aria-labelledby') === tab.id,
  );
  const header = Array.from(panel?.querySelectorAll('*') ?? []).find(
    (e) =>
      e.children.length === 2 &&
      Array.from(e.children).every((c) => c.children.length === 0 && textOf(c)),
  );
  const body = header?.nextElementSibling;
  if (!header || !body) return null;
  return {
    dimension: DIMENSIONS[tab.getAttribute('data-key') ?? ''],
    metric: textOf(header.children[1]),
    rows: Array.from(body.children),
  };
}

/** 2.x: the one filter parameter the rows' links add to the page's own URL. */
function v2Table(table: Element, page: URL): Table {
  const dims = new Set<BreakdownDimension | undefined>();
  for (const a of Array.from(table.querySelectorAll('a[href]'))) {
    const to = new URL(a.getAttribute('href')!, page);
    // External links (the page itself on the site) are not filters.
    if (to.origin !== page.origin || to.pathname !== page.pathname) continue;
    to.searchParams.forEach((v, k) => {
      if (page.searchParams.get(k) !== v) dims.add(DIMENSIONS[k]);
    });
  }
  return {
    dimension: dims.size === 1 ? [...dims][0] : undefined,
    metric: textOf(table.querySelector(METRIC_V2)),
    rows: Array.from(table.querySelector(BODY_V2)?.children ?? []),
  };
}

/**
 * The breakdown tables of an Umami overview whose metric column `keyOf` names (a metric card key
 * read from the same page, matched through Umami's own translations).
 */
export function umamiBreakdowns(
  doc: Document,
  url: URL,
  version: 2 | 3,
  keyOf: (label: string) => string | null,
): PageBreakdown[] {
  const out: PageBreakdown[] = [];
  const tables =
    version === 3
      ? Array.from(doc.querySelectorAll(SELECTED_TAB), v3Table)
      : url.searchParams.has('view')
        ? []
        : Array.from(doc.querySelectorAll(TABLE_V2), (t) => v2Table(t, url));
  for (const table of tables) {
    if (out.length >= MAX_BREAKDOWNS) break;
    const key = table?.dimension && keyOf(table.metric);
    const rows = key ? rowsOf(table.rows) : null;
    if (key && rows) out.push({ dimension: table.dimension!, key, unit: 'count', rows });
  }
  return out;
}

/*
 * Verified against:
 * - REAL CAPTURE test/fixtures/umami/dashboard-30d.en.html (Umami 3.1.0) and its de-DE and ko-KR
 *   twins: Path, Referrers, Browsers and Countries tabs selected, Visitors columns.
 * - Source at v3.1.0 (c78ff36db0c8): app/(main)/websites/[websiteId]/WebsitePanels.tsx,
 *   components/metrics/MetricsTable.tsx, ListTable.tsx (the animated title), lib/filters.ts.
 * - Source at v2.19.0 (no capture; test/readers/umami-v2.ts rebuilds it): WebsiteDetailsPage.tsx
 *   (tables only without `view`), WebsiteTableView.tsx, metrics/*Table.tsx (FilterLink ids),
 *   ListTable.tsx and its CSS module, common/FilterLink.tsx, hooks/useNavigation.ts, lib/url.ts.
 */
