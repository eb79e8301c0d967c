// @vitest-environment happy-dom
/**
 * Issue 13: Umami 3.x's overview tables read as evidence beside the metric cards, in every UI
 * language (the real 3.1 capture in English and its German and Korean twins). Values are checked
 * against what else the page shows: the percentage column (each row's share of the rows listed,
 * Umami's percentFilter) and the Visitors card (every visitor has exactly one browser). Umami
 * 2.19 has no capture: its markup is rebuilt from the source (umami-v2.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PageRead } from '../../lib/messaging/schemas';
import { readUmami } from '../../lib/readers/umami';
import { FIXTURES } from './fixture-cases';
import { parseHtml } from './happy-dom';
import { V2_CARDS_EN, v2Page, v2Tables, type V2Table } from './umami-v2';

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

describe('Umami breakdowns travel as the message schema takes them', () => {
  it('a path longer than a label may be is cut to 200 characters, and the read is valid', () => {
    const long = `/docs/${'x'.repeat(250)}`;
    const r = read(html('en').replace('>/docs/api-reference</a>', `>${long}</a>`))!;
    expect(r.breakdowns![0]!.rows[9]!.label).toBe(long.slice(0, 200));
    expect(PageRead.safeParse(r).success).toBe(true);
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

describe('Umami 2.19 breakdowns (markup rebuilt from its source)', () => {
  const V2_SITE = new URL(SITE);
  const seven = { value: '7day', shown: 'Last 7 days' };
  const rows = (...r: [string | undefined, string, string, string][]) =>
    r.map(([value, label, title, text]) => ({ value, label, title, text, share: '10%' }));
  const TABLES: V2Table[] = [
    {
      title: 'Pages',
      metric: 'Visitors',
      param: 'url',
      rows: rows(['/', '/', '8220', '8.22k'], ['/pricing', '/pricing', '6931', '6.93k']),
    },
    {
      title: 'Referrers',
      metric: 'Visitors',
      param: 'referrer',
      rows: rows(['google.com', 'google.com', '1356', '1.36k'], [undefined, '(None)', '40', '40']),
    },
    {
      title: 'Browsers',
      metric: 'Visitors',
      param: 'browser',
      rows: rows(['chrome', 'Chrome', '9716', '9.72k']),
    },
    {
      title: 'OS',
      metric: 'Visitors',
      param: 'os',
      rows: rows(['Mac OS', 'Mac OS', '7001', '7.00k']),
    },
    {
      title: 'Devices',
      metric: 'Visitors',
      param: 'device',
      rows: rows(['desktop', 'Desktop', '12000', '12.0k']),
    },
    {
      title: 'Countries',
      metric: 'Visitors',
      param: 'country',
      rows: rows(['US', 'United States', '5658', '5.66k']),
    },
  ];
  const page = (tables: V2Table[], url = V2_SITE, cards = V2_CARDS_EN, lang = 'en-US') =>
    parseHtml(v2Page(cards, seven, lang).replace('<footer>', `${v2Tables(tables, url)}<footer>`));
  const v2 = (doc: Document, url = V2_SITE) => readUmami(doc, url, NOW, 'UTC')?.breakdowns;

  it('reads each card by the filter its rows link to, with the exact counts', () => {
    const b = v2(page(TABLES))!;
    expect(b.map((t) => [t.dimension, t.key])).toEqual([
      ['pages', 'visitors'],
      ['referrers', 'visitors'],
      ['browsers', 'visitors'],
      ['os', 'visitors'],
      ['devices', 'visitors'],
      ['countries', 'visitors'],
    ]);
    expect(b[1]!.rows).toEqual([
      { label: 'google.com', value: 1356, precision: 0 },
      { label: '(None)', value: 40, precision: 0 },
    ]);
    expect(b[5]!.rows).toEqual([{ label: 'United States', value: 5658, precision: 0 }]);
  });

  it('in German too: the metric column through Umami’s translation', () => {
    const de = TABLES.map((t) => ({ ...t, title: 'Seiten', metric: 'Besucher' }));
    const cards = V2_CARDS_EN.map((c, i) => ({
      ...c,
      label: ['Aufrufe', 'Besuche', 'Besucher', 'Absprungrate', 'Durchschn. Besuchszeit'][i]!,
    }));
    expect(v2(page(de, V2_SITE, cards, 'de-DE'))!.map((t) => t.key)).toEqual(
      TABLES.map(() => 'visitors'),
    );
  });

  it('on a filtered page, the filter already set is not the dimension', () => {
    const url = new URL(`${SITE}?browser=chrome`);
    const b = v2(page(TABLES, url), url)!;
    // The Browsers card lists only the filtered browser: its links add nothing.
    expect(b.map((t) => t.dimension)).toEqual(['pages', 'referrers', 'os', 'devices', 'countries']);
  });

  it('not the expanded view (?view=), nor a card whose links name no dimension or two', () => {
    const url = new URL(`${SITE}?view=url`);
    expect(v2(page(TABLES, url), url)).toBeUndefined();
    const events: V2Table = { ...TABLES[0]!, title: 'Events', param: 'event' };
    expect(v2(page([events]))).toBeUndefined();
  });
});

describe('Umami breakdown counts against Umami’s own formatter', () => {
  /** formatLongNumber (src/lib/format.ts, the same at v2.19.0 and v3.1.0). */
  const formatLongNumber = (n: number) =>
    n >= 1e9
      ? `${(n / 1e6).toFixed(1)}b`
      : n >= 1e6
        ? `${(n / 1e6).toFixed(1)}m`
        : n >= 1e5
          ? `${(n / 1000).toFixed(0)}k`
          : n >= 1e4
            ? `${(n / 1000).toFixed(1)}k`
            : n >= 1000
              ? `${(n / 1000).toFixed(2)}k`
              : n.toFixed(0);
  let cards = '';
  const panel = (title: string, text: string) =>
    '<div><div role="tablist"><div role="tab" aria-selected="true" data-key="path" id="t-path">Path</div></div>' +
    '<div role="tabpanel" aria-labelledby="t-path"><div><div><div><span>Path</span><span>Visitors</span></div>' +
    `<div><div><div><span>/</span></div><div><span><div title="${title}">${text}</div></span></div>` +
    '<div><div>25%</div></div></div></div></div></div></div></div>';
  const rowOf = (title: string, text: string) => {
    if (!cards) {
      const doc = parseHtml(html('en'));
      const grid = doc.querySelector('[class~="text-4xl"]')!.closest('.grid')!;
      cards = new XMLSerializer().serializeToString(grid);
    }
    const doc = parseHtml(
      `<html lang="en"><head><title>Umami</title></head><body>${cards}${panel(title, text)}</body></html>`,
    );
    return readUmami(doc, new URL(SITE), NOW, 'UTC')?.breakdowns?.[0]?.rows[0];
  };

  it('a settled count reads back exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5e12 }), (n) => {
        expect(rowOf(String(n), formatLongNumber(n))).toEqual({
          label: '/',
          value: n,
          precision: 0,
        });
      }),
      { numRuns: 60 },
    );
  });

  it('a count on its way up (a fraction, shown as Umami shows it) is never read', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e7, noNaN: true }), (y) => {
        fc.pre(!Number.isInteger(y));
        expect(rowOf(String(y), formatLongNumber(y))).toBeUndefined();
      }),
      { numRuns: 60 },
    );
  });
});
