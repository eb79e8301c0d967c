// @vitest-environment happy-dom
/**
 * GA4 card tables as breakdowns, beyond the fixtures: the Korean and German UI, the view a
 * filtered report shows, and tables that must give nothing (unknown dimension, a column that is
 * not its metric, a hidden stale card, a figure the page does not show as a headline).
 */
import { reader } from '../../lib/readers/ga4';
import { parseHtml } from './happy-dom';

const HOME = 'https://analytics.google.com/analytics/web/#/p123456/reports/intelligenthome';
const NOW = new Date('2026-04-01T09:00:00Z');

function page(lang: string, headline: [string, string][], tables: string): Document {
  const tabs = headline
    .map(
      ([l, v]) =>
        `<div role="tab" class="metric-tab"><div class="metric-name"><span>${l}</span></div><div class="metric-value"><span>${v}</span></div></div>`,
    )
    .join('');
  return parseHtml(
    `<html lang="${lang}"><body><main><ga-card><div role="tablist">${tabs}</div></ga-card>${tables}</main></body></html>`,
  );
}

function table(head: string[], rows: string[][], attrs = ''): string {
  const th = head.map((h) => `<th>${h}</th>`).join('');
  const tr = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
  return `<ga-card class="table-card"${attrs}><table><thead><tr>${th}</tr></thead><tbody>${tr}</tbody></table></ga-card>`;
}

const read = (doc: Document, url = HOME) => reader.read(doc, new URL(url), NOW);

describe('ga4 breakdowns', () => {
  it('Korean UI: 국가 / 활성 사용자 with 만 abbreviations', () => {
    const doc = page(
      'ko',
      [['활성 사용자', '1.2만']],
      table(
        ['국가', '활성 사용자'],
        [
          ['대한민국', '8,120'],
          ['미국', '1.1천'],
        ],
      ),
    );
    expect(read(doc)?.breakdowns).toEqual([
      {
        dimension: 'countries',
        key: 'active_users',
        unit: 'count',
        rows: [
          { label: '대한민국', value: 8120, precision: 0.5 },
          { label: '미국', value: 1100, precision: 50 },
        ],
      },
    ]);
  });

  it('German UI: Seitentitel und Bildschirmklasse / Aufrufe, "1,2 Tsd." notation', () => {
    const doc = page(
      'de',
      [['Aufrufe', '9876']],
      table(
        ['Seitentitel und Bildschirmklasse', 'Aufrufe'],
        [
          ['Preise', '1.234'],
          ['Start', '987'],
        ],
      ),
    );
    const [b] = read(doc)!.breakdowns!;
    expect(b).toMatchObject({ dimension: 'pages', key: 'views' });
    expect(b!.rows.map((r) => [r.label, r.value])).toEqual([
      ['Preise', 1234],
      ['Start', 987],
    ]);
  });

  it('money keeps its currency; the key has no view even when the report is filtered', () => {
    const filtered = `${HOME}?params=_r..dataFilters%3D%5B%7B%22fieldName%22%3A%22country%22%2C%22evaluationType%22%3A1%2C%22expressionList%22%3A%5B%22Germany%22%5D%7D%5D`;
    const doc = page(
      'en',
      [['Total revenue', '$4,321.09']],
      table(
        ['Device category', 'Total revenue'],
        [
          ['desktop', '$3,001.50'],
          ['mobile', '$1,319.59'],
        ],
      ),
    );
    const r = read(doc, filtered)!;
    expect(r.view).toBeTruthy();
    expect(r.figures[0]!.key).not.toBe('total_revenue');
    expect(r.breakdowns).toEqual([
      {
        dimension: 'devices',
        key: 'total_revenue',
        unit: 'currency',
        currency: 'USD',
        rows: [
          { label: 'desktop', value: 3001.5, precision: 0.005 },
          { label: 'mobile', value: 1319.59, precision: 0.005 },
        ],
      },
    ]);
  });

  it('a table header is never read as a headline figure', () => {
    const doc = page('en', [['Users', '18K']], table(['Country', 'Sessions'], [['Korea', '2.1K']]));
    expect(read(doc)!.figures.map((f) => f.key)).toEqual(['users']);
    expect(read(doc)!.breakdowns).toBeUndefined();
  });

  it('gives nothing for tables it cannot tell', () => {
    const headline: [string, string][] = [['Users', '18K']];
    const cases = {
      'unknown dimension': table(['Audience name', 'Users'], [['All Users', '18K']]),
      'dimension not first': table(['Users', 'Country'], [['18K', 'Korea']]),
      'a share, not the count': table(['Country', 'Users'], [['Korea', '12.5%']]),
      'a value beyond what Pacer stores': table(
        ['Country', 'Users'],
        [['Korea', '9,000,000,000,000,000']],
      ),
      'a blank label': table(['Country', 'Users'], [['', '1K']]),
      'a hidden stale card': table(
        ['Country', 'Users'],
        [['Korea', '1K']],
        ' style="display: none"',
      ),
      'no header row':
        '<table><tbody><tr><td>Country</td><td>Users</td></tr><tr><td>Korea</td><td>1K</td></tr></tbody></table>',
      'a rate column': table(['Country', 'Engagement rate'], [['Korea', '61%']]),
      'sorted ascending': table(['Country', 'Users'], [['Korea', '1K']]).replace(
        '<th>Users',
        '<th aria-sort="ascending">Users',
      ),
      'sorted by its labels': table(['Country', 'Users'], [['Korea', '1K']]).replace(
        '<th>Country',
        '<th aria-sort="descending">Country',
      ),
    };
    for (const [name, html] of Object.entries(cases)) {
      expect(read(page('en', headline, html))?.breakdowns, name).toBeUndefined();
    }
  });

  it('a table sorted descending by a metric is read', () => {
    const html = table(['Country', 'Users'], [['Korea', '1K']]).replace(
      '<th>Users',
      '<th aria-sort="descending">Users',
    );
    expect(read(page('en', [['Users', '18K']], html))?.breakdowns).toHaveLength(1);
  });

  it('keeps the first table of a dimension and metric, and at most 10 rows in order', () => {
    const rows = Array.from({ length: 14 }, (_, i) => [`Country ${i}`, String(900 - i)]);
    const doc = page(
      'en',
      [['Users', '18K']],
      table(['Country', 'Users'], rows) + table(['Country', 'Users'], [['Other', '5']]),
    );
    const b = read(doc)!.breakdowns!;
    expect(b).toHaveLength(1);
    expect(b[0]!.rows.map((r) => r.label)).toEqual(rows.slice(0, 10).map((r) => r[0]));
  });
});
