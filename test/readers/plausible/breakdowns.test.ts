// @vitest-environment happy-dom
/**
 * Issue 13: Plausible v3's breakdown tables read as evidence beside the top stats. The real
 * captures are checked against what the page itself says elsewhere (each row's share of the
 * visitors, and the fake API's totals); the report markup below is the capture's, cut down.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PageRead } from '../../../lib/messaging/schemas';
import { readPage } from '../../support/read-page';
import { MAX_BREAKDOWN_ROWS, type PageBreakdown } from '../../../lib/readers/breakdown';
import { FIXTURES } from '../fixture-cases';
import { parseHtml } from '../happy-dom';
import { shortFormat } from './short-format';

const NOW = new Date('2026-11-30T07:51:01Z');

function capture(name: string): Document {
  return parseHtml(readFileSync(join(FIXTURES, `plausible/${name}.en.html`), 'utf8'));
}

/** Each row's "Visitors" share as the page shows it beside the count (hover), in page order. */
function shares(doc: Document, report: string): number[] {
  return Array.from(
    doc.querySelectorAll(`[data-testid="report-${report}"] [data-testid="report-row"]`),
  ).map((row) => parseFloat(row.querySelectorAll('[data-testid="metric-value"]')[1]!.textContent!));
}

/** The row's true count lies in value ± precision, and agrees with its share of `total`. */
function expectConsistent(b: PageBreakdown, share: number[], total: number) {
  expect(b.rows.length).toBe(share.length);
  b.rows.forEach((r, i) => {
    // The share is rounded to 0.1 %: the count it implies is known within 0.05 % of the total.
    const implied = (share[i]! / 100) * total;
    expect(Math.abs(implied - r.value)).toBeLessThanOrEqual(r.precision + 0.0005 * total + 1);
  });
}

describe('Plausible breakdowns on real captures', () => {
  it('v3-sources-a: Sources and Top pages, the visible tabs; Locations shows its map: none', () => {
    const doc = capture('v3-sources-a');
    const read = readPage(doc, new URL('http://127.0.0.1:8912/shop.example?period=28d'), {
      now: NOW,
    })!;
    const [sources, pages] = read.breakdowns!;
    expect(read.breakdowns!.map((b) => [b.dimension, b.key, b.unit])).toEqual([
      ['sources', 'visitors', 'count'],
      ['pages', 'visitors', 'count'],
    ]);
    expect(sources!.rows.map((r) => r.label)).toEqual([
      'Google',
      'Direct / None',
      'Bing',
      'DuckDuckGo',
      'Hacker News',
    ]);
    expect(pages!.rows.map((r) => r.label)).toEqual(['/', '/pricing', '/blog/launch', '/features']);
    // The fake API served Google 4,612 ("4.6k") of 12,380 visitors.
    expect(Math.abs(sources!.rows[0]!.value - 4612)).toBeLessThanOrEqual(
      sources!.rows[0]!.precision,
    );
    expectConsistent(sources!, shares(doc, 'sources'), 12380);
    expectConsistent(pages!, shares(doc, 'pages'), 12380);
    // Breakdowns are not figures: the top stats are all the figures there are.
    expect(read.figures.map((f) => f.key)).toEqual([
      'visitors',
      'visits',
      'pageviews',
      'views_per_visit',
      'bounce_rate',
      'visit_duration',
    ]);
  });

  it('v3-sources-b: the re-ranked Sources with the added row, of 98,420 visitors', () => {
    const doc = capture('v3-sources-b');
    const read = readPage(doc, new URL('http://127.0.0.1:8912/shop.example?period=12mo'), {
      now: NOW,
    })!;
    const [sources, pages] = read.breakdowns!;
    expect(sources!.rows.map((r) => [r.label, r.value, r.precision])).toEqual([
      ['Direct / None', 40050, 50],
      ['Bing', 9850, 50],
      ['Google', 8950, 50],
      ['Newsletter', 2150, 50],
      ['DuckDuckGo', 1150, 50],
      ['Hacker News', 705, 0],
    ]);
    expectConsistent(sources!, shares(doc, 'sources'), 98420);
    expectConsistent(pages!, shares(doc, 'pages'), 98420);
    expect(PageRead.safeParse(read).success).toBe(true);
  });

  it('pages without rows (loading reports) have no breakdowns', () => {
    const doc = capture('v3-28d-newyork');
    const read = readPage(doc, new URL('http://127.0.0.1:8912/shop.example?period=28d'), {
      now: NOW,
    });
    expect(read?.figures.length).toBeGreaterThan(0);
    expect(read?.breakdowns).toBeUndefined();
  });
});

// --- The report markup of the capture, cut down -------------------------------------------

const TILES =
  '<div id="top-stats-container"><div><div>Unique visitors</div><div><p id="visitors">12.3k</p></div></div></div>';

function row(label: string, cells: string[]): string {
  const values = cells
    .map(
      (c) =>
        `<div class="w-32"><div><div><span data-testid="metric-value">${c}</span></div></div></div>`,
    )
    .join('');
  return `<div><div data-testid="report-row"><div><div><a data-testid="dimension-value"><span>${label}</span></a></div></div>${values}</div></div>`;
}

function report(id: string, headers: string[], rows: [string, ...string[]][]): string {
  const head = headers.map((h) => `<div data-testid="report-header">${h}</div>`).join('');
  const body = rows.map(([label, ...cells]) => row(label, cells)).join('');
  return `<div data-testid="report-${id}"><div><div>${head}</div><div class="group/report">${body}</div></div><div data-testid="report-end"></div></div>`;
}

