import { describe, expect, it } from 'vitest';
import {
  dateRangeFromUrl,
  plausiblePeriodRange,
  plausiblePresetOfText,
  type PlausiblePeriodOptions,
} from '../../lib/parse';

const NOW = new Date('2026-04-14T12:00:00Z'); // a Tuesday
const BASE = 'https://plausible.io/example.com';

type Row = [query: string, start: string | null, end?: string];

function expectRows(rows: Row[], opts: PlausiblePeriodOptions, now = NOW) {
  for (const [query, start, end] of rows) {
    const url = new URL(`${BASE}?${query}`);
    const got = dateRangeFromUrl(url, 'plausible', now, { plausible: opts });
    expect(got, `${query} at ${now.toISOString()}`).toEqual(start ? { start, end } : null);
  }
}

describe('Plausible v3 presets (Cloud, CE 3.x: QueryPeriod)', () => {
  it('every preset, with today = 2026-04-14', () => {
    expectRows(
      [
        ['period=day', '2026-04-14', '2026-04-14'],
        ['period=day&date=2026-03-15', '2026-03-15', '2026-03-15'],
        // "Last N days" are the N whole days before today.
        ['period=7d', '2026-04-07', '2026-04-13'],
        ['period=28d', '2026-03-17', '2026-04-13'],
        ['period=30d', '2026-03-15', '2026-04-13'],
        ['period=91d', '2026-01-13', '2026-04-13'],
        ['period=7d&date=2026-03-01', '2026-02-22', '2026-02-28'],
        // "Last N months" are the N whole months before this one.
        ['period=6mo', '2025-10-01', '2026-03-31'],
        ['period=12mo', '2025-04-01', '2026-03-31'],
        // Month and year to date end today; a past month or year is whole.
        ['period=month', '2026-04-01', '2026-04-14'],
        ['period=month&date=2026-02-10', '2026-02-01', '2026-02-28'],
        ['period=year', '2026-01-01', '2026-04-14'],
        ['period=year&date=2025-06-01', '2025-01-01', '2025-12-31'],
        ['period=custom&from=2026-03-01&to=2026-03-31', '2026-03-01', '2026-03-31'],
        ['period=custom&date=2026-03-01,2026-03-31', '2026-03-01', '2026-03-31'],
        ['period=all', null],
        ['period=realtime', null],
        ['period=24h', null],
        ['period=custom&from=2026-03-01', null],
        ['period=day&date=yesterday', null],
        ['', null],
      ],
      { edition: 'v3' },
    );
  });

  it('"All time" starts on the site\'s first day of stats', () => {
    expectRows([['period=all', '2024-05-01', '2026-04-14']], {
      edition: 'v3',
      statsBegin: '2024-05-01',
    });
  });

  it('across a month boundary, and in a leap year', () => {
    const opts: PlausiblePeriodOptions = { edition: 'v3' };
    expectRows(
      [
        ['period=7d', '2026-02-22', '2026-02-28'],
        ['period=6mo', '2025-09-01', '2026-02-28'],
        ['period=month', '2026-03-01', '2026-03-01'],
        ['period=year', '2026-01-01', '2026-03-01'],
      ],
      opts,
      new Date('2026-03-01T05:00:00Z'),
    );
    expectRows(
      [
        ['period=12mo', '2027-03-01', '2028-02-29'],
        ['period=28d', '2028-02-02', '2028-02-29'],
      ],
      opts,
      new Date('2028-03-01T12:00:00Z'),
    );
  });

  it("in the site's timezone: Seoul is already on March 1st, New York still on Feb 28th", () => {
    const seoul: PlausiblePeriodOptions = { edition: 'v3', offsetSeconds: 9 * 3600 };
    expectRows(
      [
        ['period=day', '2026-03-01', '2026-03-01'],
        ['period=7d', '2026-02-22', '2026-02-28'],
        ['period=month', '2026-03-01', '2026-03-01'],
        ['period=6mo', '2025-09-01', '2026-02-28'],
      ],
      seoul,
      new Date('2026-02-28T20:00:00Z'),
    );
    const newYork: PlausiblePeriodOptions = { edition: 'v3', offsetSeconds: -5 * 3600 };
    expectRows(
      [
        ['period=day', '2026-02-28', '2026-02-28'],
        ['period=7d', '2026-02-21', '2026-02-27'],
        ['period=month', '2026-02-01', '2026-02-28'],
        ['period=12mo', '2025-02-01', '2026-01-31'],
      ],
      newYork,
      new Date('2026-03-01T03:00:00Z'),
    );
  });
});

