import { describe, expect, it } from 'vitest';
import {
  canonicalUmamiKey,
  migrateUmamiReading,
  type LegacyUmamiReading,
} from '../../lib/readers/legacy/umami';

const ID = '756bbf38-42a5-4b11-b3b2-b16527e8b530';
const SITE = `https://stats.example/websites/${ID}`;

function old(
  key: string,
  url: string | undefined,
  period = { start: '2026-10-29', end: '2026-11-27' },
) {
  const r: LegacyUmamiReading & { value: number } = {
    metric: { source: 'umami', scope: `stats.example/${ID}`, key },
    value: 16180,
    period,
    observedAt: '2026-11-27T12:00:00.000Z',
  };
  if (url !== undefined) r.url = url;
  return r;
}

const migrate = (key: string, url?: string) => migrateUmamiReading(old(key, url), 'UTC');

describe('migrateUmamiReading', () => {
  it('keys the old reader gave in German and Korean become the canonical ones', () => {
    const url = `${SITE}?date=30day`;
    const pairs: [string, string][] = [
      ['besucher', 'visitors'],
      ['besuche', 'visits'],
      ['aufrufe', 'views'],
      ['absprungrate', 'bounce_rate'],
      ['durchschn_besuchszeit', 'visit_duration'],
      ['방문자', 'visitors'],
      ['방문', 'visits'],
      ['조회', 'views'],
      ['이탈률', 'bounce_rate'],
      ['방문_시간', 'visit_duration'],
      ['visitors', 'visitors'],
      ['bounce_rate', 'bounce_rate'],
    ];
    for (const [from, to] of pairs) expect(migrate(from, url)?.metric.key, from).toBe(to);
  });

  it('keeps value, scope and the rest; fixes the 3.x period (Last 30 days = 31 days)', () => {
    const got = migrate('besucher', `${SITE}?date=30day`);
    expect(got).toEqual({
      ...old('visitors', `${SITE}?date=30day`),
      period: { start: '2026-10-28', end: '2026-11-27' },
    });
  });

  it('a custom range is read in the browser’s zone, not UTC', () => {
    const url = `${SITE}?date=range:${Date.UTC(2026, 8, 30, 15)}:${Date.UTC(2026, 9, 31, 14, 59, 59, 999)}`;
    const got = migrateUmamiReading(old('visitors', url), 'Asia/Seoul');
    expect(got?.period).toEqual({ start: '2026-10-01', end: '2026-10-31' });
  });

  it('a period the URL does not state (2.x, or a remembered range) becomes null', () => {
    expect(migrate('visitors', SITE)?.period).toBeNull();
    expect(migrate('visitors', `${SITE}?date=24hour`)?.period).toBeNull();
  });

  it('filtered figures get their own metric (3.x and 2.x give the same id)', () => {
    expect(migrate('besucher', `${SITE}?date=7day&path=eq./products`)?.metric.key).toBe(
      'visitors~path=/products',
    );
    expect(migrate('visitors', `${SITE}?url=/products`)?.metric.key).toBe(
      'visitors~path=/products',
    );
    expect(migrate('visitors', `${SITE}?url=!/blog`)?.metric.key).toBe('visitors~path:neq=/blog');
    expect(migrate('visitors', `${SITE}?referrer=google.com`)?.metric.key).toBe(
      'visitors~referrer=google.com',
    );
  });

  it('realtime figures become realtime metrics without a period', () => {
    const got = migrate('besucher', `${SITE}/realtime`);
    expect(got?.metric.key).toBe('visitors~realtime');
    expect(got?.period).toBeNull();
    expect(migrate('ereignisse', `${SITE}/realtime`)?.metric.key).toBe('events~realtime');
  });

  it.each<[string, string | undefined]>([
    ['visitors', undefined], // no URL: nothing to check the view against
    ['visitors', 'not a url'],
    ['visitors', `${SITE}/events?date=7day`], // the events page's own figures
    ['visitors', `${SITE}/sessions`],
    ['visitors', 'https://stats.example/share/abc/events'],
    ['navstevy', `${SITE}?date=7day`], // Slovak: visitors or visits
    ['obiski', `${SITE}?date=7day`],
    ['seitenaufrufe', `${SITE}?date=7day`], // never an Umami label
    ['ereignisse', `${SITE}?date=7day`], // events are not an overview card
  ])('%s at %s → null (not for verdicts)', (key, url) => {
    expect(migrate(key, url)).toBeNull();
  });

  it('share pages: 2.x /share/<id>/<site name> and 3.x /share/<slug> are the overview', () => {
    expect(migrate('besucher', 'https://stats.example/share/abc/My%20Shop')?.metric.key).toBe(
      'visitors',
    );
    expect(migrate('besucher', 'https://stats.example/share/abc/shop.example')?.metric.key).toBe(
      'visitors',
    );
  });

  it('other sources and already migrated readings are left as they are', () => {
    const plausible = {
      ...old('besucher', SITE),
      metric: { source: 'plausible', scope: 's', key: 'x' },
    };
    expect(migrateUmamiReading(plausible)).toBe(plausible);
    const done = old('visitors~path=/products', undefined);
    expect(migrateUmamiReading(done)).toBe(done);
  });
});

describe('canonicalUmamiKey (goals: no URL to go by)', () => {
  it.each<[string, string | null]>([
    ['besucher', 'visitors'],
    ['durchschn_besuchszeit', 'visit_duration'],
    ['방문_시간', 'visit_duration'],
    ['visitors', 'visitors'],
    ['pageviews', 'views'],
    ['visitors~path=/products', 'visitors~path=/products'],
    ['navstevy', null],
    ['seitenaufrufe', null],
  ])('%s → %s', (key, want) => {
    expect(canonicalUmamiKey(key)).toBe(want);
  });
});