function page(reports: string, tiles = TILES): Document {
  return parseHtml(
    `<html lang="en"><body><div id="stats-react-container" data-domain="example.com" data-offset="0" data-segments="[]">${tiles}${reports}</div></body></html>`,
  );
}

const breakdowns = (doc: Document, q = '?period=28d') =>
  readPage(doc, new URL(`https://plausible.io/example.com${q}`), { now: NOW })?.breakdowns;

describe('Plausible breakdowns: what is read and what is not', () => {
  it('reads each report by its dimension header, drill-downs included', () => {
    const doc = page(
      report('sources', ['Referrer', 'Visitors'], [['news.example/a', '1.2k']]) +
        report('locations', ['Region', 'Visitors'], [['🇩🇪 Bavaria', '312']]) +
        report('devices', ['Operating system', 'Visitors'], [['Mac', '99']]),
    );
    expect(breakdowns(doc)).toEqual([
      {
        dimension: 'referrers',
        key: 'visitors',
        unit: 'count',
        rows: [{ label: 'news.example/a', value: 1250, precision: 50 }],
      },
      {
        dimension: 'regions',
        key: 'visitors',
        unit: 'count',
        rows: [{ label: 'Bavaria', value: 312, precision: 0 }],
      },
      {
        dimension: 'os',
        key: 'visitors',
        unit: 'count',
        rows: [{ label: 'Mac', value: 99, precision: 0 }],
      },
    ]);
  });

  it('reads the goal-filtered "Conversions" column as the visitors it counts, not the CR', () => {
    const doc = page(
      report(
        'pages',
        ['Page', 'Conversions', 'CR'],
        [
          ['/pricing', '45', '3.1%'],
          ['/', '12', '0.4%'],
        ],
      ),
    );
    const [b] = breakdowns(doc, '?period=28d&f=is,goal,Signup')!;
    expect(b).toMatchObject({ dimension: 'pages', key: 'visitors' });
    expect(b!.rows.map((r) => r.value)).toEqual([45, 12]);
  });

  it.each([
    ['an unknown dimension', report('sources', ['UTM medium', 'Visitors'], [['email', '40']])],
    ['a version drill-down', report('devices', ['Browser version', 'Visitors'], [['120.0', '40']])],
    ['pages with their hostname', report('pages', ['URL', 'Visitors'], [['a.example/', '40']])],
    [
      'a goals report',
      report('behaviours', ['Goal', 'Uniques', 'Total', 'CR'], [['Signup', '4', '5', '1%']]),
    ],
    ['only a percentage column', report('sources', ['Source', '%'], [['Google', '37.3%']])],
    [
      'realtime’s current visitors',
      report('sources', ['Source', 'Current visitors'], [['Google', '4']]),
    ],
    [
      'a row the formatter cannot have written',
      report(
        'sources',
        ['Source', 'Visitors'],
        [
          ['Google', '4.6k'],
          ['Bing', '1,234'],
        ],
      ),
    ],
    ['a row without its label', report('sources', ['Source', 'Visitors'], [['', '40']])],
  ])('skips %s', (_what, html) => {
    expect(breakdowns(page(html))).toBeUndefined();
  });

  it('skips a column whose top stat the page does not show', () => {
    const tiles =
      '<div id="top-stats-container"><div><div>Total pageviews</div><div><p id="pageviews">41k</p></div></div></div>';
    expect(
      breakdowns(page(report('sources', ['Source', 'Visitors'], [['Google', '40']]), tiles)),
    ).toBeUndefined();
  });

  it('reads nothing on the realtime dashboard, which has no period to compare', () => {
    const doc = page(report('sources', ['Source', 'Visitors'], [['Google', '40']]));
    expect(breakdowns(doc, '?period=realtime')).toBeUndefined();
  });

  it(`keeps the first ${MAX_BREAKDOWN_ROWS} rows, in the order shown`, () => {
    const rows = Array.from({ length: 14 }, (_, i): [string, string] => [
      `/p${i}`,
      String(100 - i),
    ]);
    const [b] = breakdowns(page(report('pages', ['Page', 'Visitors'], rows)))!;
    expect(b!.rows.map((r) => r.label)).toEqual(rows.slice(0, MAX_BREAKDOWN_ROWS).map((r) => r[0]));
  });

  it('a comparison arrow beside the count is not part of it (change-arrow.tsx, hideNumber)', () => {
    const arrow =
      '<span class="inline-block pl-1 w-4" data-testid="change-arrow"><span class="text-green-500 font-bold">↑</span></span>';
    const html = report('sources', ['Source', 'Visitors'], [['Google', `4.6k${arrow}`]]);
    expect(breakdowns(page(html))![0]!.rows[0]).toEqual({
      label: 'Google',
      value: 4650,
      precision: 50,
    });
  });

  it('any count, as the dashboard shows it, is read back within its precision', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2e9 }), (n) => {
        const doc = page(report('sources', ['Source', 'Visitors'], [['Google', shortFormat(n)]]));
        const r = breakdowns(doc)![0]!.rows[0]!;
        expect(Math.abs(r.value - n)).toBeLessThanOrEqual(r.precision);
      }),
      { numRuns: 200 },
    );
  });
});
