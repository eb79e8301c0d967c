/**
 * Readings the hosted readers stored before issue 15 (GA4, Search Console, Shopify, Stripe,
 * YouTube Studio): views from the stored address, periods kept only when the address states
 * them in dates, comparisons marked — and the migration's `reidentifyReading` applies it.
 */
import { reidentifyHostedReading } from '../../../lib/readers/legacy/hosted';
import { reidentifyReading } from '../../../lib/store/old-readers';
import { makeReading } from '../../support/factories';

const MARCH = { start: '2026-03-01', end: '2026-03-31' };
const at = '2026-04-01T09:00:00.000Z';
const read = (source: string, key: string, url: string | undefined, period = MARCH) =>
  makeReading({ source, scope: 's', key }, 100, at, { period, ...(url ? { url } : {}) });
const GA4 = 'https://analytics.google.com/analytics/web/#/p123/reports/intelligenthome';
const GA4_DATES = `${GA4}?params=_u.date00%3D20260301%26_u.date01%3D20260331`;
const comparisons = (list: object[]) =>
  `${GA4}?params=${encodeURIComponent(`_u..comparisons=${JSON.stringify(list)}&_u.date00=20260301&_u.date01=20260331`)}`;
const SC =
  'https://search.google.com/search-console/performance/search-analytics?resource_id=sc-domain%3Aa.com';

describe('reidentifyHostedReading', () => {
  it('keeps a site reading whose address states its dates, as the same object', () => {
    const r = read('ga4', 'active_users', GA4_DATES);
    expect(reidentifyHostedReading(r)).toBe(r);
    const s = read('search-console', 'total_clicks', `${SC}&start_date=20260301&end_date=20260331`);
    expect(reidentifyHostedReading(s)).toBe(s);
  });

  it('moves a filtered or compared figure to its view', () => {
    const one = comparisons([
      {
        name: 'Organic traffic',
        isEnabled: true,
        filters: [{ fieldName: 'channel', expressionList: ['Organic Search'], evaluationType: 8 }],
      },
    ]);
    expect(reidentifyHostedReading(read('ga4', 'active_users', one))?.metric.key).toBe(
      'active_users~channel=op8:Organic Search',
    );
    expect(
      reidentifyHostedReading(read('search-console', 'total_clicks', `${SC}&query=*shoes`))?.metric
        .key,
    ).toBe('total_clicks~query=contains:shoes');
    const yt = 'https://studio.youtube.com/channel/UC1/analytics/tab-content_shorts/period-default';
    expect(reidentifyHostedReading(read('youtube', 'views', yt))?.metric.key).toBe(
      'views~tab=content_shorts',
    );
  });

  it('gives null (marked by the caller) for several comparisons or no address', () => {
    const two = comparisons([
      { name: 'All Users', isEnabled: true, filters: [], systemDefinedSavedComparisonType: 8 },
      {
        name: 'Direct',
        isEnabled: true,
        filters: [{ fieldName: 'channel', expressionList: ['Direct'] }],
      },
    ]);
    expect(reidentifyHostedReading(read('ga4', 'active_users', two))).toBeNull();
    expect(reidentifyHostedReading(read('stripe', 'gross_volume', undefined))).toBeNull();
    expect(reidentifyReading(read('ga4', 'active_users', two)).doubt).toBe('old-reader');
  });

  it('drops a period the old reader worked out from a preset (lag, timezone, end day unknown)', () => {
    const cases = [
      read('search-console', 'total_clicks', `${SC}&num_of_days=28`),
      read(
        'shopify',
        'total_sales',
        'https://admin.shopify.com/store/x/analytics?since=-30d&until=today',
      ),
      read('stripe', 'gross_volume', 'https://dashboard.stripe.com/dashboard'),
      read(
        'youtube',
        'views',
        'https://studio.youtube.com/channel/UC1/analytics/tab-overview/period-default',
      ),
      read('ga4', 'active_users', GA4),
    ];
    for (const r of cases) {
      const next = reidentifyHostedReading(r)!;
      expect(next.period, r.url).toBeNull();
      expect(next.metric.key).toBe(r.metric.key);
    }
    const dated = read(
      'shopify',
      'total_sales',
      'https://admin.shopify.com/store/x/analytics?since=2026-03-01&until=2026-03-31',
    );
    expect(reidentifyHostedReading(dated)?.period).toEqual(MARCH);
  });

  it('leaves other sources and already re-keyed readings alone', () => {
    const p = read('plausible', 'visitors', 'https://plausible.io/a.com');
    expect(reidentifyHostedReading(p)).toBe(p);
    const done = read('ga4', 'active_users~realtime=30m', GA4);
    expect(reidentifyHostedReading(done)).toBe(done);
  });

  it('runs inside migration 4 (reidentifyReading) after the Plausible and Umami steps', () => {
    const r = reidentifyReading(
      read('search-console', 'total_clicks', `${SC}&country=deu&num_of_days=28`),
    );
    expect(r.metric.key).toBe('total_clicks~country=deu');
    expect(r.period).toBeNull();
    expect(r.doubt).toBeUndefined();
  });
});
