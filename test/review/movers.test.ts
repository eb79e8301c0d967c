import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BreakdownDimension } from '../../lib/readers/breakdown';
import { findMovers, type BreakdownRecord } from '../../lib/review/movers';
import { MoversResult } from '../../lib/review/schema';

type Row = [label: string, value: number, precision?: number];

function bd(
  dimension: BreakdownDimension,
  [start, end]: [string, string],
  day: string,
  rows: Row[],
  unit: BreakdownRecord['unit'] = 'count',
): BreakdownRecord {
  return {
    dimension,
    period: { start, end },
    day,
    observedAt: `${day}T12:00:00.000Z`,
    unit,
    rows: rows.map(([label, value, precision = 0]) => ({ label, value, precision })),
  };
}

const WEEK = ['2026-11-23', '2026-11-29'] as [string, string];
const WEEK_BEFORE = ['2026-11-16', '2026-11-22'] as [string, string];

const sourcesBefore: Row[] = [
  ['Google', 4000],
  ['Direct', 2500],
  ['Twitter', 1000],
  ['Bing', 400],
  ['DuckDuckGo', 100],
];

function ok(r: MoversResult) {
  expect(MoversResult.safeParse(r).success).toBe(true);
  if (r.status !== 'ok') throw new Error(`expected movers, got ${JSON.stringify(r)}`);
  return r;
}

