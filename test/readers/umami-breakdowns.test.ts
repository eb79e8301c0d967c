// @vitest-environment happy-dom
/**
 * Issue 13: Umami 3.x's overview tables read as evidence beside the metric cards, in every UI
 * language (the real 3.1 capture in English and its German and Korean twins). Values are checked
 * against what else the page shows: the percentage column (each row's share of the rows listed,
 * Umami's percentFilter) and the Visitors card (every visitor has exactly one browser).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readUmami } from '../../lib/readers/umami';
import { FIXTURES } from './fixture-cases';
import { parseHtml } from './happy-dom';

const NOW = new Date('2026-11-27T12:00:00Z');
const SITE = 'http://127.0.0.1:3000/websites/756bbf38-42a5-4b11-b3b2-b16527e8b530';
const html = (lang: string) =>
  readFileSync(join(FIXTURES, `umami/dashboard-30d.${lang}.html`), 'utf8');

function read(source: string, url = `${SITE}?date=30day`) {
  return readUmami(parseHtml(source), new URL(url), NOW, 'UTC');
}

/** The percentages the page shows in each rendered table, in order. */
function shownShares(source: string): number[][] {
  const doc = parseHtml(source);
  return Array.from(doc.querySelectorAll('[role="tabpanel"]')).map((panel) =>
    Array.from(panel.querySelectorAll('.text-foreground-muted > div')).map((d) =>
      parseInt(d.textContent!, 10),
    ),
  );
}

describe('Umami 3.1 breakdowns on the real capture', () => {
  it.each(['en', 'de', 'ko'])('%s: the four visible tabs, the same in every language', (lang) => {
    const r = read(html(lang))!;
    expect(r.breakdowns!.map((b) => [b.dimension, b.key, b.unit, b.rows.length])).toEqual([
      ['pages', 'visitors', 'count', 10],
      ['referrers', 'visitors', 'count', 10],
      ['browsers', 'visitors', 'count', 6],
      ['countries', 'visitors', 'count', 10],
    ]);
    expect(r.breakdowns).toEqual(read(html('en'))!.breakdowns);
    // Not figures: the cards stay the only figures.
    expect(r.figures).toHaveLength(5);
  });

  it('labels as shown, exact counts that the shares and the Visitors card agree with', () => {
    const source = html('en');
    const r = read(source)!;
    const [pages, referrers, browsers, countries] = r.breakdowns!;
    expect(pages!.rows.slice(0, 3)).toEqual([
      { label: '/', value: 8220, precision: 0 },
      { label: '/pricing', value: 6931, precision: 0 },
      { label: '/features', value: 4916, precision: 0 },
    ]);
    expect(referrers!.rows[0]).toEqual({ label: 'google.com', value: 1356, precision: 0 });
    expect(browsers!.rows.map((row) => row.label)).toEqual([
      'Chrome',
      'Safari',
      'Firefox',
      'Edge',
      'Opera',
      'Samsung',
    ]);
    expect(countries!.rows[0]).toEqual({ label: 'United States', value: 5658, precision: 0 });
    // Each shown share is the row's part of the rows listed, rounded to a whole percent.
    const shares = shownShares(source);
    r.breakdowns!.forEach((b, i) => {
      const total = b.rows.reduce((n, row) => n + row.value, 0);
      expect(b.rows.map((row) => Math.round((row.value / total) * 100))).toEqual(shares[i]);
    });
    // Six browsers cover every visitor: they add up to the Visitors card's exact count.
    const visitors = r.figures.find((f) => f.key === 'visitors')!.value;
    expect(browsers!.rows.reduce((n, row) => n + row.value, 0)).toBe(visitors);
  });
});

describe('Umami breakdowns: what is not read', () => {
  const en = () => html('en');
  const dims = (source: string, url?: string) =>
    read(source, url)?.breakdowns?.map((b) => b.dimension);

  it('a table caught mid-animation (a fractional title on its way up)', () => {
    const source = en().replace(
      '<div title="8220">8.22k</div>',
      '<div title="4109.37">4.11k</div>',
    );
    expect(dims(source)).toEqual(['referrers', 'browsers', 'countries']);
  });

  it('a table at the very start of its animation (every count still 0)', () => {
    const source = en().replace('<div title="1356">1.36k</div>', '<div title="0">0</div>');
    // The first 1,356 is /login's, in Pages.
    expect(dims(source)).toEqual(['referrers', 'browsers', 'countries']);
  });

  it('a text that does not show its title', () => {
    const source = en().replace('<div title="9716">9.72k</div>', '<div title="9716">9.71k</div>');
    expect(dims(source)).toEqual(['pages', 'referrers', 'countries']);
  });

  it('a tab whose type has no dimension', () => {
    const source = en().replace('data-key="referrer"', 'data-key="hostname"');
    expect(dims(source)).toEqual(['pages', 'browsers', 'countries']);
  });

  it('a metric column that is no card, or that names two (Czech "návštěvy")', () => {
    const column = /(<span class="text-base font-bold text-center">)Visitors</;
    expect(dims(en().replace(column, '$1Sessions<'))).toEqual([
      'referrers',
      'browsers',
      'countries',
    ]);
    expect(dims(en().replace(column, '$1Návštěvy<'))).toEqual([
      'referrers',
      'browsers',
      'countries',
    ]);
  });

  it('a Views column measures the Views card', () => {
    const source = en().replace(
      /(<span class="text-base font-bold text-center">)Visitors</,
      '$1Views<',
    );
    expect(read(source)!.breakdowns![0]).toMatchObject({ dimension: 'pages', key: 'views' });
  });

  it('the realtime page, which has no period', () => {
    expect(dims(en(), `${SITE}/realtime`)).toBeUndefined();
  });

  it('an overview without tables (the mid-animation share page)', () => {
    const source = readFileSync(join(FIXTURES, 'umami/share-mid-animation.en.html'), 'utf8');
    const r = readUmami(
      parseHtml(source),
      new URL('http://127.0.0.1:3000/share/eSxdnfDjj45LZnqD'),
      NOW,
    );
    expect(r?.figures.length).toBeGreaterThan(0);
    expect(r?.breakdowns).toBeUndefined();
  });
});
