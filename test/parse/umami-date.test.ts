import { afterEach, describe, expect, it } from 'vitest';
import { localDay, umamiDateRange, umamiRangeFromUrl } from '../../lib/parse';

// A Friday; 21:00 of the same day in Seoul.
const NOW = new Date('2026-11-27T12:00:00Z');
const UTC = 'UTC';

type Row = [value: string, start: string, end: string];
const r = (start: string, end: string) => ({ start, end });

describe('umamiDateRange: Umami 3.x presets (parseDateRange at v3.1.0)', () => {
  it.each<Row>([
    ['0day', '2026-11-27', '2026-11-27'], // Today
    ['7day', '2026-11-20', '2026-11-27'], // today and the 7 days before
    ['30day', '2026-10-28', '2026-11-27'],
    ['90day', '2026-08-29', '2026-11-27'],
    ['0month', '2026-11-01', '2026-11-30'], // This month: to the month's end
    ['6month', '2026-05-01', '2026-11-30'], // 7 calendar months
    ['12month', '2025-11-01', '2026-11-30'], // 13 calendar months
    ['0year', '2026-01-01', '2026-12-31'],
    ['1year', '2025-01-01', '2026-12-31'],
  ])('%s', (value, start, end) => {
    expect(umamiDateRange(value, NOW, { version: 3, timeZone: UTC })).toEqual(r(start, end));
  });

  it('This week starts on the locale’s first day (date-fns: en-US Sunday, de Monday)', () => {
    const o = { version: 3 as const, timeZone: UTC };
    expect(umamiDateRange('0week', NOW, { ...o, locale: 'en-US' })).toEqual(
      r('2026-11-22', '2026-11-28'),
    );
    expect(umamiDateRange('0week', NOW, { ...o, locale: 'de-DE' })).toEqual(
      r('2026-11-23', '2026-11-29'),
    );
    expect(umamiDateRange('0week', NOW, { ...o, locale: 'ko-KR' })).toEqual(
      r('2026-11-22', '2026-11-28'),
    );
    // A language whose week start was not checked: no guess.
    expect(umamiDateRange('0week', NOW, { ...o, locale: 'fi-FI' })).toBeNull();
    expect(umamiDateRange('0week', NOW, o)).toBeNull();
  });

  it.each(['24hour', '1hour', 'all', '7days', 'custom', '', '-1day', 'range:abc:def'])(
    '%s → null (rolling hours, unknown or malformed)',
    (value) => {
      expect(umamiDateRange(value, NOW, { version: 3, timeZone: UTC })).toBeNull();
    },
  );
});

describe('umamiDateRange: Umami 2.x presets (parseDateRange at v2.19.0)', () => {
  it.each<Row>([
    ['0day', '2026-11-27', '2026-11-27'],
    ['7day', '2026-11-21', '2026-11-27'], // 7 days including today
    ['30day', '2026-10-29', '2026-11-27'],
    ['90day', '2026-08-30', '2026-11-27'],
    ['0month', '2026-11-01', '2026-11-30'],
    ['6month', '2026-06-01', '2026-11-30'], // 6 calendar months
    ['12month', '2025-12-01', '2026-11-30'],
    ['0year', '2026-01-01', '2026-12-31'],
  ])('%s', (value, start, end) => {
    expect(umamiDateRange(value, NOW, { version: 2, timeZone: UTC })).toEqual(r(start, end));
  });

  it('Last 24 hours and All time have no day range', () => {
    expect(umamiDateRange('24hour', NOW, { version: 2, timeZone: UTC })).toBeNull();
    expect(umamiDateRange('all', NOW, { version: 2, timeZone: UTC })).toBeNull();
  });
});

describe('umamiDateRange: the arrows beside the picker (getOffsetDateRange)', () => {
  const o = { version: 3 as const, timeZone: UTC, locale: 'en-US' };
  it.each<[string, number, string, string]>([
    ['0day', -1, '2026-11-26', '2026-11-26'],
    ['7day', -1, '2026-11-13', '2026-11-20'], // moved by 7 days, still 8 days long
    ['30day', -2, '2026-08-29', '2026-09-28'],
    ['0week', -1, '2026-11-15', '2026-11-21'],
    // date-fns addMonths clamps the end: November's 30th becomes October's 30th, so Umami asks
    // for Oct 1 – Oct 30 (and shows those dates).
    ['0month', -1, '2026-10-01', '2026-10-30'],
    ['0month', -2, '2026-09-01', '2026-09-30'],
    ['0year', -1, '2025-01-01', '2025-12-31'],
  ])('%s offset %i', (value, offset, start, end) => {
    expect(umamiDateRange(value, NOW, o, offset)).toEqual(r(start, end));
  });

  it('a custom range with an offset is not something the page does: null', () => {
    expect(umamiDateRange(`range:${Date.UTC(2026, 9, 1)}:${Date.UTC(2026, 9, 2)}`, NOW, o, 1)).toBe(
      null,
    );
  });
});

