// @vitest-environment happy-dom
/**
 * Issue 15 on the hosted readers (GA4, Search Console, Shopify, Stripe, YouTube Studio): what a
 * page's figures cover (filters, comparisons, segments, realtime, content types) becomes a view,
 * never the site's metric; periods follow each dashboard's presets only as far as the page shows
 * them (its timezone, its data lag), else null. "Now" is fixed; month ends and non-UTC zones.
 */
import { describe, expect, it } from 'vitest';
import { reader as ga4 } from '../../lib/readers/ga4';
import { reader as searchConsole } from '../../lib/readers/search-console';
import { reader as shopify } from '../../lib/readers/shopify';
import { reader as stripe } from '../../lib/readers/stripe';
import type { Reader } from '../../lib/readers/types';
import { reader as youtube } from '../../lib/readers/youtube';
import { shownTimeZone, statedRange, wallClock } from '../../lib/readers/zone';
import { parseHtml } from './happy-dom';

const NOW = new Date('2026-04-01T02:00:00Z'); // Apr 1 in UTC and Seoul, still Mar 31 in New York
const read = (r: Reader, body: string, url: string, now = NOW, lang = 'en') =>
  r.read(parseHtml(`<html lang="${lang}"><body>${body}</body></html>`), new URL(url), now);
const card = (label: string, value: string) =>
  `<div><div><div><span>${label}</span></div><div><span>${value}</span></div></div></div>`;

describe('GA4 views and periods', () => {
  const BASE = 'https://analytics.google.com/analytics/web/#/p42/reports/intelligenthome';
  const withParams = (p: string) => `${BASE}?params=${encodeURIComponent(p)}`;
  const body = card('Active users', '12K') + card('Sessions', '20K');
  const cmp = (list: object[]) => withParams(`_u..comparisons=${JSON.stringify(list)}`);
  const ALL = {
    name: 'All Users',
    isEnabled: true,
    filters: [],
    systemDefinedSavedComparisonType: 8,
  };
  const ORGANIC = {
    name: 'Organic traffic',
    isEnabled: true,
    filters: [
      {
        fieldName: 'sessionDefaultChannelGrouping',
        evaluationType: 8,
        expressionList: ['Organic Search'],
      },
    ],
  };

  it('one comparison is a view: its own keys, its name in the label; values never the site’s', () => {
    const r = read(ga4, body, cmp([ORGANIC]))!;
    expect(r.view).toEqual({
      id: 'sessionDefaultChannelGrouping=op8:Organic Search',
      label: 'Organic traffic',
    });
    expect(r.figures.map((f) => f.key)).toEqual([
      'active_users~sessionDefaultChannelGrouping=op8:Organic Search',
      'sessions~sessionDefaultChannelGrouping=op8:Organic Search',
    ]);
    expect(r.figures[0]!.label).toBe('Active users · Organic traffic');
  });

  it('"All Users" alone is the property; a disabled comparison does not count', () => {
    expect(read(ga4, body, cmp([ALL]))!.view).toBeUndefined();
    expect(read(ga4, body, cmp([ALL, { ...ORGANIC, isEnabled: false }]))!.figures[0]!.key).toBe(
      'active_users',
    );
  });

  it('several comparisons at once: which value is whose is unknown, so nothing is read', () => {
    expect(read(ga4, body, cmp([ALL, ORGANIC]))).toBeNull();
    expect(read(ga4, body, withParams('_u..comparisons=[not json'))).toBeNull();
  });

  it('a date comparison reads nothing (the other period’s value sits in the same card)', () => {
    expect(read(ga4, body, withParams('_u.comparisonOption=previousPeriod'))).toBeNull();
    expect(read(ga4, body, withParams('_u.date10=20260201&_u.date11=20260228'))).toBeNull();
    expect(read(ga4, body, withParams('_u.comparisonOption=disabled'))!.figures).toHaveLength(2);
  });

  it('report filters, the table search and the realtime page are views', () => {
    const f = read(
      ga4,
      body,
      withParams(
        '_r..dataFilters=[{"fieldName":"pagePath","evaluationType":3,"expressionList":["%2Fblog%2F"],"complement":false}]',
      ),
    )!;
    expect(f.view).toEqual({ id: 'pagePath=op3:/blog/', label: 'pagePath /blog/' });
    const search = read(ga4, body, withParams('_r.explorerCard..filterTerm=%2Fshop'))!;
    expect(search.view?.id).toBe('search=/shop');
    const rt = read(
      ga4,
      body,
      'https://analytics.google.com/analytics/web/#/p42/realtime/overview',
    )!;
    expect(rt.figures[0]!.key).toBe('active_users~realtime=30m');
  });

  it('period: URL dates, else dates the picker states; a bare preset is null', () => {
    const picker = (t: string) => `<div class="primary-date-range-text">${t}</div>${body}`;
    expect(read(ga4, body, withParams('_u.date00=20260201&_u.date01=20260228'))!.period).toEqual({
      start: '2026-02-01',
      end: '2026-02-28',
    });
    expect(read(ga4, picker('Mar 4 - Mar 31, 2026'), BASE)!.period).toEqual({
      start: '2026-03-04',
      end: '2026-03-31',
    });
    // "Last 28 days" ends yesterday in the property's timezone, which the page does not show.
    expect(read(ga4, picker('Last 28 days'), BASE)!.period).toBeNull();
  });
});

