// @vitest-environment happy-dom
/**
 * Matomo report tables beyond the fixtures: the keys under a segment, what makes a table's rows
 * not its top rows, an expanded row's subtable, and cells that are not a count.
 */
import { readPage } from '../support/read-page';
import { parseHtml } from './happy-dom';

const NOW = new Date('2024-06-02T09:00:00Z');
const URL_ =
  'https://stats.example.org/index.php?module=CoreHome&action=index&idSite=1&period=month&date=2024-05-10';

const SPARKLINE =
  '<div class="sparkline"><img data-src="index.php?columns=nb_visits%2Cnb_uniq_visitors"><span class="sparkline-metrics"><strong>1,000</strong> visits, </span><span class="sparkline-metrics"><strong>800</strong> unique visitors</span></div>';

function report(
  id: string,
  rows: string[][],
  params: Record<string, unknown> = {},
  columns = ['label', 'nb_visits'],
  extraRows = '',
): string {
  const head = columns.map((c) => `<th id="${c}"><div class="thDIV">${c}</div></th>`).join('');
  const body = rows
    .map(
      (r) =>
        `<tr>${r
          .map((v, i) =>
            i === 0
              ? `<td class="label first"><span class="label"><span class="value">${v}</span></span></td>`
              : `<td class="column"><span class="ratio" title="share">&nbsp;12.5% </span><span class="value">${v}</span></td>`,
          )
          .join('')}</tr>`,
    )
    .join('');
  const p = JSON.stringify(params).replace(/"/g, '&quot;');
  return `<div class="dataTable" data-report="${id}" data-params="${p}"><table class="dataTable"><thead><tr>${head}</tr></thead><tbody>${body}${extraRows}</tbody></table></div>`;
}

const read = (tables: string, url = URL_) =>
  readPage(parseHtml(`<html lang="en"><body>${SPARKLINE}${tables}</body></html>`), new URL(url), {
    now: NOW,
  });

const COUNTRIES = [
  ['United States', '600'],
  ['Germany', '400'],
];

describe('matomo breakdowns', () => {
  it('reads a report by its id and column ids, never the share beside the value', () => {
    expect(read(report('UserCountry.getCountry', COUNTRIES))?.breakdowns).toEqual([
      {
        dimension: 'countries',
        key: 'visits',
        unit: 'count',
        rows: [
          { label: 'United States', value: 600, precision: 0.5 },
          { label: 'Germany', value: 400, precision: 0.5 },
        ],
      },
    ]);
  });

  it('under a segment the figures carry the view and the breakdown key does not', () => {
    const r = read(
      report('UserCountry.getCountry', COUNTRIES),
      `${URL_}#?idSite=1&segment=deviceType%3D%3Dsmartphone`,
    )!;
    expect(r.view).toBeTruthy();
    expect(r.figures[0]!.key).not.toBe('visits');
    expect(r.breakdowns?.[0]).toMatchObject({ dimension: 'countries', key: 'visits' });
  });

  it('an expanded row’s subtable is neither a row nor a report of its own', () => {
    const sub = `<tr class="subDataTableContainer"><td colspan="2" class="cellSubDataTable">${report('Referrers.getWebsites', [['example.org', '9']])}</td></tr>`;
    const b = read(
      report(
        'Referrers.getReferrerType',
        [
          ['Websites', '300'],
          ['Direct Entry', '200'],
        ],
        {},
        ['label', 'nb_visits'],
        sub,
      ),
    )!.breakdowns!;
    expect(b).toHaveLength(1);
    expect(b[0]!.rows.map((r) => r.label)).toEqual(['Websites', 'Direct Entry']);
  });

  it('gives nothing for tables whose rows are not the top, or not the headline metric', () => {
    const cases: Record<string, string> = {
      'a later page': report('UserCountry.getCountry', COUNTRIES, { filter_offset: 10 }),
      searched: report('UserCountry.getCountry', COUNTRIES, { filter_pattern: 'a' }),
      ascending: report('UserCountry.getCountry', COUNTRIES, { filter_sort_order: 'asc' }),
      'sorted by a rate': report('UserCountry.getCountry', COUNTRIES, {
        filter_sort_column: 'bounce_rate',
      }),
      'unknown report': report('VisitorInterest.getNumberOfVisitsPerVisitDuration', COUNTRIES),
      'no headline for the column': report('UserCountry.getCountry', COUNTRIES, {}, [
        'label',
        'nb_actions',
      ]),
      'an empty cell ("-")': report('UserCountry.getCountry', [
        ['United States', '600'],
        ['Germany', '-'],
      ]),
      'unreadable params': report('UserCountry.getCountry', COUNTRIES).replace(
        /data-params="[^"]*"/,
        'data-params="{oops"',
      ),
      minimised: `<div class="widgetContent hidden">${report('UserCountry.getCountry', COUNTRIES)}</div>`,
    };
    for (const [name, html] of Object.entries(cases)) {
      expect(read(html)?.breakdowns, name).toBeUndefined();
    }
  });
});
