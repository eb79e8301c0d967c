import { describe, expect, it } from 'vitest';
import { dateRangeFromUrl, umamiRangeFromUrl } from '../../lib/parse';

const NOW = new Date('2026-04-14T12:00:00Z'); // a Tuesday

type Row = [url: string, start: string, end: string];

function expectRange(source: string, [url, start, end]: Row) {
  expect(dateRangeFromUrl(new URL(url), source, NOW)).toEqual({ start, end });
}

describe('dateRangeFromUrl: ga4', () => {
  it.each<Row>([
    [
      'https://analytics.google.com/analytics/web/#/p123456/reports/intelligenthome?params=_u..nav%3Dmaui%26_u.date00%3D20260301%26_u.date01%3D20260331',
      '2026-03-01',
      '2026-03-31',
    ],
    [
      'https://analytics.google.com/analytics/web/#/p123456/reports/explorer?params=_u..nav%253Dmaui%2526_u.date00%253D20260301%2526_u.date01%253D20260331&r=all-pages',
      '2026-03-01',
      '2026-03-31',
    ],
    [
      'https://analytics.google.com/analytics/web/#/p1/reports/home?_u.date00=20260101&_u.date01=20260131',
      '2026-01-01',
      '2026-01-31',
    ],
  ])('%s', (...row) => expectRange('ga4', row));

  it.each([
    'https://analytics.google.com/analytics/web/#/p123456/reports/intelligenthome',
    'https://analytics.google.com/analytics/web/#/p1/reports/home?_u.date00=20260301',
    'https://analytics.google.com/analytics/web/#/p1/x?_u.date00=20260331&_u.date01=20260301',
    'https://analytics.google.com/analytics/web/#/p1/x?_u.date00=20261301&_u.date01=20261331',
  ])('%s → null', (url) => {
    expect(dateRangeFromUrl(new URL(url), 'ga4', NOW)).toBeNull();
  });
});

describe('dateRangeFromUrl: plausible (version not given; see plausible-period.test.ts)', () => {
  const base = 'https://plausible.io/example.com';
  it.each<Row>([
    [`${base}?period=28d`, '2026-03-17', '2026-04-13'],
    [`${base}?period=day`, '2026-04-14', '2026-04-14'],
    [`${base}?period=day&date=2026-03-15`, '2026-03-15', '2026-03-15'],
    [`${base}?period=month`, '2026-04-01', '2026-04-14'],
    [`${base}?period=month&date=2026-02-10`, '2026-02-01', '2026-02-28'],
    [`${base}?period=year`, '2026-01-01', '2026-04-14'],
    [`${base}?period=custom&from=2026-03-01&to=2026-03-31`, '2026-03-01', '2026-03-31'],
    [`${base}?period=custom&date=2026-03-01,2026-03-31`, '2026-03-01', '2026-03-31'],
  ])('%s', (...row) => expectRange('plausible', row));

  it.each([
    `${base}`,
    `${base}?period=realtime`,
    `${base}?period=all`,
    // v2 and v3 disagree on these: without the version they are not known.
    `${base}?period=7d`,
    `${base}?period=30d`,
    `${base}?period=12mo`,
    `${base}?period=custom&from=2026-03-01`,
    `${base}?period=day&date=yesterday`,
  ])('%s → null', (url) => {
    expect(dateRangeFromUrl(new URL(url), 'plausible', NOW)).toBeNull();
  });
});

describe('dateRangeFromUrl: umami', () => {
  // The rules themselves are tested in umami-date.test.ts; this checks the delegation.
  it('reads 3.x date values in the runtime zone', () => {
    const url = new URL('https://cloud.umami.is/websites/abc?date=0month');
    expect(dateRangeFromUrl(url, 'umami', NOW)).toEqual(umamiRangeFromUrl(url, NOW));
    expect(dateRangeFromUrl(url, 'umami', NOW)).not.toBeNull();
  });
});