describe('umamiDateRange: time zones and month boundaries', () => {
  // Umami's picker stores the browser's local midnights: October in Seoul.
  const oct1Kst = Date.UTC(2026, 8, 30, 15); // 2026-10-01 00:00 KST
  const oct31EndKst = Date.UTC(2026, 9, 31, 14, 59, 59, 999); // 2026-10-31 23:59:59.999 KST
  const october = `range:${oct1Kst}:${oct31EndKst}`;

  it('a custom October range picked in Seoul is Oct 1 – Oct 31 (not Sep 30)', () => {
    expect(umamiDateRange(october, NOW, { version: 3, timeZone: 'Asia/Seoul' })).toEqual(
      r('2026-10-01', '2026-10-31'),
    );
    expect(umamiDateRange(october, NOW, { version: 2, timeZone: 'Asia/Seoul' })).toEqual(
      r('2026-10-01', '2026-10-31'),
    );
  });

  it('3.x "All time" (range with :all) covers the data’s days', () => {
    expect(umamiDateRange(`${october}:all`, NOW, { version: 3, timeZone: 'Asia/Seoul' })).toEqual(
      r('2026-10-01', '2026-10-31'),
    );
  });

  it('"today" is the browser’s day: Apr 1 in Seoul while UTC is still Mar 31', () => {
    const now = new Date('2026-03-31T20:00:00Z');
    const seoul = { version: 3 as const, timeZone: 'Asia/Seoul' };
    expect(umamiDateRange('0day', now, seoul)).toEqual(r('2026-04-01', '2026-04-01'));
    expect(umamiDateRange('0month', now, seoul)).toEqual(r('2026-04-01', '2026-04-30'));
    expect(umamiDateRange('7day', now, seoul)).toEqual(r('2026-03-25', '2026-04-01'));
    expect(umamiDateRange('0month', now, { version: 3, timeZone: UTC })).toEqual(
      r('2026-03-01', '2026-03-31'),
    );
    // Los Angeles is still on Mar 31 at 13:00.
    expect(umamiDateRange('0day', now, { version: 2, timeZone: 'America/Los_Angeles' })).toEqual(
      r('2026-03-31', '2026-03-31'),
    );
  });

  it('month and year boundaries: Last 6 months from January reaches into last year', () => {
    const jan = new Date('2027-01-02T00:00:00Z');
    expect(umamiDateRange('6month', jan, { version: 3, timeZone: UTC })).toEqual(
      r('2026-07-01', '2027-01-31'),
    );
    expect(umamiDateRange('6month', jan, { version: 2, timeZone: UTC })).toEqual(
      r('2026-08-01', '2027-01-31'),
    );
    expect(umamiDateRange('30day', jan, { version: 3, timeZone: UTC })).toEqual(
      r('2026-12-03', '2027-01-02'),
    );
  });

  it('an unknown zone is not a guess', () => {
    expect(umamiDateRange('0day', NOW, { version: 3, timeZone: 'Mars/Olympus' })).toBeNull();
    expect(localDay(Number.NaN)).toBeNull();
  });

  describe('with the machine itself in Asia/Seoul (TZ), as a Seoul browser is', () => {
    const saved = process.env.TZ;
    afterEach(() => {
      process.env.TZ = saved;
    });

    it('defaults to the runtime’s zone', () => {
      process.env.TZ = 'Asia/Seoul';
      const url = new URL(`https://u.example/websites/a?date=${october}`);
      expect(umamiRangeFromUrl(url, NOW)).toEqual(r('2026-10-01', '2026-10-31'));
    });
  });
});

describe('umamiRangeFromUrl (3.x keeps date and offset in the URL)', () => {
  const base = 'https://u.example/websites/756bbf38-42a5-4b11-b3b2-b16527e8b530';
  it.each<[string, string | null, string | null]>([
    ['?date=30day', '2026-10-28', '2026-11-27'],
    ['?date=7day&offset=-1', '2026-11-13', '2026-11-20'],
    ['?date=0month&unit=day', '2026-11-01', '2026-11-30'],
    ['', null, null],
    ['?date=24hour', null, null],
    ['?date=7day&offset=x', null, null],
  ])('%s', (query, start, end) => {
    const got = umamiRangeFromUrl(new URL(base + query), NOW, { timeZone: UTC });
    expect(got).toEqual(start && end ? r(start, end) : null);
  });
});
