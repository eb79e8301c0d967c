// @vitest-environment happy-dom
/**
 * The Plausible reader per version: which rules it applies (recognised from the markup), where
 * the period comes from when the URL is silent, and what each figure covers.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '../../support/read-page';
import { plausibleEdition, reader } from '../../../lib/readers/plausible';
import { parseHtml } from '../happy-dom';

const NOW = new Date('2026-04-14T12:00:00Z');
const TILES =
  '<div><div>Unique visitors</div><div><span><p id="visitors">1.2k</p></span></div></div>' +
  '<div><div>Total pageviews</div><div><span><p id="pageviews">987</p></span></div></div>';
// The period buttons of each version (dashboard-period-menu.tsx; datepicker.js).
const V3_BUTTON = (t: string) =>
  `<button><span data-testid="current-query-period">${t}</span></button>`;
const V2_BUTTON = (t: string) =>
  `<div role="button" aria-controls="datemenu"><span class="truncate"><span class="font-medium">${t}</span></span></div>`;

function page(opts: { root?: string; button?: string; tiles?: string } = {}) {
  const root = opts.root ?? 'data-domain="example.com" data-offset="0"';
  return parseHtml(
    `<html lang="en"><body><div id="stats-react-container" ${root}>${opts.button ?? ''}<div id="top-stats-container">${opts.tiles ?? TILES}</div></div></body></html>`,
  );
}

const read = (doc: Document, url: string, now = NOW) => readPage(doc, new URL(url), { now });

describe('Plausible version from the markup', () => {
  const url = (s = '') => new URL(`https://stats.example.org/example.com${s}`);
  it.each([
    [
      'root with data-segments (segments came with v3.0)',
      page({ root: 'data-domain="a.b" data-segments="[]"' }),
      'v3',
    ],
    ['the v3 period button', page({ button: V3_BUTTON('Last 28 days') }), 'v3'],
    ['the v2 datemenu button', page({ button: V2_BUTTON('Last 30 days') }), 'v2'],
    ['a v2 root (data attributes, no segments)', page(), 'v2'],
  ])('%s → %s', (_what, doc, edition) => {
    expect(plausibleEdition(doc, url())).toBe(edition);
  });

  it('falls back on the host and the URL format, else says nothing', () => {
    const bare = parseHtml(`<div id="top-stats-container">${TILES}</div>`);
    expect(plausibleEdition(bare, new URL('https://plausible.io/a.b'))).toBe('v3');
    expect(plausibleEdition(bare, url('?f=is,page,/x'))).toBe('v3');
    expect(plausibleEdition(bare, url('?filters=((is,page,(/x)))'))).toBe('v2');
    expect(plausibleEdition(bare, url())).toBeUndefined();
  });
});

describe('Plausible period', () => {
  it('a silent URL reads the button, with that version\'s rule for "Last 7 days"', () => {
    const v3 = read(
      page({ button: V3_BUTTON('Last 7 days') }),
      'https://stats.example.org/example.com',
    );
    expect(v3?.period).toEqual({ start: '2026-04-07', end: '2026-04-13' });
    const v2 = read(
      page({ button: V2_BUTTON('Last 7 days') }),
      'https://stats.example.org/example.com',
    );
    expect(v2?.period).toEqual({ start: '2026-04-08', end: '2026-04-14' });
  });

  it('an invalid period in the URL: the dashboard used its stored one, shown on the button', () => {
    const r = read(
      page({ button: V3_BUTTON('Last 91 days') }),
      'https://plausible.io/example.com?period=90d',
    );
    expect(r?.period).toEqual({ start: '2026-01-13', end: '2026-04-13' });
  });

  it('the URL wins over the button when it names a valid period', () => {
    const r = read(
      page({ button: V3_BUTTON('Last 28 days') }),
      'https://plausible.io/example.com?period=month&date=2026-02-03',
    );
    expect(r?.period).toEqual({ start: '2026-02-01', end: '2026-02-28' });
  });

  it('a custom range spelled out on the button', () => {
    const r = read(
      page({ button: V3_BUTTON('1 Mar - 31 Mar 2026') }),
      'https://plausible.io/example.com',
    );
    expect(r?.period).toEqual({ start: '2026-03-01', end: '2026-03-31' });
  });

  it('unsure: no period in the URL and no button → null; a version-dependent preset with no version → null', () => {
    const bare = parseHtml(`<div id="top-stats-container">${TILES}</div>`);
    expect(read(bare, 'https://stats.example.org/example.com')?.period).toBeNull();
    expect(read(bare, 'https://stats.example.org/example.com?period=30d')?.period).toBeNull();
    expect(read(bare, 'https://stats.example.org/example.com?period=28d')?.period).toEqual({
      start: '2026-03-17',
      end: '2026-04-13',
    });
  });

  it("uses the site's offset: in Seoul it is already tomorrow", () => {
    const doc = page({ root: 'data-domain="a.b" data-offset="32400" data-segments="[]"' });
    const r = read(doc, 'https://plausible.io/a.b?period=day', new Date('2026-04-14T16:00:00Z'));
    expect(r?.period).toEqual({ start: '2026-04-15', end: '2026-04-15' });
  });
});

describe('Plausible views: filters, realtime, comparison', () => {
  it('a filtered page never gives the site metric', () => {
    const r = read(
      page({ button: V2_BUTTON('Last 30 days') }),
      'https://stats.example.org/example.com?page=/products&period=30d',
    );
    expect(r?.figures.map((f) => f.key)).toEqual([
      'visitors~page=/products',
      'pageviews~page=/products',
    ]);
    expect(r?.figures[0]?.label).toBe('Unique visitors · page is /products');
    expect(r?.view).toEqual({ id: 'page=/products', label: 'page is /products' });
  });

  it('an unfiltered page has no view and keeps the plain keys', () => {
    const r = read(
      page({ button: V3_BUTTON('Last 28 days') }),
      'https://plausible.io/example.com?period=28d',
    );
    expect(r?.view).toBeUndefined();
    expect(r?.figures.map((f) => f.key)).toEqual(['visitors', 'pageviews']);
  });

  it('period=realtime in the URL: the realtime view, no day range (CE 2.1 markup, current_visitors id)', () => {
    const tiles =
      '<div><div>Current visitors</div><div><span><p id="current_visitors">4</p></span></div></div>' +
      '<div><div>Unique visitors <span>(last 30 min)</span></div><div><span><p id="visitors">31</p></span></div></div>';
    const r = read(
      page({ tiles, button: V2_BUTTON('Realtime') }),
      'https://stats.example.org/example.com?period=realtime',
    );
    expect(r?.period).toBeNull();
    expect(r?.figures.map((f) => [f.key, f.value])).toEqual([
      ['current_visitors~realtime', 4],
      ['visitors~realtime', 31],
    ]);
  });

  it('realtime tiles are recognised even when neither URL nor button says so', () => {
    const tiles =
      '<div><div>Unique visitors <span>(last 30 min)</span></div><div><span><p id="visitors">31</p></span></div></div>';
    const r = read(page({ tiles }), 'https://stats.example.org/example.com');
    expect(r?.figures[0]?.key).toBe('visitors~realtime');
  });

  it('with_imported=false is a different number from the site total', () => {
    const r = read(
      page({ button: V3_BUTTON('Last 28 days') }),
      'https://plausible.io/example.com?period=28d&with_imported=false',
    );
    expect(r?.figures[0]?.key).toBe('visitors~imported=excluded');
  });

  it('comparison mode: the current value only, never #previous-*', () => {
    const tiles =
      '<div><div>Unique visitors</div><div><span><p id="visitors">1.2k</p></span><p>1 Apr - 13 Apr 2026</p></div><div><p id="previous-visitors">9.9k</p></div></div>';
    const r = read(
      page({ tiles, button: V3_BUTTON('Last 28 days') }),
      'https://plausible.io/example.com?period=28d&comparison=previous_period',
    );
    expect(r?.figures).toHaveLength(1);
    expect(r?.figures[0]).toMatchObject({ key: 'visitors', value: 1250, precision: 50 });
  });

  it('is registered as plausible with its hosted match', () => {
    expect(reader.id).toBe('plausible');
    expect(reader.matches).toEqual(['https://plausible.io/*']);
  });
});
