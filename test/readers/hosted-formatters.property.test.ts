// @vitest-environment happy-dom
/**
 * The hosted readers' precision against the way each dashboard shows numbers: for any true
 * value, |true − value read| ≤ precision.
 * - GA4 and Search Console abbreviate with the locale's compact notation (Google's number
 *   formatting follows CLDR, as Intl does; Search Console's cards keep 3 digits: "1.23K"), which
 *   rounds half away from zero.
 * - YouTube Studio abbreviates too, but whether it floors (as YouTube's public counts do) or
 *   rounds is not known: both must be covered.
 * - Stripe shows money to the cent.
 */
import fc from 'fast-check';
import { reader as ga4 } from '../../lib/readers/ga4';
import { reader as searchConsole } from '../../lib/readers/search-console';
import { reader as stripe } from '../../lib/readers/stripe';
import type { Reader } from '../../lib/readers/types';
import { reader as youtube } from '../../lib/readers/youtube';
import { parseHtml } from './happy-dom';

const RUNS = { numRuns: Number(process.env.PARSE_RUNS ?? 150) };
const NOW = new Date('2026-04-01T09:00:00Z');
const LOCALES = ['en-US', 'de-DE', 'ko-KR'] as const;

function figure(r: Reader, lang: string, label: string, text: string, url: string) {
  const card = `<div><div><div><span>${label}</span></div><div><span>${text}</span></div></div></div>`;
  const doc = parseHtml(`<html lang="${lang}"><body>${card}</body></html>`);
  return r.read(doc, new URL(url), NOW)?.figures[0];
}

function expectCovers(
  truth: number,
  text: string,
  f: { value: number; precision: number } | undefined,
) {
  expect(f, `nothing read from ${text} (${truth})`).toBeDefined();
  expect(Math.abs(truth - f!.value), `${text} for ${truth}`).toBeLessThanOrEqual(
    f!.precision + 1e-9 * Math.max(1, truth),
  );
}

const GA4_URL = 'https://analytics.google.com/analytics/web/#/p1/reports/intelligenthome';
const SC_URL =
  'https://search.google.com/search-console/performance/search-analytics?resource_id=x';
const LABELS = {
  ga4: { 'en-US': 'Active users', 'de-DE': 'Aktive Nutzer', 'ko-KR': '활성 사용자' },
  sc: { 'en-US': 'Total clicks', 'de-DE': 'Klicks insgesamt', 'ko-KR': '총 클릭수' },
  yt: { 'en-US': 'Views', 'de-DE': 'Aufrufe', 'ko-KR': '조회수' },
};

describe('GA4 and Search Console: compact notation rounds', () => {
  it('GA4 scorecards (en, de, ko compact): the true count is inside the reading', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2e9 }), fc.constantFrom(...LOCALES), (n, loc) => {
        const text = new Intl.NumberFormat(loc, { notation: 'compact' }).format(n);
        expectCovers(n, text, figure(ga4, loc.slice(0, 2), LABELS.ga4[loc], text, GA4_URL));
      }),
      RUNS,
    );
  });

  it('Search Console cards (3 significant digits, en, de, ko)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2e9 }), fc.constantFrom(...LOCALES), (n, loc) => {
        const fmt = new Intl.NumberFormat(loc, {
          notation: 'compact',
          maximumSignificantDigits: 3,
        });
        // Three significant digits when abbreviated ("1.23K", "4.56만"); a number the locale does
        // not abbreviate is shown in full ("1234" in the German fixture), as the cards do.
        const compact = fmt.format(n);
        const text = /\p{L}/u.test(compact) ? compact : new Intl.NumberFormat(loc).format(n);
        expectCovers(n, text, figure(searchConsole, loc.slice(0, 2), LABELS.sc[loc], text, SC_URL));
      }),
      RUNS,
    );
  });
});

// YouTube's public counts: floored to one decimal of the unit, ".0" dropped ("1.2K", "12K").
function floorCompact(n: number, loc: 'en-US' | 'ko-KR'): string {
  const units: [number, string][] =
    loc === 'ko-KR'
      ? [
          [1e8, '억'],
          [1e4, '만'],
          [1e3, '천'],
        ]
      : [
          [1e9, 'B'],
          [1e6, 'M'],
          [1e3, 'K'],
        ];
  for (const [size, unit] of units) {
    if (n >= size) return `${Math.floor((n / size) * 10) / 10}${unit}`;
  }
  return String(n);
}

describe('YouTube Studio: floor or round, both covered', () => {
  const URL_ = 'https://studio.youtube.com/channel/UC1/analytics/tab-overview/period-default';
  const yt = (loc: (typeof LOCALES)[number], text: string) => {
    const block = `<yta-key-metric-block><div id="metric-label">${LABELS.yt[loc]}</div><div id="metric-and-performance-container"><span id="metric-total">${text}</span></div></yta-key-metric-block>`;
    const doc = parseHtml(`<html lang="${loc.slice(0, 2)}"><body>${block}</body></html>`);
    return youtube.read(doc, new URL(URL_), NOW)?.figures[0];
  };

  it('floored (en, ko)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2e9 }),
        fc.constantFrom('en-US', 'ko-KR' as const),
        (n, loc) => {
          const text = floorCompact(n, loc);
          expectCovers(n, text, yt(loc, text));
        },
      ),
      RUNS,
    );
  });

  it('rounded (Intl compact, en, de, ko)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2e9 }), fc.constantFrom(...LOCALES), (n, loc) => {
        const text = new Intl.NumberFormat(loc, { notation: 'compact' }).format(n);
        expectCovers(n, text, yt(loc, text));
      }),
      RUNS,
    );
  });
});

describe('Stripe: money to the cent', () => {
  it('any amount in USD, EUR or GBP as Stripe’s en dashboard prints it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e10, max: 1e10 }),
        fc.constantFrom('USD', 'EUR', 'GBP'),
        (cents, currency) => {
          const text = new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(
            cents / 100,
          );
          const f = figure(
            stripe,
            'en',
            'Gross volume',
            text,
            'https://dashboard.stripe.com/dashboard',
          );
          expectCovers(cents / 100, text, f);
          expect(f!.currency).toBe(currency);
        },
      ),
      RUNS,
    );
  });
});