describe('Plausible v2 presets (CE 2.1: Query.put_period)', () => {
  it('every preset, with today = 2026-04-14', () => {
    expectRows(
      [
        ['period=day', '2026-04-14', '2026-04-14'],
        // "Last 7 days" is today and the 6 days before; "Last 30 days" is 31 days.
        ['period=7d', '2026-04-08', '2026-04-14'],
        ['period=30d', '2026-03-15', '2026-04-14'],
        ['period=30d&date=2026-03-31', '2026-03-01', '2026-03-31'],
        // "Last 6/12 months" include this month, to date.
        ['period=6mo', '2025-11-01', '2026-04-14'],
        ['period=12mo', '2025-05-01', '2026-04-14'],
        ['period=month', '2026-04-01', '2026-04-14'],
        ['period=month&date=2026-02-10', '2026-02-01', '2026-02-28'],
        ['period=year', '2026-01-01', '2026-04-14'],
        ['period=custom&from=2026-03-01&to=2026-03-31', '2026-03-01', '2026-03-31'],
        // v2 had no 28 or 91 days, nor 24 hours.
        ['period=28d', null],
        ['period=91d', null],
        ['period=realtime', null],
      ],
      { edition: 'v2' },
    );
  });

  it("across a month boundary in the site's timezone (Seoul, 1 December)", () => {
    expectRows(
      [
        ['period=30d', '2026-11-01', '2026-12-01'],
        ['period=7d', '2026-11-25', '2026-12-01'],
        ['period=6mo', '2026-07-01', '2026-12-01'],
        ['period=month', '2026-12-01', '2026-12-01'],
      ],
      { edition: 'v2', offsetSeconds: 32400 },
      new Date('2026-11-30T20:00:00Z'),
    );
  });
});

describe('Plausible presets when the version is not known', () => {
  it('gives null for the presets whose days differ between versions', () => {
    expectRows(
      [
        ['period=7d', null],
        ['period=30d', null],
        ['period=6mo', null],
        ['period=12mo', null],
        // Only v3 has these, so their meaning is known.
        ['period=28d', '2026-03-17', '2026-04-13'],
        ['period=91d', '2026-01-13', '2026-04-13'],
        ['period=day', '2026-04-14', '2026-04-14'],
        ['period=month', '2026-04-01', '2026-04-14'],
      ],
      {},
    );
  });

  it('refuses a `now` that is not a date', () => {
    expect(plausiblePeriodRange({ period: 'day' }, new Date(NaN), { edition: 'v3' })).toBeNull();
  });
});

describe('plausiblePresetOfText', () => {
  it.each([
    ['Last 7 days', '7d'],
    ['Last 28 days', '28d'],
    ['Last 30 days', '30d'],
    ['Last 91 days', '91d'],
    ['Last 6 months', '6mo'],
    ['Last 12 months', '12mo'],
    ['Month to Date', 'month'],
    ['Year to Date', 'year'],
    ['Today', 'day'],
    ['Realtime', 'realtime'],
    ['Last 24 Hours', '24h'],
    ['All time', 'all'],
  ])('"%s" → %s', (text, preset) => {
    expect(plausiblePresetOfText(text)).toBe(preset);
  });

  it.each(['Mon, 3 Jun', 'November 2026', '1 May - 14 May 2024', 'Year of 2025', ''])(
    '"%s" is a date spelled out, not a preset',
    (text) => {
      expect(plausiblePresetOfText(text)).toBeNull();
    },
  );
});