describe('Search Console views and periods', () => {
  const SC =
    'https://search.google.com/search-console/performance/search-analytics?resource_id=sc-domain%3Aa.com';
  const body = card('Total clicks', '1.2K') + card('Average position', '8.1');

  it('each URL filter is part of the key, in any order; the default search type is not', () => {
    const a = read(
      searchConsole,
      body,
      `${SC}&device=MOBILE&page=!https://a.com/x&search_type=WEB`,
    )!;
    const b = read(searchConsole, body, `${SC}&page=!https://a.com/x&device=MOBILE`)!;
    expect(a.view).toEqual({
      id: 'device=MOBILE&page=is:https://a.com/x',
      label: 'device MOBILE · page is https://a.com/x',
    });
    expect(b.figures.map((f) => f.key)).toEqual(a.figures.map((f) => f.key));
    expect(read(searchConsole, body, `${SC}&breakdown=page&metrics=CLICKS`)!.view).toBeUndefined();
  });

  it('Discover and News are their own views; a comparison reads nothing', () => {
    const d = read(searchConsole, body, SC.replace('search-analytics', 'discover'))!;
    expect(d.figures[0]!.key).toBe('total_clicks~report=discover');
    expect(read(searchConsole, body, `${SC}&compare_date=PREV`)).toBeNull();
  });

  it('period: data lags, so presets ("Last 28 days", num_of_days) are null; stated dates are read', () => {
    const chip = (t: string) => `<div><span>${t}</span></div>${body}`;
    expect(
      read(searchConsole, chip('Date: Last 28 days'), `${SC}&num_of_days=28`)!.period,
    ).toBeNull();
    expect(read(searchConsole, chip('날짜: 최근 28일'), SC, NOW, 'ko')!.period).toBeNull();
    expect(
      read(searchConsole, chip('Datum: 01.02.2026 – 28.02.2026'), SC, NOW, 'de')!.period,
    ).toEqual({
      start: '2026-02-01',
      end: '2026-02-28',
    });
    expect(
      read(searchConsole, body, `${SC}&start_date=20260301&end_date=20260331`)!.period,
    ).toEqual({
      start: '2026-03-01',
      end: '2026-03-31',
    });
    expect(
      read(searchConsole, body, `${SC}&start_date=20260331&end_date=20260301`)!.period,
    ).toBeNull();
  });
});

describe('Shopify views and periods', () => {
  const BASE = 'https://admin.shopify.com/store/tea/analytics';
  const body = card('Total sales', '₩8,420,000') + card('Sessions', '3,512');

  it('an unknown parameter (a channel or location filter) is a view; dates and comparisons are not', () => {
    const r = read(shopify, body, `${BASE}?since=2026-03-01&until=2026-03-31&salesChannel=pos`)!;
    expect(r.figures[0]!.key).toBe('total_sales~salesChannel=pos');
    expect(
      read(shopify, body, `${BASE}?since=2026-03-01&until=2026-03-31&compareSince=2026-02-01`)!
        .view,
    ).toBeUndefined();
  });

  it('relative dates only in the store timezone the page shows (Seoul, across a month end)', () => {
    const url = `${BASE}?since=-30d&until=-1d`;
    expect(read(shopify, body, url)!.period).toBeNull();
    const seoul = `${body}<p>All times in (GMT+09:00) Seoul</p>`;
    // 2026-03-31T20:00Z is already Apr 1 in Seoul: yesterday is Mar 31, not Mar 30.
    expect(read(shopify, seoul, url, new Date('2026-03-31T20:00:00Z'))!.period).toEqual({
      start: '2026-03-02',
      end: '2026-03-31',
    });
    const ny = `${body}<p>America/New_York</p>`;
    expect(read(shopify, ny, url, NOW)!.period).toEqual({ start: '2026-03-01', end: '2026-03-30' });
  });

  it('a preset button alone gives null; a stated range is read', () => {
    const btn = (t: string) => `<button>${t}</button>${body}`;
    expect(read(shopify, btn('Last 30 days'), BASE)!.period).toBeNull();
    expect(read(shopify, btn('Mar 1–31, 2026'), BASE)!.period).toEqual({
      start: '2026-03-01',
      end: '2026-03-31',
    });
  });
});

