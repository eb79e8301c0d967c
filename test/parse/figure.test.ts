import { describe, expect, it } from 'vitest';
import { parseFigure, parseNumber, type Figure } from '../../lib/parse';

type Row = [text: string, expected: Partial<Figure>, locale?: string];

function check([text, expected, locale]: Row) {
  const figure = parseFigure(text, locale);
  expect(figure, JSON.stringify(text)).not.toBeNull();
  const { value, precision, ...rest } = expected;
  if (value !== undefined) expect(figure!.value).toBeCloseTo(value, 6);
  if (precision !== undefined) expect(figure!.precision).toBeCloseTo(precision, 9);
  expect(figure).toMatchObject(rest);
  if (!expected.currency) expect(figure!.currency).toBeUndefined();
}

const count = (value: number, precision: number): Partial<Figure> => ({
  value,
  precision,
  unit: 'count',
});

describe('parseFigure: plain numbers and separators', () => {
  it.each<Row>([
    ['1,234.5', count(1234.5, 0.05)],
    ['1.234,5', count(1234.5, 0.05)],
    ['1 234,5', count(1234.5, 0.05)],
    ['1\u00a0234,5', count(1234.5, 0.05)],
    ['1\u202f234,5', count(1234.5, 0.05)],
    ['1\u2009234,5', count(1234.5, 0.05)],
    ["1'234.5", count(1234.5, 0.05)],
    ['1’234.5', count(1234.5, 0.05)],
    ['1,234', count(1234, 0.5)],
    ['1,234', count(1.234, 0.0005), 'de'],
    ['1.234', count(1.234, 0.0005)],
    ['1.234', count(1234, 0.5), 'de'],
    ['1.234', count(1234, 0.5), 'fr'],
    ['1,234', count(1234, 0.5), 'de-CH'],
    ['1,234', count(1234, 0.5), 'ko'],
    ['1,234', count(1.234, 0.0005), 'pt-BR'],
    ['1,5', count(1.5, 0.05)],
    ['1.5', count(1.5, 0.05), 'de'],
    ['0,123', count(0.123, 0.0005)],
    ['1,234,567', count(1234567, 0.5)],
    ['1.234.567', count(1234567, 0.5)],
    ['1.000.000.000', count(1e9, 0.5)],
    ['12,34,567', count(1234567, 0.5)],
    ['35', count(35, 0.5)],
    ['0', count(0, 0.5)],
    ['  42  ', count(42, 0.5)],
    ['-12', count(-12, 0.5)],
    ['\u221212', count(-12, 0.5)],
    ['+12', count(12, 0.5)],
    ['-0', count(0, 0.5)],
    ['１２３', count(123, 0.5)],
    ['36.096718480138165', count(36.096718480138165, 5e-16)], // a JS double, as Umami shows it
    ['2024', count(2024, 0.5)], // a bare year-like integer is a count (see figure.ts)
  ])('%s', (...row) => check(row));
});

describe('parseFigure: abbreviations', () => {
  it.each<Row>([
    ['1.23k', count(1230, 5)],
    ['16.2k', count(16200, 50)],
    ['123k', count(123000, 500)],
    ['1.2m', count(1.2e6, 5e4)],
    ['12.3K', count(12300, 50)],
    ['1.2M', count(1.2e6, 5e4)],
    ['3B', count(3e9, 5e8)],
    ['1.2b', count(1.2e9, 5e7)],
    ['1.5bn', count(1.5e9, 5e7)],
    ['2T', count(2e12, 5e11)],
    ['2.3 Mio.', count(2.3e6, 5e4)],
    ['1,2 Mrd.', count(1.2e9, 5e7), 'de'],
    ['1 Bio.', count(1e12, 5e11), 'de'],
    ['1,2 k', count(1200, 50), 'fr'],
    ['2,5 Md', count(2.5e9, 5e7), 'fr'],
    ['1.2만', count(12000, 500)],
    ['3천', count(3000, 500)],
    ['2.5억', count(2.5e8, 5e6)],
    ['1조', count(1e12, 5e11)],
    ['1억 2,345만', count(123450000, 5000)],
    ['1.2万', count(12000, 500)],
    ['3億', count(3e8, 5e7)],
    ['-9.9만', count(-99000, 500)],
  ])('%s', (...row) => check(row));
});

