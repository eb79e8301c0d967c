import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFigure } from '../../lib/parse';

// Whatever Intl prints in these locales must read back to the number it came from, within the
// precision parseFigure reports. Node 20's ICU prints e.g. "1 234,5" (U+202F) in fr,
// "1,2 Mio." in de, "1.2만" in ko, "$US" in fr, "JP¥" in ko and "￥" in ja.
const LOCALES = ['en', 'de', 'fr', 'ko', 'ja'] as const;
const RUNS = { numRuns: Number(process.env.PARSE_RUNS ?? 200) };
// Relative slack for doubles: precision is exact in decimal, the arithmetic is not.
const EPS = 1e-9;

const integers = fc.integer({ min: -1e9, max: 1e9 });
const decimals = fc
  .tuple(fc.integer({ min: -1e7, max: 1e7 }), fc.integer({ min: 0, max: 4 }))
  .map(([n, d]) => n / 10 ** d);
const numbers = fc.oneof(integers, decimals);
const locales = fc.constantFrom(...LOCALES);

function expectWithin(text: string, locale: string, expected: number, unit: string) {
  const figure = parseFigure(text, locale);
  expect(figure, `${locale} ${JSON.stringify(text)}`).not.toBeNull();
  expect(figure!.unit).toBe(unit);
  const slack = figure!.precision + EPS * Math.max(1, Math.abs(expected));
  expect(
    Math.abs(figure!.value - expected),
    `${locale} ${JSON.stringify(text)} → ${figure!.value} ± ${figure!.precision}`,
  ).toBeLessThanOrEqual(slack);
}

describe('parseFigure reads back what Intl.NumberFormat prints', () => {
  it('plain numbers', () => {
    fc.assert(
      fc.property(numbers, locales, (n, locale) => {
        const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(n);
        expectWithin(text, locale, n, 'count');
      }),
      RUNS,
    );
  });

  it('currency', () => {
    const currencies = fc.constantFrom('USD', 'EUR', 'KRW', 'JPY');
    fc.assert(
      fc.property(numbers, locales, currencies, (n, locale, currency) => {
        const text = new Intl.NumberFormat(locale, { style: 'currency', currency }).format(n);
        const figure = parseFigure(text, locale);
        expect(figure?.currency, `${locale} ${JSON.stringify(text)}`).toBe(currency);
        expectWithin(text, locale, n, 'currency');
      }),
      RUNS,
    );
  });

  it('percent (Intl multiplies by 100; Pacer keeps 41.2 for 41.2%)', () => {
    const ratios = fc
      .tuple(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 6 }))
      .map(([n, d]) => n / 10 ** d);
    fc.assert(
      fc.property(ratios, locales, fc.integer({ min: 0, max: 2 }), (n, locale, digits) => {
        const text = new Intl.NumberFormat(locale, {
          style: 'percent',
          maximumFractionDigits: digits,
        }).format(n);
        expectWithin(text, locale, n * 100, 'percent');
      }),
      RUNS,
    );
  });

  it('compact notation (K/M/B, Mio./Mrd., k/M/Md, 천/만/억, 万/億)', () => {
    const magnitudes = fc
      .tuple(fc.integer({ min: -999_999, max: 999_999 }), fc.integer({ min: 0, max: 6 }))
      .map(([n, e]) => n * 10 ** e);
    fc.assert(
      fc.property(magnitudes, locales, (n, locale) => {
        const text = new Intl.NumberFormat(locale, { notation: 'compact' }).format(n);
        expectWithin(text, locale, n, 'count');
      }),
      RUNS,
    );
  });

  it('compact currency', () => {
    const magnitudes = fc
      .tuple(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 5 }))
      .map(([n, e]) => n * 10 ** e);
    fc.assert(
      fc.property(magnitudes, locales, fc.constantFrom('USD', 'EUR'), (n, locale, currency) => {
        const text = new Intl.NumberFormat(locale, {
          notation: 'compact',
          style: 'currency',
          currency,
        }).format(n);
        expectWithin(text, locale, n, 'currency');
      }),
      RUNS,
    );
  });
});
