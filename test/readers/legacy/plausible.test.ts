import { describe, expect, it } from 'vitest';
import type { Reading } from '../../../lib/goals/schema';
import { relabelPlausibleReading } from '../../../lib/readers/legacy/plausible';

// Seen on Friday 27 November 2026 (UTC), as the old reader stored it.
const AT = '2026-11-27T12:00:00.000Z';

function old(over: Partial<Reading> & { key?: string } = {}): Reading {
  const { key = 'visitors', ...rest } = over;
  return {
    metric: { source: 'plausible', scope: 'shop.example', key },
    value: 12350,
    unit: 'count',
    precision: 50,
    period: { start: '2026-10-31', end: '2026-11-27' },
    observedAt: AT,
    url: 'https://plausible.io/shop.example?period=28d',
    ...rest,
  };
}

describe('relabelPlausibleReading', () => {
  it('leaves other sources and already relabelled readings alone', () => {
    const ga = { ...old(), metric: { source: 'ga4', scope: 'p1', key: 'users' } };
    expect(relabelPlausibleReading(ga)).toBe(ga);
    const done = old({ key: 'visitors~page=/products' });
    expect(relabelPlausibleReading(done)).toBe(done);
  });

  it('recomputes "Last 28 days" on Plausible Cloud: the 28 days before today', () => {
    expect(relabelPlausibleReading(old())).toEqual({
      ...old(),
      period: { start: '2026-10-30', end: '2026-11-26' },
    });
  });

  it('moves a filtered figure off the site metric (v3 f=, CE 2.1 filters=, legacy page=)', () => {
    const v3 = relabelPlausibleReading(
      old({ url: 'https://plausible.io/shop.example?f=is,page,/products&period=28d' }),
    );
    expect(v3?.metric.key).toBe('visitors~page=/products');
    const v2 = relabelPlausibleReading(
      old({
        url: 'https://stats.example.org/shop.example?filters=((is,page,(/products)))&period=custom&from=2026-11-01&to=2026-11-20',
        period: { start: '2026-11-01', end: '2026-11-20' },
      }),
    );
    expect(v2?.metric.key).toBe('visitors~page=/products');
    expect(v2?.period).toEqual({ start: '2026-11-01', end: '2026-11-20' });
    const v1 = relabelPlausibleReading(
      old({ url: 'https://stats.example.org/shop.example?page=/products&period=day' }),
    );
    expect(v1?.metric.key).toBe('visitors~page=/products');
    expect(v1?.period).toEqual({ start: '2026-11-27', end: '2026-11-27' });
  });

  it('a self-hosted "Last 30 days" (31 days in CE 2.1, 30 before today in 3.x): period unknown', () => {
    const r = relabelPlausibleReading(
      old({ url: 'https://stats.example.org/shop.example?period=30d' }),
    );
    expect(r).not.toBeNull();
    expect(r?.period).toBeNull();
  });

  it('realtime: the old visitors figure may have been either tile → dropped; current visitors move', () => {
    const url = 'https://plausible.io/shop.example?period=realtime';
    expect(relabelPlausibleReading(old({ url, period: null }))).toBeNull();
    const cv = relabelPlausibleReading(
      old({ url, period: null, key: 'current_visitors', value: 23, precision: 0 }),
    );
    expect(cv?.metric.key).toBe('current_visitors~realtime');
    expect(cv?.period).toBeNull();
  });

  it('a silent URL with no period may have been realtime: counts are dropped, rates kept', () => {
    const url = 'https://plausible.io/shop.example';
    expect(relabelPlausibleReading(old({ url, period: null }))).toBeNull();
    const br = old({
      url,
      period: null,
      key: 'bounce_rate',
      value: 44,
      unit: 'percent',
      precision: 0.5,
    });
    expect(relabelPlausibleReading(br)).toEqual(br);
  });

  it('a silent URL whose period came from the button: "Last 30 days" is recomputed', () => {
    const url = 'https://plausible.io/shop.example';
    const r = relabelPlausibleReading(
      old({ url, period: { start: '2026-10-29', end: '2026-11-27' } }),
    );
    expect(r?.period).toEqual({ start: '2026-10-28', end: '2026-11-26' });
    const months = relabelPlausibleReading(
      old({ url, period: { start: '2025-11-28', end: '2026-11-27' } }), // old "Last 12 months"
    );
    expect(months?.period).toEqual({ start: '2025-11-01', end: '2026-10-31' });
    const mtd = old({ url, period: { start: '2026-11-01', end: '2026-11-27' } });
    expect(relabelPlausibleReading(mtd)?.period).toEqual(mtd.period);
    const custom = old({ url, period: { start: '2026-05-01', end: '2026-05-14' } });
    expect(relabelPlausibleReading(custom)?.period).toEqual(custom.period);
  });

  it('month to date ends today, not at the end of the month', () => {
    const r = relabelPlausibleReading(
      old({
        url: 'https://plausible.io/shop.example?period=month',
        period: { start: '2026-11-01', end: '2026-11-30' },
      }),
    );
    expect(r?.period).toEqual({ start: '2026-11-01', end: '2026-11-27' });
  });

  it('re-intervals a whole "41k" / "12M" that was stored as exact', () => {
    const k = relabelPlausibleReading(old({ key: 'pageviews', value: 41000, precision: 0 }));
    expect(k).toMatchObject({ value: 41050, precision: 50 });
    const m = relabelPlausibleReading(old({ value: 12_000_000, precision: 0 }));
    expect(m).toMatchObject({ value: 12_050_000, precision: 50_000 });
    // Exact small numbers and already honest intervals stay.
    expect(relabelPlausibleReading(old({ value: 987, precision: 0 }))).toMatchObject({
      value: 987,
      precision: 0,
    });
    expect(relabelPlausibleReading(old({ value: 123500, precision: 500 }))).toMatchObject({
      value: 123500,
      precision: 500,
    });
  });

  it('time on page: floored display, maybe unrounded API value', () => {
    const r = relabelPlausibleReading(
      old({ key: 'time_on_page', value: 72, unit: 'duration', precision: 0.5 }),
    );
    expect(r).toMatchObject({ value: 72.25, precision: 0.75 });
  });

  it('without its URL, what a reading covered is unknown: dropped', () => {
    expect(relabelPlausibleReading(old({ url: undefined }))).toBeNull();
    expect(relabelPlausibleReading(old({ url: 'not a url' }))).toBeNull();
  });

  it('before Plausible Cloud moved to v3, its presets are not known', () => {
    const r = relabelPlausibleReading(old({ observedAt: '2025-01-10T09:00:00.000Z' }));
    expect(r?.period).toEqual({ start: '2024-12-13', end: '2025-01-09' }); // 28d is v3-only
    const w = relabelPlausibleReading(
      old({
        observedAt: '2025-01-10T09:00:00.000Z',
        url: 'https://plausible.io/shop.example?period=7d',
      }),
    );
    expect(w?.period).toBeNull();
  });
});
