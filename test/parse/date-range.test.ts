import { describe, expect, it } from 'vitest';
import { parseDateRangeText } from '../../lib/parse';

// A Tuesday. 23:30 UTC on purpose: the UTC date counts, whatever the machine's zone says.
const NOW = new Date('2026-04-14T23:30:00Z');

type Row = [text: string, start: string, end: string, locale?: string];

describe('parseDateRangeText: presets', () => {
  it.each<Row>([
    ['Today', '2026-04-14', '2026-04-14'],
    ['Yesterday', '2026-04-13', '2026-04-13'],
    ['Last 7 days', '2026-04-08', '2026-04-14'],
    ['Last 30 days', '2026-03-16', '2026-04-14'],
    ['last 28 days', '2026-03-18', '2026-04-14'],
    ['Past 90 days', '2026-01-15', '2026-04-14'],
    ['Last 4 weeks', '2026-03-18', '2026-04-14'],
    ['This month', '2026-04-01', '2026-04-30'],
    ['Month to date', '2026-04-01', '2026-04-14'],
    ['Last month', '2026-03-01', '2026-03-31'],
    ['This year', '2026-01-01', '2026-12-31'],
    ['Year to date', '2026-01-01', '2026-04-14'],
    ['Last year', '2025-01-01', '2025-12-31'],
    ['Last 12 months', '2025-04-15', '2026-04-14'],
    ['Last 3 months', '2026-01-15', '2026-04-14'],
    ['지난 28일', '2026-03-18', '2026-04-14'],
    ['지난 7일', '2026-04-08', '2026-04-14'],
    ['최근 30일', '2026-03-16', '2026-04-14'],
    ['오늘', '2026-04-14', '2026-04-14'],
    ['어제', '2026-04-13', '2026-04-13'],
    ['지난달', '2026-03-01', '2026-03-31'],
    ['지난 12개월', '2025-04-15', '2026-04-14'],
    ['Letzten 7 Tage', '2026-04-08', '2026-04-14'],
    ['Letzte 30 Tage', '2026-03-16', '2026-04-14'],
    ['Die letzten 28 Tage', '2026-03-18', '2026-04-14'],
    ['Heute', '2026-04-14', '2026-04-14'],
    ['過去 28 日間', '2026-03-18', '2026-04-14'],
  ])('%s', (text, start, end, locale) => {
    expect(parseDateRangeText(text, NOW, locale)).toEqual({ start, end });
  });

  it('leaves today out when asked (GA4 / Search Console "Last 28 days")', () => {
    expect(parseDateRangeText('Last 28 days', NOW, 'en', { includeToday: false })).toEqual({
      start: '2026-03-17',
      end: '2026-04-13',
    });
  });

  it('clamps month arithmetic at month ends', () => {
    const may31 = new Date('2026-05-31T12:00:00Z');
    expect(parseDateRangeText('Last month', may31)).toEqual({
      start: '2026-04-01',
      end: '2026-04-30',
    });
    const mar31 = new Date('2026-03-31T12:00:00Z');
    expect(parseDateRangeText('Last 1 month', mar31)).toEqual({
      start: '2026-03-01',
      end: '2026-03-31',
    });
  });
});

describe('parseDateRangeText: explicit ranges', () => {
  it.each<Row>([
    ['Mar 1 – Mar 31, 2026', '2026-03-01', '2026-03-31'],
    ['Mar 1, 2026 - Mar 31, 2026', '2026-03-01', '2026-03-31'],
    ['Mar 1 – 31, 2026', '2026-03-01', '2026-03-31'],
    ['March 1, 2026 – March 31, 2026', '2026-03-01', '2026-03-31'],
    ['Dec 15 – Jan 14, 2026', '2025-12-15', '2026-01-14'],
    ['1 Mar 2026 – 31 Mar 2026', '2026-03-01', '2026-03-31'],
    ['1 Mar – 31 Mar 2026', '2026-03-01', '2026-03-31'],
    ['2026-03-01 – 2026-03-31', '2026-03-01', '2026-03-31'],
    ['2026-03-01 - 2026-03-31', '2026-03-01', '2026-03-31'],
    ['2026-03-01–2026-03-31', '2026-03-01', '2026-03-31'],
    ['2026-03-01 to 2026-03-31', '2026-03-01', '2026-03-31'],
    ['01/May/2024 — 14/May/2024', '2024-05-01', '2024-05-14'],
    ['2026. 3. 1. ~ 2026. 3. 31.', '2026-03-01', '2026-03-31'],
    ['2026년 3월 1일 ~ 2026년 3월 31일', '2026-03-01', '2026-03-31'],
    ['2026년 3월 1일 ~ 3월 31일', '2026-03-01', '2026-03-31'],
    ['2026年3月1日～2026年3月31日', '2026-03-01', '2026-03-31'],
    ['1. März 2026 – 31. März 2026', '2026-03-01', '2026-03-31', 'de'],
    ['01.03.2026 - 31.03.2026', '2026-03-01', '2026-03-31', 'de'],
    ['03/01/2026 – 03/31/2026', '2026-03-01', '2026-03-31', 'en-US'],
    ['01/03/2026 – 31/03/2026', '2026-03-01', '2026-03-31', 'en-GB'],
    ['Mar 15, 2026', '2026-03-15', '2026-03-15'],
    ['2026-03-15', '2026-03-15', '2026-03-15'],
  ])('%s', (text, start, end, locale) => {
    expect(parseDateRangeText(text, NOW, locale)).toEqual({ start, end });
  });
});

describe('parseDateRangeText: null rather than a guess', () => {
  it.each([
    '',
    'Custom',
    'Compare',
    'All time',
    'This week', // Sunday or Monday start: depends on the dashboard
    'Last week',
    'Mar 1 – Mar 31', // no year anywhere
    '03/01/2026 – 03/31/2026', // M/D or D/M: needs a locale
    '2026-03-31 – 2026-03-01', // backwards
    '2026-02-30 – 2026-03-01', // no such day
    'Foo 1 – Bar 3, 2026',
    'Last 0 days',
    'Last 7 days vs previous period',
    '2026-03-01 – 2026-03-15 – 2026-03-31',
    '13/45/2026',
  ])('%s → null', (text) => {
    expect(parseDateRangeText(text, NOW)).toBeNull();
  });

  it('returns null for an invalid now', () => {
    expect(parseDateRangeText('Today', new Date('nope'))).toBeNull();
  });
});
