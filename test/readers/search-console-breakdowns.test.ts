// @vitest-environment happy-dom
/**
 * Search Console's Performance table as breakdowns: every tab's first header, only the Clicks
 * and Impressions columns, and tables that must give nothing.
 */
import { reader } from '../../lib/readers/search-console';
import { parseHtml } from './happy-dom';

const URL_ = new URL(
  'https://search.google.com/search-console/performance/search-analytics?resource_id=sc-domain%3Aexample.com',
);
const NOW = new Date('2026-04-01T09:00:00Z');

function page(lang: string, head: string[], rows: string[][]): Document {
  const th = head.map((h) => `<th>${h}</th>`).join('');
  const tr = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
  const cards =
    lang === 'ko'
      ? '<div><div>총 클릭수</div><div>1.2천</div></div><div><div>총 노출수</div><div>4.5만</div></div>'
      : '<div><div>Total clicks</div><div>1.2K</div></div><div><div>Total impressions</div><div>45K</div></div>';
  return parseHtml(
    `<html lang="${lang}"><body><c-wiz>${cards}<table><thead><tr>${th}</tr></thead><tbody>${tr}</tbody></table></c-wiz></body></html>`,
  );
}

describe('search console breakdowns', () => {
  it('Top pages with CTR and Position columns: only clicks and impressions are values', () => {
    const doc = page(
      'en',
      ['Top pages', 'Clicks', 'Impressions', 'CTR', 'Position'],
      [
        ['https://example.com/pricing', '410', '9,870', '4.2%', '3.1'],
        ['https://example.com/', '388', '12,002', '3.2%', '5.4'],
      ],
    );
    const b = reader.read(doc, URL_, NOW)!.breakdowns!;
    expect(b.map((x) => [x.dimension, x.key])).toEqual([
      ['pages', 'total_clicks'],
      ['pages', 'total_impressions'],
    ]);
    expect(b[1]!.rows).toEqual([
      { label: 'https://example.com/pricing', value: 9870, precision: 0.5 },
      { label: 'https://example.com/', value: 12002, precision: 0.5 },
    ]);
  });

  it('Korean Countries tab', () => {
    const doc = page('ko', ['국가', '클릭수', '노출수'], [['대한민국', '812', '2.1만']]);
    expect(reader.read(doc, URL_, NOW)!.breakdowns).toEqual([
      {
        dimension: 'countries',
        key: 'total_clicks',
        unit: 'count',
        rows: [{ label: '대한민국', value: 812, precision: 0.5 }],
      },
      {
        dimension: 'countries',
        key: 'total_impressions',
        unit: 'count',
        rows: [{ label: '대한민국', value: 21000, precision: 500 }],
      },
    ]);
  });

  it('gives nothing for a dates table, a search appearance table, or a position-only table', () => {
    for (const head of [
      ['Dates', 'Clicks'],
      ['Search appearance', 'Clicks'],
      ['Top queries', 'Position'],
    ]) {
      const doc = page('en', head, [['x', '12']]);
      expect(reader.read(doc, URL_, NOW)!.breakdowns, head.join()).toBeUndefined();
    }
  });
});
