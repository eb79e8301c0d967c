// @vitest-environment happy-dom
/**
 * GoAccess panel tables as breakdowns, in the row markup of GoAccess 1.11 (resources/tpls.html
 * `tpl-table-row`: class `parentshaded level-0`, a placeholder caret cell, empty ranks on
 * expanded sub-rows). The real 1.7 report is covered by its fixture (report-14d.en).
 */
import { goaccessBreakdowns } from '../../lib/readers/goaccess-breakdowns';
import type { PageFigure } from '../../lib/readers/types';
import { parseHtml } from './happy-dom';

const HEADLINE: PageFigure[] = [
  {
    key: 'valid_requests',
    label: 'Valid Requests',
    value: 9000,
    unit: 'count',
    precision: 0.5,
    text: '9,000',
  },
  {
    key: 'unique_visitors',
    label: 'Unique Visitors',
    value: 2000,
    unit: 'count',
    precision: 0.5,
    text: '2,000',
  },
];

type Row = [rank: string, hits: string, visitors: string, label: string, child?: boolean];

function panel(id: string, rows: Row[], sort = 'data-key="hits" data-order="desc"'): string {
  const body = rows
    .map(
      ([rank, hits, visitors, label, child]) =>
        `<tr class="${child ? 'child' : 'parent'}shaded level-${child ? 1 : 0}" data-panel="${id}" data-level="${child ? 1 : 0}">` +
        `<td class="row-expandable text-center"><i></i></td><td class="row-idx text-right">${rank}</td>` +
        `<td class="text-right"><span class="value">${hits}</span><span class="percent"> (10.00%)</span></td>` +
        `<td class="text-right"><span class="value">${visitors}</span><span class="percent"> (5.00%)</span></td>` +
        `<td class="trunc"><span class="value">${label}</span></td></tr>`,
    )
    .join('');
  const hitsTh = sort.includes('"hits"') ? sort : 'data-key="hits"';
  const visTh = sort.includes('"visitors"') ? sort : 'data-key="visitors"';
  const dataTh = sort.includes('"data"') ? sort : 'data-key="data"';
  return (
    `<table data-panel="${id}" class="table table-${id}"><thead><tr class="thead-cols"><th></th><th>#</th>` +
    `<th class="numeric sortable" ${hitsTh}>Treffer</th><th class="numeric sortable" ${visTh}>Besucher</th>` +
    `<th class="string sortable" ${dataTh}>Daten</th></tr>` +
    `<tr class="thead-min"><th></th><th class="meta-label">min.</th><th><span>1 <span class="text-muted">(0.01%)</span></span></th><th></th><th></th></tr></thead>` +
    `<tbody class="tbody-data">${body}</tbody>` +
    `<tfoot class="tfoot-totals"><tr><td></td><td class="meta-label">Tot.</td><td><span>9.000</span></td><td><span>2.000</span></td><td><span>3</span></td></tr></tfoot></table>`
  );
}

const read = (html: string, figures = HEADLINE, viewer = 'de-DE') =>
  goaccessBreakdowns(parseHtml(`<html><body>${html}</body></html>`), figures, viewer);

const BROWSERS: Row[] = [
  ['1', '4.120', '1.010', 'Chrome'],
  ['', '3.900', '950', 'Chrome 124', true],
  ['2', '2.345', '612', 'Firefox'],
  ['3', '17', '9', 'Safari'],
];

describe('goaccess breakdowns', () => {
  it('reads hits and visitors of top-level rows by ids, in the viewer locale', () => {
    expect(read(panel('browsers', BROWSERS))).toEqual([
      {
        dimension: 'browsers',
        key: 'valid_requests',
        unit: 'count',
        rows: [
          { label: 'Chrome', value: 4120, precision: 0.5 },
          { label: 'Firefox', value: 2345, precision: 0.5 },
          { label: 'Safari', value: 17, precision: 0.5 },
        ],
      },
      {
        dimension: 'browsers',
        key: 'unique_visitors',
        unit: 'count',
        rows: [
          { label: 'Chrome', value: 1010, precision: 0.5 },
          { label: 'Firefox', value: 612, precision: 0.5 },
          { label: 'Safari', value: 9, precision: 0.5 },
        ],
      },
    ]);
  });

  it('maps panel ids to dimensions and skips panels it does not know', () => {
    const rows: Row[] = [['1', '10', '5', 'x']];
    const dims = read(
      ['requests', 'referring_sites', 'os', 'hosts', 'geolocation', 'keyphrases', 'status_codes']
        .map((id) => panel(id, rows))
        .join(''),
    ).map((b) => b.dimension);
    expect([...new Set(dims)]).toEqual(['pages', 'referrers', 'os', 'queries']);
  });

  it('keeps at most 10 rows, in the order shown', () => {
    const rows: Row[] = Array.from({ length: 12 }, (_, i) => [
      String(i + 1),
      String(100 - i),
      '1',
      `/p${i}`,
    ]);
    const [hits] = read(panel('requests', rows));
    expect(hits?.rows.map((r) => r.label)).toEqual(rows.slice(0, 10).map((r) => r[3]));
  });

  it('a later page, an ascending or non-metric sort, or no sort gives no breakdown', () => {
    expect(read(panel('os', [['8', '10', '5', 'Linux']]))).toEqual([]);
    expect(read(panel('os', BROWSERS, 'data-key="hits" data-order="asc"')), 'asc').toEqual([]);
    expect(read(panel('os', BROWSERS, 'data-key="data" data-order="desc"')), 'by name').toEqual([]);
    expect(read(panel('os', BROWSERS, '')), 'unsorted').toEqual([]);
    expect(read(panel('os', BROWSERS, 'data-key="visitors" data-order="desc"'))).toHaveLength(2);
  });

  it('only columns whose headline figure the read has; an unreadable row skips the table', () => {
    expect(read(panel('os', BROWSERS), [HEADLINE[1]!]).map((b) => b.key)).toEqual([
      'unique_visitors',
    ]);
    expect(read(panel('os', BROWSERS), [])).toEqual([]);
    const huge: Row[] = [
      ['1', '10', '5', 'Linux'],
      ['2', '9.000.000.000.000.000', '4', 'iOS'],
    ];
    expect(
      read(panel('os', huge)).map((b) => b.key),
      'beyond ±1e15',
    ).toEqual(['unique_visitors']);
    const broken: Row[] = [
      ['1', '10', '5', 'Linux'],
      ['2', '—', '4', 'iOS'],
    ];
    expect(read(panel('os', broken)).map((b) => b.key)).toEqual(['unique_visitors']);
  });

  it('a panel with no data gives no breakdown', () => {
    const empty = panel('os', []).replace(
      '<tbody class="tbody-data">',
      '<tbody class="tbody-data"><tr><td class="row-idx text-right"></td><td class="text-center" colspan="3"><span class="value">No data on this panel.</span></td></tr>',
    );
    expect(read(empty)).toEqual([]);
  });
});