describe('dateRangeFromUrl: matomo', () => {
  const base = 'https://matomo.example/index.php?module=CoreHome&action=index&idSite=1';
  it.each<Row>([
    [`${base}&period=day&date=2026-03-15`, '2026-03-15', '2026-03-15'],
    [`${base}&period=day&date=today`, '2026-04-14', '2026-04-14'],
    [`${base}&period=day&date=yesterday`, '2026-04-13', '2026-04-13'],
    [`${base}&period=week&date=2026-04-14`, '2026-04-13', '2026-04-19'],
    [`${base}&period=month&date=2026-03-15`, '2026-03-01', '2026-03-31'],
    [`${base}&period=year&date=today`, '2026-01-01', '2026-12-31'],
    [`${base}&period=range&date=2026-03-01,2026-03-31`, '2026-03-01', '2026-03-31'],
    [`${base}&period=range&date=last7`, '2026-04-08', '2026-04-14'],
    [`${base}&period=range&date=previous7`, '2026-04-07', '2026-04-13'],
    [`${base}&period=range&date=2026-04-01,today`, '2026-04-01', '2026-04-14'],
    // The hash is what the SPA shows now; the query string is what it loaded with.
    [
      `${base}&period=day&date=yesterday#?idSite=1&period=range&date=2026-03-01,2026-03-31&category=General_Visitors`,
      '2026-03-01',
      '2026-03-31',
    ],
    [
      `${base}#?idSite=1&period=month&date=2026-02-10&category=General_Visitors`,
      '2026-02-01',
      '2026-02-28',
    ],
  ])('%s', (...row) => expectRange('matomo', row));

  it.each([
    `${base}`,
    `${base}&period=day&date=last7`,
    `${base}&period=range&date=2026-03-01`,
    `${base}&period=decade&date=today`,
  ])('%s → null', (url) => {
    expect(dateRangeFromUrl(new URL(url), 'matomo', NOW)).toBeNull();
  });
});

describe('dateRangeFromUrl: shopify and youtube', () => {
  it.each<Row>([
    [
      'https://admin.shopify.com/store/x/analytics?since=2026-03-01&until=2026-03-31',
      '2026-03-01',
      '2026-03-31',
    ],
    [
      'https://admin.shopify.com/store/x/analytics?since=-30d&until=today',
      '2026-03-15',
      '2026-04-14',
    ],
    ['https://admin.shopify.com/store/x/analytics?since=-7d', '2026-04-07', '2026-04-14'],
    [
      'https://admin.shopify.com/store/x/analytics?since=yesterday&until=yesterday',
      '2026-04-13',
      '2026-04-13',
    ],
  ])('%s', (...row) => expectRange('shopify', row));

  it.each<Row>([
    [
      'https://studio.youtube.com/channel/UC1/analytics/tab-overview/period-default',
      '2026-03-18',
      '2026-04-14',
    ],
    [
      'https://studio.youtube.com/channel/UC1/analytics/tab-overview/period-week',
      '2026-04-08',
      '2026-04-14',
    ],
    [
      'https://studio.youtube.com/channel/UC1/analytics/tab-overview/period-4_weeks',
      '2026-03-18',
      '2026-04-14',
    ],
    [
      'https://studio.youtube.com/channel/UC1/analytics/tab-overview/period-year',
      '2025-04-15',
      '2026-04-14',
    ],
  ])('%s', (...row) => expectRange('youtube', row));

  it.each([
    ['shopify', 'https://admin.shopify.com/store/x/analytics'],
    ['shopify', 'https://admin.shopify.com/store/x/analytics?since=last-month'],
    ['youtube', 'https://studio.youtube.com/channel/UC1/analytics/tab-overview/period-lifetime'],
    ['youtube', 'https://studio.youtube.com/channel/UC1/analytics/tab-overview'],
    ['unknown', 'https://example.com/?period=7d'],
  ])('%s %s → null', (source, url) => {
    expect(dateRangeFromUrl(new URL(url), source, NOW)).toBeNull();
  });
});
