/** Re-keying readings stored before views: Matomo segments and PostHog filters in the URL. */
import { rekeyStoredReading, storedViewOf } from '../../lib/readers/stored-view';

const reading = (source: string, key: string, url?: string) => ({
  metric: { source, scope: '1', key },
  value: 10,
  unit: 'count' as const,
  period: null,
  observedAt: '2026-09-30T10:00:00.000Z',
  ...(url ? { url } : {}),
});

describe('rekeyStoredReading', () => {
  it('a Matomo reading taken on a segment (hash or query) gets the segment in its key', () => {
    const hash = reading(
      'matomo',
      'visits',
      'https://stats.example.org/index.php?module=CoreHome&idSite=1#?idSite=1&period=month&date=2026-09-01&segment=browserCode%3D%3DFF',
    );
    expect(rekeyStoredReading(hash).metric.key).toBe('visits~segment=browserCode==FF');
    const query = reading(
      'matomo',
      'visitors',
      'https://stats.example.org/index.php?module=CoreHome&idSite=1&segment=deviceType%3D%3Dsmartphone',
    );
    expect(rekeyStoredReading(query).metric.key).toBe('visitors~segment=deviceType==smartphone');
  });

  it('a PostHog reading taken with filters gets the same key the reader gives now', () => {
    const filters = encodeURIComponent(
      JSON.stringify([{ key: '$pathname', value: ['/pricing'], operator: 'exact', type: 'event' }]),
    );
    const r = reading(
      'posthog',
      'visitors',
      `https://us.posthog.com/project/1/web?filters=${filters}&device_type=Mobile`,
    );
    expect(rekeyStoredReading(r).metric.key).toBe(
      'visitors~device_type=Mobile&event.$pathname=exact:/pricing',
    );
  });

  it('site-wide readings, other sources, keys with a view and readings without a URL stay as they are', () => {
    const same = [
      reading(
        'matomo',
        'visits',
        'https://stats.example.org/index.php?module=CoreHome&idSite=1&period=day',
      ),
      reading('plausible', 'visitors', 'https://plausible.io/shop.example?f=is,page,/products'),
      reading('matomo', 'visits~segment=a==b', 'https://m.example/?segment=a%3D%3Db'),
      reading('posthog', 'visitors'),
      reading('posthog', 'visitors', 'not a url'),
    ];
    for (const r of same) expect(rekeyStoredReading(r)).toBe(r);
  });

  it("Matomo's German and Korean word keys become the language-free keys", () => {
    expect(rekeyStoredReading(reading('matomo', 'besuche')).metric.key).toBe('visits');
    expect(
      rekeyStoredReading(reading('matomo', 'durchschnittliche_aufenthaltsdauer')).metric.key,
    ).toBe('visit_duration');
    expect(rekeyStoredReading(reading('matomo', '고유_방문자_수')).metric.key).toBe('visitors');
    // With a segment in its address: both at once.
    expect(
      rekeyStoredReading(reading('matomo', 'besuche', 'https://m.example/?segment=a%3D%3Db')).metric
        .key,
    ).toBe('visits~segment=a==b');
    // Another source's "besuche" is not Matomo's.
    const umami = reading('umami', 'besuche');
    expect(rekeyStoredReading(umami)).toBe(umami);
  });

  it('storedViewOf names the view for the UI', () => {
    expect(storedViewOf('matomo', 'https://m.example/?segment=a%3D%3Db')).toEqual({
      id: 'segment=a==b',
      label: 'segment a==b',
    });
  });
});