describe('findMovers', () => {
  it('says there is nothing to compare without breakdowns', () => {
    expect(findMovers([])).toEqual({ status: 'none', reason: 'no-breakdowns' });
  });

  it('names a source that collapses, with its change and ratio, and the periods compared', () => {
    const r = ok(
      findMovers([
        bd('sources', WEEK_BEFORE, '2026-11-23', sourcesBefore),
        bd('sources', WEEK, '2026-11-30', [
          ['Direct', 2550],
          ['Google', 2800],
          ['Twitter', 1040],
          ['Bing', 410],
          ['DuckDuckGo', 104],
        ]),
      ]),
    );
    expect(r.current).toEqual({ start: WEEK[0], end: WEEK[1] });
    expect(r.earlier).toEqual({ start: WEEK_BEFORE[0], end: WEEK_BEFORE[1] });
    expect(r.movers).toEqual([
      {
        dimension: 'sources',
        label: 'Google',
        before: 4000,
        after: 2800,
        change: -1200,
        changeRatio: -0.3,
        unit: 'count',
      },
    ]);
  });

  it('names a page that grows, across dimensions, largest change first', () => {
    const r = ok(
      findMovers([
        bd('sources', WEEK_BEFORE, '2026-11-23', sourcesBefore),
        bd('pages', WEEK_BEFORE, '2026-11-23', [
          ['/', 5000],
          ['/pricing', 1000],
          ['/blog', 900],
        ]),
        bd('sources', WEEK, '2026-11-30', sourcesBefore),
        bd('pages', WEEK, '2026-11-30', [
          ['/', 5100],
          ['/pricing', 1600],
          ['/blog', 400],
        ]),
      ]),
    );
    expect(r.movers.map((m) => [m.dimension, m.label, m.change, m.changeRatio])).toEqual([
      ['pages', '/pricing', 600, 0.6],
      ['pages', '/blog', -500, expect.closeTo(-0.556, 3)],
    ]);
  });

  it('does not list noise: small relative changes, and rows too small for the table', () => {
    const r = findMovers([
      bd('sources', WEEK_BEFORE, '2026-11-23', sourcesBefore),
      bd('sources', WEEK, '2026-11-30', [
        ['Google', 4300], // +7.5%: under the relative floor
        ['Direct', 2300], // −8%
        ['Twitter', 1050],
        ['Bing', 400],
        ['DuckDuckGo', 300], // tripled, but 200 of a table of ~8,000: under 5% of it
      ]),
    ]);
    expect(r).toEqual({ status: 'none', reason: 'no-movers' });
  });

  it('never compares periods of different lengths', () => {
    const r = findMovers([
      bd('sources', ['2026-10-01', '2026-10-31'], '2026-11-02', sourcesBefore),
      bd('sources', WEEK, '2026-11-30', [['Google', 100]]),
    ]);
    expect(r).toEqual({ status: 'none', reason: 'no-comparable' });
  });

  it('never compares overlapping periods, and takes the latest earlier one that does not overlap', () => {
    const history = [
      bd('sources', ['2026-11-20', '2026-11-26'], '2026-11-27', sourcesBefore),
      bd('sources', WEEK, '2026-11-30', [['Google', 100]]),
    ];
    expect(findMovers(history)).toEqual({ status: 'none', reason: 'no-comparable' });
    const r = ok(
      findMovers([
        ...history,
        bd('sources', ['2026-11-09', '2026-11-15'], '2026-11-16', [['Google', 100]]),
        bd('sources', WEEK_BEFORE, '2026-11-23', [['Google', 3000]]),
      ]),
    );
    expect(r.earlier).toEqual({ start: WEEK_BEFORE[0], end: WEEK_BEFORE[1] });
    expect(r.movers[0]).toMatchObject({ label: 'Google', before: 3000, after: 100 });
  });

  it('does not take rounding for a move: the change must exceed both precisions', () => {
    // "0.9k" and "1.0k": 950 ± 50 and 1,050 ± 50 may be the same number.
    const history = (after: number) => [
      bd('pages', WEEK_BEFORE, '2026-11-23', [
        ['/a', 1050, 50],
        ['/b', 950, 50],
      ]),
      bd('pages', WEEK, '2026-11-30', [
        ['/a', 1050, 50],
        ['/b', after, 50],
      ]),
    ];
    expect(findMovers(history(1050))).toEqual({ status: 'none', reason: 'no-movers' });
    expect(ok(findMovers(history(1150))).movers[0]).toMatchObject({ label: '/b', change: 200 });
  });

  it('does not compare a period still in progress with a whole one', () => {
    const r = findMovers([
      bd('sources', ['2026-10-01', '2026-10-31'], '2026-11-01', sourcesBefore),
      // November to date, read on the 10th: a third of the month.
      bd('sources', ['2026-11-01', '2026-11-30'], '2026-11-10', [['Google', 1300]]),
    ]);
    expect(r).toEqual({ status: 'none', reason: 'no-comparable' });
  });

  it("uses a period's latest read, so a month read again after its end is whole", () => {
    const oct = bd('sources', ['2026-09-01', '2026-09-30'], '2026-10-02', [['Google', 1000]]);
    const midNov = bd('sources', ['2026-10-01', '2026-10-30'], '2026-10-10', [['Google', 300]]);
    expect(findMovers([oct, midNov])).toEqual({ status: 'none', reason: 'no-comparable' });
    const after = bd('sources', ['2026-10-01', '2026-10-30'], '2026-11-01', [['Google', 1400]]);
    expect(ok(findMovers([oct, midNov, after])).movers[0]).toMatchObject({
      before: 1000,
      after: 1400,
    });
  });

  it('compares reads on their last day only with each other, and only for a week or longer', () => {
    const endDay = bd('sources', WEEK, WEEK[1], [['Google', 2000]]);
    expect(
      findMovers([bd('sources', WEEK_BEFORE, '2026-11-23', [['Google', 4000]]), endDay]),
    ).toEqual({ status: 'none', reason: 'no-comparable' });
    expect(
      ok(findMovers([bd('sources', WEEK_BEFORE, WEEK_BEFORE[1], [['Google', 4000]]), endDay]))
        .movers,
    ).toHaveLength(1);
    // Today against yesterday, each read during its own day: how much of the day had passed?
    const today = bd('sources', ['2026-11-30', '2026-11-30'], '2026-11-30', [['Google', 50]]);
    const yesterday = bd('sources', ['2026-11-29', '2026-11-29'], '2026-11-29', [['Google', 400]]);
    expect(findMovers([yesterday, today])).toEqual({ status: 'none', reason: 'no-comparable' });
  });

  it('lists a row missing from a cut table only when its bound still makes it a certain mover', () => {
    const full: Row[] = Array.from({ length: 10 }, (_, i) => [`s${i}`, 1000 - i * 50]);
    const earlier = bd('sources', WEEK_BEFORE, '2026-11-23', full); // smallest shown: 550
    // A newcomer with 2,000: it had at most 550, so it rose by at least 1,450.
    const r = ok(
      findMovers([earlier, bd('sources', WEEK, '2026-11-30', [['Reddit', 2000], ...full])]),
    );
    expect(r.movers).toEqual([
      expect.objectContaining({
        label: 'Reddit',
        before: 550,
        change: 1450,
        changeRatio: null,
        absent: 'before',
      }),
    ]);
    // One with 600 might have had 550 before: nothing certain.
    expect(
      findMovers([earlier, bd('sources', WEEK, '2026-11-30', [['Reddit', 600], ...full])]),
    ).toEqual({ status: 'none', reason: 'no-movers' });
    // A row that left the top: at most the smallest row shown now.
    const later = full.slice(1).map(([l, v]): Row => [l, v]);
    later.push(['s10', 100]);
    const gone = ok(findMovers([earlier, bd('sources', WEEK, '2026-11-30', later)]));
    expect(gone.movers[0]).toMatchObject({
      label: 's0',
      after: 100,
      change: -900,
      absent: 'after',
    });
  });

  it('knows nothing of a missing row when the table is not sorted by the metric, or is a rate', () => {
    const unsorted = bd('sources', WEEK_BEFORE, '2026-11-23', [
      ['a', 100],
      ['b', 900],
    ]);
    expect(findMovers([unsorted, bd('sources', WEEK, '2026-11-30', [['c', 5000]])])).toEqual({
      status: 'none',
      reason: 'no-movers',
    });
    const rates = (rows: Row[], p: [string, string], day: string) =>
      bd('sources', p, day, rows, 'percent');
    expect(
      findMovers([
        rates([['a', 50]], WEEK_BEFORE, '2026-11-23'),
        rates([['c', 90]], WEEK, '2026-11-30'),
      ]),
    ).toEqual({ status: 'none', reason: 'no-movers' });
    // A rate that moved in both tables is still a mover.
    expect(
      ok(
        findMovers([
          rates([['a', 50, 0.05]], WEEK_BEFORE, '2026-11-23'),
          rates([['a', 30, 0.05]], WEEK, '2026-11-30'),
        ]),
      ).movers[0],
    ).toMatchObject({ change: -20, unit: 'percent' });
  });

  it('never compares tables in different units or currencies', () => {
    const revenue = (currency: string, v: number, p: [string, string], day: string) => ({
      ...bd('products', p, day, [['Mug', v]], 'currency'),
      currency,
    });
    expect(
      findMovers([
        revenue('USD', 1000, WEEK_BEFORE, '2026-11-23'),
        revenue('EUR', 3000, WEEK, '2026-11-30'),
      ]),
    ).toEqual({ status: 'none', reason: 'no-comparable' });
    expect(
      ok(
        findMovers([
          revenue('USD', 1000, WEEK_BEFORE, '2026-11-23'),
          revenue('USD', 3000, WEEK, '2026-11-30'),
        ]),
      ).movers[0],
    ).toMatchObject({ label: 'Mug', change: 2000, currency: 'USD' });
  });

  it('lists at most five movers', () => {
    const rows = (k: number): Row[] => Array.from({ length: 8 }, (_, i) => [`p${i}`, 1000 * k]);
    const r = ok(
      findMovers([
        bd('pages', WEEK_BEFORE, '2026-11-23', rows(1)),
        bd('pages', WEEK, '2026-11-30', rows(2)),
      ]),
    );
    expect(r.movers).toHaveLength(5);
  });

  it('never lists pure noise within the display precision (property)', () => {
    const table = fc.uniqueArray(
      fc.record({
        label: fc.string({ minLength: 1, maxLength: 8 }),
        value: fc.integer({ min: 0, max: 1_000_000 }),
        precision: fc.constantFrom(0.5, 5, 50, 500),
        // Where the true value lies in the later display's interval, as a share of both widths.
        noise: fc.double({ min: -1, max: 1, noNaN: true }),
        laterPrecision: fc.constantFrom(0.5, 5, 50, 500),
      }),
      { minLength: 1, maxLength: 10, selector: (r) => r.label },
    );
    fc.assert(
      fc.property(table, (rows) => {
        const before = rows.map((r): Row => [r.label, r.value, r.precision]);
        const after = rows.map((r): Row => [
          r.label,
          r.value + r.noise * (r.precision + r.laterPrecision),
          r.laterPrecision,
        ]);
        const result = findMovers([
          bd('pages', WEEK_BEFORE, '2026-11-23', before),
          bd('pages', WEEK, '2026-11-30', after),
        ]);
        expect(result).toEqual({ status: 'none', reason: 'no-movers' });
      }),
    );
  });
});