describe('parseFigure: percent, ratio', () => {
  it.each<Row>([
    ['41.2%', { value: 41.2, unit: 'percent', precision: 0.05 }],
    ['35%', { value: 35, unit: 'percent', precision: 0.5 }],
    ['12.5%', { value: 12.5, unit: 'percent', precision: 0.05 }],
    ['41,2 %', { value: 41.2, unit: 'percent', precision: 0.05 }],
    ['41,2\u00a0%', { value: 41.2, unit: 'percent', precision: 0.05 }],
    ['%41.2', { value: 41.2, unit: 'percent', precision: 0.05 }],
    ['%41,2', { value: 41.2, unit: 'percent' }, 'tr'],
    ['-3.1%', { value: -3.1, unit: 'percent' }],
    ['+12%', { value: 12, unit: 'percent' }],
    ['2.4x', { value: 2.4, unit: 'ratio', precision: 0.05 }],
    ['3 ×', { value: 3, unit: 'ratio', precision: 0.5 }],
  ])('%s', (...row) => check(row));
});

describe('parseFigure: currency', () => {
  const cur = (value: number, currency: string, precision?: number): Partial<Figure> => ({
    value,
    unit: 'currency',
    currency,
    ...(precision === undefined ? {} : { precision }),
  });
  it.each<Row>([
    ['$1,234.50', cur(1234.5, 'USD', 0.005)],
    ['1.234,50 €', cur(1234.5, 'EUR', 0.005)],
    ['€1,234', cur(1234, 'EUR', 0.5)],
    ['£99', cur(99, 'GBP')],
    ['¥1,234', cur(1234, 'JPY')],
    ['¥1,234', cur(1234, 'CNY'), 'zh-CN'],
    ['￥1,234', cur(1234, 'JPY'), 'ja'],
    ['JP¥1,234', cur(1234, 'JPY')],
    ['₩1,234,567', cur(1234567, 'KRW', 0.5)],
    ['12,345원', cur(12345, 'KRW', 0.5)],
    ['1.2만원', cur(12000, 'KRW', 500)],
    ['₩1억 2,345만', cur(123450000, 'KRW', 5000)],
    ['₹1,23,456', cur(123456, 'INR')],
    ['R$ 1.234,50', cur(1234.5, 'BRL')],
    ["CHF 1'234.50", cur(1234.5, 'CHF')],
    ['US$12.30', cur(12.3, 'USD')],
    ['12,30 $US', cur(12.3, 'USD'), 'fr'],
    ['USD 1,234.50', cur(1234.5, 'USD')],
    ['1.234,50 EUR', cur(1234.5, 'EUR')],
    ['1 234 JPY', cur(1234, 'JPY'), 'fr'],
    ['-$0.50', cur(-0.5, 'USD')],
    ['$-0.50', cur(-0.5, 'USD')],
    ['−€5', cur(-5, 'EUR')],
    ['$1.2K', cur(1200, 'USD', 50)],
    ['1,2 Mio. €', cur(1.2e6, 'EUR', 5e4), 'de'],
    ['US$1.2만', cur(12000, 'USD', 500)],
  ])('%s', (...row) => check(row));
});