describe('Stripe views and periods', () => {
  const HOME = 'https://dashboard.stripe.com/dashboard';
  const body = (range: string) =>
    `<button>${range}</button>${card('Gross volume', '$1,234.56')}${card('New customers', '42')}`;

  it('a relative range in the account timezone the page shows, else null', () => {
    expect(read(stripe, body('Last 7 days'), HOME)!.period).toBeNull();
    // 02:00 UTC on Apr 1 is still Mar 31 in New York: the week ends Mar 31.
    expect(read(stripe, `${body('Last 7 days')}<p>(GMT-04:00) Eastern</p>`, HOME)!.period).toEqual({
      start: '2026-03-25',
      end: '2026-03-31',
    });
    expect(read(stripe, body('Mar 1 – Mar 31, 2026'), HOME)!.period).toEqual({
      start: '2026-03-01',
      end: '2026-03-31',
    });
  });

  it('a filter parameter is a view; a dashboard in a language without a known table reads nothing', () => {
    expect(read(stripe, body('x'), `${HOME}?currency=eur`)!.figures[0]!.key).toBe(
      'gross_volume~currency=eur',
    );
    const de = `${card('Bruttovolumen', '1.234,56 $')}${card('Neue Kunden', '42')}`;
    expect(read(stripe, de, HOME, NOW, 'de')).toBeNull();
  });
});

describe('YouTube Studio keys, views and periods', () => {
  const URL_ = 'https://studio.youtube.com/channel/UC1/analytics/tab-overview/period-default';
  const block = (id: string, label: string, total: string) =>
    `<tp-yt-paper-item id="${id}-tab"><yta-key-metric-block><div id="metric-label">${label}</div><div id="metric-and-performance-container"><span id="metric-total">${total}</span></div></yta-key-metric-block></tp-yt-paper-item>`;
  const ja =
    block('EXTERNAL_VIEWS', '視聴回数', '1.2万') +
    block('SUBSCRIBERS_NET_CHANGE', 'チャンネル登録者', '+12');

  it('the tabs’ API-name ids key the figures in a language without a label table', () => {
    const r = read(youtube, ja, URL_, NOW, 'ja')!;
    expect(r.figures.map((f) => [f.key, f.label, f.value])).toEqual([
      ['views', '視聴回数', 12000],
      ['subscribers', 'チャンネル登録者', 12],
    ]);
  });

  it('a content-type tab is a view; advanced mode reads nothing', () => {
    const r = read(youtube, ja, URL_.replace('tab-overview', 'tab-content_shorts'))!;
    expect(r.view).toEqual({ id: 'tab=content_shorts', label: 'content shorts' });
    expect(r.figures[0]!.key).toBe('views~tab=content_shorts');
    expect(read(youtube, ja, URL_.replace('tab-overview/period-default', 'explore'))).toBeNull();
  });

  it('period: the preset only when the page states a range of its length', () => {
    expect(read(youtube, ja, URL_)!.period).toBeNull();
    const stated = `<span>Mar 4 – Mar 31, 2026</span>${ja}`;
    expect(read(youtube, stated, URL_)!.period).toEqual({ start: '2026-03-04', end: '2026-03-31' });
    const wrongLength = `<span>Mar 1 – Mar 31, 2026</span>${ja}`;
    expect(read(youtube, wrongLength, URL_)!.period).toBeNull();
  });
});

describe('zone helpers', () => {
  it('reads the timezone a page states', () => {
    const el = (t: string) => parseHtml(`<html><body><p>${t}</p></body></html>`).body;
    expect(shownTimeZone(el('Times in (GMT-05:00) Eastern'))).toBe('-05:00');
    expect(shownTimeZone(el('UTC+9'))).toBe('+09:00');
    expect(shownTimeZone(el('Zeitzone: Europe/Berlin'))).toBe('Europe/Berlin');
    expect(shownTimeZone(el('Last 30 days'))).toBeNull();
  });

  it('moves now to the wall clock of a zone, across a month and a year end', () => {
    const t = new Date('2026-12-31T20:30:00Z');
    expect(wallClock(t, '+09:00')?.toISOString()).toBe('2027-01-01T05:30:00.000Z');
    expect(wallClock(t, 'Asia/Seoul')?.toISOString()).toBe('2027-01-01T05:30:00.000Z');
    expect(wallClock(new Date('2026-03-01T03:00:00Z'), 'America/New_York')?.toISOString()).toBe(
      '2026-02-28T22:00:00.000Z',
    );
    expect(wallClock(t, 'Nowhere/City')).toBeNull();
  });

  it('tells stated ranges from relative ones', () => {
    expect(statedRange('Mar 4 – Mar 31, 2026', NOW, 'en')).toEqual({
      start: '2026-03-04',
      end: '2026-03-31',
    });
    expect(statedRange('Last 28 days', NOW, 'en')).toBeNull();
    expect(statedRange('Mar 4 – Today', NOW, 'en')).toBeNull();
  });
});
