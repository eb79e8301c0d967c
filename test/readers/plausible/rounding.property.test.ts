// @vitest-environment happy-dom
/**
 * Issue 15, item 1: for any true value, what Plausible shows, read back by the Plausible
 * reader, holds the true value within value ± precision. The formatters below re-state the
 * rules of Plausible's source (util/number-formatter.ts numberShortFormatter, durationFormatter,
 * percentageFormatter; the API's rounding in lib/plausible/stats/sql/expression.ex) so the test
 * does not lean on the reader's own reading of them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../support/read-page';
import { shortNumberInterval } from '../../../lib/readers/plausible/rounding';
import { parseHtml } from '../happy-dom';
import { shortFormat } from './short-format';

const RUNS = { numRuns: Number(process.env.PARSE_RUNS ?? 300) };

function durationFormat(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor(seconds / 60) % 60;
  const s = Math.floor(seconds - m * 60 - h * 3600);
  if (h > 0) return `${h}h ${m}m ${s}s`;
  if (m > 0) return `${m}m ${String(s).padStart(2, '0')}s`;
  return `${s}s`;
}

/** v3's percentageFormatter (roundedNumberFormatter); v2 printed the API's number as is. */
function percentFormat(n: number): string {
  if (Math.abs(n) > 0 && Math.abs(n) < 0.1) return `${n.toFixed(2)}%`;
  return `${n.toFixed(1).replace(/\.0$/, '')}%`;
}

function readTile(key: string, label: string, text: string) {
  const html = `<div id="stats-react-container" data-domain="example.com" data-offset="0" data-segments="[]"><div id="top-stats-container"><div><div>${label}</div><div><span><p id="${key}">${text}</p></span></div></div></div></div>`;
  const read = readPage(parseHtml(html), new URL('https://plausible.io/example.com?period=day'), {
    now: new Date('2026-11-27T12:00:00Z'),
  });
  // Realtime tiles are keyed `current_visitors~realtime`: their own view.
  const fig = read?.figures.find((f) => f.key.split('~')[0] === key);
  expect(fig, `${key} ${text}`).toBeDefined();
  return fig!;
}

function expectInside(key: string, label: string, trueValue: number, text: string) {
  const fig = readTile(key, label, text);
  const slack = fig.precision + 1e-9 * Math.max(1, trueValue);
  expect(
    Math.abs(fig.value - trueValue),
    `${key}: true ${trueValue} shown "${text}" read ${fig.value} ± ${fig.precision}`,
  ).toBeLessThanOrEqual(slack);
}

// True counts spread over every magnitude the formatter treats differently.
const counts = fc.oneof(
  fc.integer({ min: 0, max: 999 }),
  fc.integer({ min: 1_000, max: 99_999 }),
  fc.integer({ min: 100_000, max: 999_999 }),
  fc.integer({ min: 1_000_000, max: 999_999_999 }),
  fc.integer({ min: 1e9, max: 2e12 }),
  // Edges: exact thousands and tenths, and just below them.
  fc.integer({ min: 1, max: 999 }).chain((k) => fc.constantFrom(k * 100, k * 100 - 1, k * 1000)),
);

describe('Plausible rounding: the true value is always inside value ± precision', () => {
  it('counts (numberShortFormatter)', () => {
    fc.assert(
      fc.property(counts, fc.constantFrom('visitors', 'visits', 'pageviews', 'events'), (n, key) =>
        expectInside(key, 'Unique visitors', n, shortFormat(n)),
      ),
      RUNS,
    );
  });

  it('current visitors in realtime', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5_000_000 }), (n) =>
        expectInside('current_visitors', 'Current visitors', n, shortFormat(n)),
      ),
      RUNS,
    );
  });

  it('views per visit: the API rounds to 2 decimals, the formatter prints it as is', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 50, noNaN: true }), (x) => {
        const api = Math.round(x * 100) / 100;
        expectInside('views_per_visit', 'Views per visit', x, shortFormat(api));
      }),
      RUNS,
    );
  });

  it('visit duration: the API rounds to seconds, the formatter floors', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 20_000, noNaN: true }), (x) =>
        expectInside('visit_duration', 'Visit duration', x, durationFormat(Math.round(x))),
      ),
      RUNS,
    );
  });

  it('time on page: whether or not the API rounds, the formatter floors', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 5_000, noNaN: true }), fc.boolean(), (x, rounded) =>
        expectInside(
          'time_on_page',
          'Time on page',
          x,
          durationFormat(rounded ? Math.round(x) : x),
        ),
      ),
      RUNS,
    );
  });

  it('bounce rate: the API rounds to a whole percent (v2 prints it, v3 to one decimal)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.boolean(), (x, v3) => {
        const api = Math.round(x);
        expectInside('bounce_rate', 'Bounce rate', x, v3 ? percentFormat(api) : `${api}%`);
      }),
      RUNS,
    );
  });

  it('conversion rate: two decimals from the API, shown to one', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (x) => {
        const api = Math.round(x * 100) / 100;
        expectInside('conversion_rate', 'Conversion rate', x, percentFormat(api));
      }),
      RUNS,
    );
  });
});

describe('shortNumberInterval', () => {
  it.each([
    ['1k', 1000, 1100], // 1,080 shows as "1k"
    ['3k', 3000, 3100], // 3,041 shows as "3k"
    ['12.3k', 12300, 12400],
    ['99.9k', 99900, 100000],
    ['123k', 123000, 124000],
    ['1.2M', 1_200_000, 1_300_000],
    ['12M', 12_000_000, 12_100_000],
    ['450M', 450_000_000, 451_000_000],
    ['2B', 2e9, 2.1e9],
    ['987', 987, 987],
  ])('"%s" is [%d, %d)', (text, low, high) => {
    expect(shortNumberInterval(text)).toEqual({ low, high });
  });

  it.each(['1.0k', '100.5k', '1,234', '1234', '0.5k', '1.25k', '12K'])(
    '"%s" is not something the formatter writes',
    (text) => {
      expect(shortNumberInterval(text)).toBeNull();
    },
  );

  it('is tight: no wider than one display step', () => {
    fc.assert(
      fc.property(counts, (n) => {
        const i = shortNumberInterval(shortFormat(n))!;
        expect(i).not.toBeNull();
        expect(n).toBeGreaterThanOrEqual(i.low);
        expect(n).toBeLessThanOrEqual(i.high);
        if (n >= 1000 && n < 1e12) expect(i.high - i.low).toBeLessThanOrEqual(n * 0.1 + 1);
      }),
      RUNS,
    );
  });
});