describe('parseFigure: durations (seconds)', () => {
  const dur = (value: number, precision: number): Partial<Figure> => ({
    value,
    precision,
    unit: 'duration',
  });
  it.each<Row>([
    ['45s', dur(45, 0.5)],
    ['3m 05s', dur(185, 0.5)],
    ['1m 41s', dur(101, 0.5)],
    ['0m 45s', dur(45, 0.5)],
    ['1h 2m 3s', dur(3723, 0.5)],
    ['1h 2m', dur(3720, 30)],
    ['00:03:20', dur(200, 0.5)],
    ['03:20', dur(200, 0.5)],
    ['1:02:03', dur(3723, 0.5)],
    ['4min 22s', dur(262, 0.5)],
    ['2 min', dur(120, 30)],
    ['1분 05초', dur(65, 0.5)],
    ['1시간 2분', dur(3720, 30)],
    ['2d 3h', dur(183600, 1800)],
    ['1.5s', dur(1.5, 0.05)],
    ['350ms', dur(0.35, 0.0005)],
    ['2 hours', dur(7200, 1800)],
  ])('%s', (...row) => check(row));
});

describe('parseFigure: bytes', () => {
  const bytes = (value: number, precision: number): Partial<Figure> => ({
    value,
    precision,
    unit: 'bytes',
  });
  it.each<Row>([
    ['981.67 KiB', bytes(981.67 * 1024, 0.005 * 1024)],
    ['112.95 MiB', bytes(112.95 * 1024 ** 2, 0.005 * 1024 ** 2)],
    ['74.89 MB', bytes(74.89e6, 5000)],
    ['1.2 GB', bytes(1.2e9, 5e7)],
    ['512 B', bytes(512, 0.5)],
    ['1,5 MB', bytes(1.5e6, 5e4), 'de'],
    ['12kB', bytes(12000, 500)],
  ])('%s', (...row) => check(row));
});

describe('parseFigure: rejects what is not one figure', () => {
  it.each([
    '',
    '   ',
    'NaN',
    '—',
    '-',
    '–',
    'n/a',
    'N/A',
    '2026-03-01',
    '03/01/2026',
    'Mar 1, 2026',
    '1 Mar',
    '1.2.3',
    'v2.0',
    '+1 555-123-4567',
    '010-1234-5678',
    '10:30 AM',
    '10:30 PM',
    '1–5',
    '1-5',
    '12 visitors',
    'Visitors 12',
    '(12)',
    '$12 EUR',
    '12%$',
    '5m', // minutes or millions? neither, rather than a guess
    '1.2 m',
    '3 b',
    '3 T',
    '1,23,4',
    '1,2345,678',
    '1.234,567.8',
    '1,234,5',
    '007',
    '01234',
    '192.168.100.200',
    '1234567890123456789',
    '12345678901234567', // past 2^53: an ID, not a count
    '12 34',
    '1m 75s',
    '41s 1m',
    '1.5h 3m',
    '1:75',
    '12:30:75',
    '1억 2만 3억',
    '2만 1억',
    '--12',
    '+-12',
    '12-',
    '1e5',
    '0x1F',
    'Infinity',
    '∞',
    '1/2',
    '#1',
    '1st',
    'Q1',
    '12 kr',
    'ABC 12',
    '1 Bn', // fr's "Bn" is 10^12, en's 10^9: only with a locale…
  ])('%s → null', (text) => {
    if (text === '1 Bn') {
      expect(parseFigure(text, 'fr')?.value).toBe(1e12);
      expect(parseFigure(text, 'en')?.value).toBe(1e9);
      return;
    }
    expect(parseFigure(text)).toBeNull();
  });

  it('rejects non-strings without throwing', () => {
    expect(parseFigure(undefined as unknown as string)).toBeNull();
    expect(parseFigure('12', 'not a locale!!')?.value).toBe(12);
  });
});

describe('parseNumber', () => {
  it('returns mantissa and decimals', () => {
    expect(parseNumber('1,234.50')).toEqual({ value: 1234.5, mantissa: 123450, decimals: 2 });
    expect(parseNumber('-1.234,5', 'de')).toEqual({
      value: -1234.5,
      mantissa: -12345,
      decimals: 1,
    });
    expect(parseNumber('1.2k')).toBeNull();
  });
});
