/**
 * GA4 summary-card tables as breakdowns (issue 13): "Users by Session default channel group",
 * "Views by Page title and screen class", "Active users by Country" … on Reports snapshot, the
 * overview reports and Home.
 *
 * GA4's card markup was never seen (see ga4.ts), so a table is read only from what it states
 * itself: an HTML table or an ARIA table/grid whose header row names a dimension GA4 uses
 * (first column) and, after it, metrics the reader already knows as headline figures of this
 * page. The card's title ("Users by …") is never parsed: the header row must say it. Each such
 * metric column gives one breakdown; its cells must all read, in the page's locale and with
 * GA4's compact rounding ("5.2K" is 5,150–5,250), as that metric's unit, or the column is skipped.
 * Only additive metrics (counts, money) are read: a share, rate or average per row is no part of
 * a headline total.
 */
import { parseFigure } from '../parse';
import type { BreakdownDimension, BreakdownRow, PageBreakdown } from './breakdown';
import { MAX_BREAKDOWN_ROWS, MAX_BREAKDOWNS } from './breakdown';
import { isHidden, textOf } from './dom';
import { isUnseen, type LabelledMetric } from './labelled';
import type { PageFigure } from './types';

// Tables in any markup: HTML, or ARIA roles as Angular Material tables use them.
const TABLE = 'table, [role="table"], [role="grid"]';
const ARIA_ROW = '[role="row"]';
const ARIA_HEADER = '[role="columnheader"]';
const ARIA_CELL = '[role="cell"], [role="gridcell"], [role="rowheader"]';

/** GA4 dimension names (lower-cased) as card headers show them, in en, de and ko. */
const DIMENSIONS: Record<string, BreakdownDimension> = {};
const add = (dimension: BreakdownDimension, names: string) => {
  for (const n of names.split('|')) DIMENSIONS[n] = dimension;
};
add(
  'channels',
  'session default channel group|first user default channel group|default channel group|session primary channel group|세션 기본 채널 그룹|첫 사용자 기본 채널 그룹|기본 채널 그룹',
);
add(
  'sources',
  'session source|first user source|source|session source / medium|first user source / medium|source / medium|세션 소스|첫 사용자 소스|소스|세션 소스/매체|소스/매체|quelle|sitzungsquelle',
);
add(
  'campaigns',
  'session campaign|first user campaign|campaign|세션 캠페인|첫 사용자 캠페인|캠페인|kampagne',
);
add(
  'pages',
  'page title and screen class|page title and screen name|page title|page path and screen class|page path|페이지 제목 및 화면 클래스|페이지 제목 및 화면 이름|페이지 제목|페이지 경로 및 화면 클래스|seitentitel und bildschirmklasse|seitentitel und bildschirmname|seitentitel|seitenpfad und bildschirmklasse',
);
add('entry-pages', 'landing page|방문 페이지|landingpage|zielseite');
add('countries', 'country|country id|국가|국가 id|land|land-id');
add('regions', 'region|지역');
add('cities', 'city|도시|stadt');
add('languages', 'language|언어|sprache');
add('devices', 'device category|기기 카테고리|gerätekategorie');
add('browsers', 'browser|브라우저');
add('os', 'operating system|운영체제|betriebssystem');
add('events', 'event name|이벤트 이름|ereignisname');
add('products', 'item name|상품 이름|artikelname');

/** A table as a header row and body rows of cells, from HTML or ARIA markup. */
function gridOf(table: Element): { head: Element[]; body: Element[][] } | null {
  const own = (e: Element) => e.parentElement?.closest(TABLE) === table;
  if (table.tagName === 'TABLE') {
    const rows = Array.from(table.querySelectorAll('tr')).filter(
      (tr) => tr.closest('table') === table,
    );
    const cells = (tr: Element) => Array.from(tr.children).filter((c) => /^T[HD]$/.test(c.tagName));
    const headAt = rows.findIndex(
      (tr) => tr.closest('thead') || cells(tr).every((c) => c.tagName === 'TH'),
    );
    if (headAt < 0) return null;
    const body = rows.slice(headAt + 1).filter((tr) => !tr.closest('thead, tfoot'));
    return { head: cells(rows[headAt]!), body: body.map(cells) };
  }
  const rows = Array.from(table.querySelectorAll(ARIA_ROW)).filter(own);
  const head = rows.find((r) => r.querySelector(ARIA_HEADER));
  if (!head) return null;
  const body = rows.filter((r) => r !== head && r.querySelector(ARIA_CELL));
  return {
    head: Array.from(head.querySelectorAll(ARIA_HEADER)),
    body: body.map((r) => Array.from(r.querySelectorAll(ARIA_CELL))),
  };
}

/**
 * The breakdowns of the tables below `root`. `labels` is the reader's label table (metric
 * names → key and unit); `figures` the headline figures read, keyed without their view.
 */
export function ga4Breakdowns(
  root: Element,
  labels: ReadonlyMap<string, LabelledMetric>,
  figures: readonly PageFigure[],
  notShown: string,
  locale: string | undefined,
): PageBreakdown[] {
  const out: PageBreakdown[] = [];
  for (const table of Array.from(root.querySelectorAll(TABLE))) {
    if (isHidden(table) || isUnseen(table, notShown)) continue;
    const grid = gridOf(table);
    const dimension = DIMENSIONS[textOf(grid?.head[0]).toLowerCase()];
    if (!grid || !dimension || !grid.body.length) continue;
    grid.head.slice(1).forEach((th, i) => {
      const metric = labels.get(textOf(th).toLowerCase());
      const headline = figures.find((f) => f.key === metric?.key);
      if (!metric || !headline || (metric.unit !== 'count' && metric.unit !== 'currency')) return;
      if (out.some((b) => b.dimension === dimension && b.key === metric.key)) return;
      const rows = readColumn(grid.body, i + 1, headline, locale);
      if (!rows) return;
      const b: PageBreakdown = { dimension, key: metric.key, unit: metric.unit, rows };
      if (headline.currency) b.currency = headline.currency;
      if (out.length < MAX_BREAKDOWNS) out.push(b);
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
    const label = textOf(cells[0]).slice(0, 200);
    const f = parseFigure(textOf(cells[at]), locale);
    if (!label || !f || f.unit !== headline.unit || f.currency !== headline.currency) return null;
    out.push({ label, value: f.value, precision: f.precision });
  }
  return out;
}
