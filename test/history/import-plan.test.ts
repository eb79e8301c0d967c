import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Reading } from '../../lib/goals/schema';
import {
  analyseBytes,
  analyseText,
  mappingFor,
  pickColumn,
  planImport,
  type Analysis,
  type Target,
} from '../../lib/history';

const DIR = join(__dirname, '../fixtures/csv');
const load = (name: string): Analysis => {
  const r = analyseBytes(new Uint8Array(readFileSync(join(DIR, name))));
  if (!r.ok) throw new Error(r.error);
  return r.analysis;
};
const text = (s: string): Analysis => {
  const r = analyseText(s);
  if (!r.ok) throw new Error(r.error);
  return r.analysis;
};

const target = (
  key: string,
  accumulation: Target['accumulation'],
  start = '2026-09-01',
  deadline = '2026-12-31',
): Target => ({
  metric: { source: 'plausible', scope: 'example.com', key },
  accumulation,
  start,
  deadline,
});

/** Plan the column the goal's metric key picks, with the user's extra choices. */
function plan(a: Analysis, t: Target, today = '2026-11-30', extra = {}) {
  const col = pickColumn(a, t.metric.key) ?? a.columns.find((c) => c.header === t.metric.key);
  if (!col) throw new Error(`no column for ${t.metric.key}`);
  const m = mappingFor(a, { column: col.index, ...extra });
  if (!m.ok) throw new Error(`missing ${m.missing}`);
  return planImport(a.table, m.mapping, t, today);
}

describe('a period-total goal: days summed into the goal’s period', () => {
  it('Plausible pageviews become running totals from the goal’s start', () => {
    const a = load('plausible-visitors.csv');
    const p = plan(a, target('pageviews', 'period-total'));
    expect(p.errors).toEqual([]);
    expect(p.problem).toBeNull();
    expect(p.readings).toHaveLength(30);
    const daily = a.table.rows.map((r) => Number(r.cells[2]));
    const sum = daily.reduce((x, y) => x + y, 0);
    expect(p.readings.at(-1)).toEqual({
      metric: { source: 'plausible', scope: 'example.com', key: 'pageviews' },
      unit: 'count',
      origin: 'import',
      value: sum,
      precision: 0,
      period: { start: '2026-09-01', end: '2026-09-30' },
      observedAt: '2026-09-30T00:00:00.000Z',
    });
    expect(p.readings[1]!.value).toBe(daily[0]! + daily[1]!);
    // Every reading is one the background will accept.
    for (const r of p.readings) expect(Reading.safeParse(r).success).toBe(true);
  });

  it('refuses to add up daily unique visitors, and levels', () => {
    const a = load('plausible-visitors.csv');
    expect(plan(a, target('visitors', 'period-total')).problem).toEqual({ kind: 'unique-total' });
    expect(plan(a, target('bounce_rate', 'period-total')).problem).toEqual({
      kind: 'level-total',
    });
  });

  it('leaves out days after today and outside the goal’s period', () => {
    const a = load('plausible-visitors.csv');
    const p = plan(
      a,
      target('pageviews', 'period-total', '2026-09-01', '2026-12-31'),
      '2026-09-20',
    );
    expect(p.readings).toHaveLength(20);
    expect(p.left.future).toBe(10);
    const q = plan(a, target('pageviews', 'period-total', '2026-08-01', '2026-09-10'));
    expect(q.problem).toEqual({ kind: 'starts-late', first: '2026-09-01', start: '2026-08-01' });
    const r = plan(a, target('pageviews', 'period-total', '2026-09-01', '2026-09-10'));
    expect(r.readings).toHaveLength(10);
    expect(r.left.outside).toBe(20);
  });

  it('stops the totals at a missing day: every later total would be unknown', () => {
    const csv = 'date,pageviews\n2026-09-01,10\n2026-09-02,20\n2026-09-04,40\n2026-09-05,50\n';
    const p = plan(text(csv), target('pageviews', 'period-total'), '2026-11-30', {
      kind: 'amount',
    });
    expect(p.readings.map((r) => r.value)).toEqual([10, 30]);
    expect(p.left.gap).toEqual({ missing: '2026-09-03', days: 2 });
  });

  it('adds up Stripe payments per UTC day, without failed ones, in the file’s currency', () => {
    const a = load('stripe-payments.csv');
    const p = plan(a, {
      ...target('gross_volume', 'period-total'),
      metric: { source: 'stripe', scope: 'acct', key: 'gross_volume' },
    });
    expect(p.errors).toEqual([]);
    expect(p.left.notPaid).toBe(2); // payments 7 and 14 failed
    expect(p.readings).toHaveLength(10);
    expect(p.readings[0]).toMatchObject({ unit: 'currency', currency: 'USD', value: 19 });
    // 19 payments, of which 2 failed; each is 19, 29 or 39.
    const paid = a.table.rows
      .filter((r) => r.cells[14] === 'Paid')
      .reduce((s, r) => s + Number(r.cells[2]), 0);
    expect(p.readings.at(-1)!.value).toBe(paid);
  });
});

describe('a level goal: the day’s value', () => {
  it('Plausible bounce rate, one reading per day covering that day', () => {
    const p = plan(load('plausible-visitors.csv'), target('bounce_rate', 'level'));
    expect(p.readings).toHaveLength(30);
    expect(p.readings[0]).toMatchObject({
      value: 48,
      unit: 'percent',
      period: { start: '2026-09-01', end: '2026-09-01' },
    });
  });

  it('Search Console: newest-first rows come out in date order; CTR as a percent', () => {
    const t = {
      ...target('average_ctr', 'level'),
      metric: { source: 'search-console', scope: 'sc-domain:example.com', key: 'average_ctr' },
    };
    const p = plan(load('search-console-dates.csv'), t);
    expect(p.readings.map((r) => r.observedAt.slice(0, 10))).toEqual(
      [...p.readings.map((r) => r.observedAt.slice(0, 10))].sort(),
    );
    expect(p.readings[0]).toMatchObject({ value: 3.33, unit: 'percent', precision: 0.005 });
  });

  it('GA4: compact dates, fractions shown as percents, revenue needs its currency', () => {
    const a = load('ga4-date.csv');
    const rate = plan(a, target('engagement_rate', 'level'));
    expect(rate.scaled).toBe(true);
    expect(rate.readings[0]).toMatchObject({
      value: 55,
      observedAt: '2026-08-01T00:00:00.000Z',
    });
    const money = target('total_revenue', 'period-total', '2026-08-01');
    expect(plan(a, money).problem).toEqual({ kind: 'no-currency' });
    const withCode = plan(a, money, '2026-11-30', { currency: 'EUR' });
    expect(withCode.readings.at(-1)).toMatchObject({ currency: 'EUR', unit: 'currency' });
  });

  it('GA4 “Nth day” counts from the file’s start date', () => {
    const p = plan(load('ga4-nth-day.csv'), target('active_users', 'level'));
    expect(p.readings.map((r) => r.period!.start)).toEqual([
      '2026-09-01',
      '2026-09-02',
      '2026-09-03',
      '2026-09-04',
      '2026-09-05',
      '2026-09-06',
      '2026-09-07',
    ]);
  });

  it('Matomo: "42%" bounce rates and seconds', () => {
    const a = load('matomo-visits-summary.csv');
    expect(plan(a, target('bounce_rate', 'level')).readings[0]).toMatchObject({
      value: 42,
      unit: 'percent',
    });
    expect(plan(a, target('visit_duration', 'level')).readings[0]).toMatchObject({
      value: 131,
      unit: 'duration',
    });
  });

  it('YouTube: "0:02:10" durations', () => {
    const p = plan(load('youtube-totals.csv'), target('average_view_duration', 'level'));
    expect(p.readings[0]).toMatchObject({ value: 130, unit: 'duration' });
  });

  it('a generic file with decimal commas and D.M.Y dates', () => {
    const a = load('generic-de-semicolon.csv');
    const col = a.columns.find((c) => c.header === 'Umsatz')!;
    const m = mappingFor(a, { column: col.index, kind: 'amount' });
    expect(m.ok).toBe(true);
    if (!m.ok) return;
    const p = planImport(a.table, m.mapping, target('umsatz', 'level', '2026-08-01'), '2026-11-30');
    expect(p.readings.slice(0, 2).map((r) => [r.period!.start, r.value])).toEqual([
      ['2026-08-01', 1000],
      ['2026-08-02', 1137.5],
    ]);
  });

  it('asks for what the file does not say: day/month order, whether days add up', () => {
    const a = load('generic-ambiguous.csv');
    const col = a.columns.find((c) => c.header === 'signups')!;
    expect(mappingFor(a, { column: col.index, kind: 'amount' })).toEqual({
      ok: false,
      missing: 'date',
    });
    expect(mappingFor(a, { column: col.index, dateFormat: 'mdy' })).toEqual({
      ok: false,
      missing: 'kind',
    });
    const m = mappingFor(a, { column: col.index, dateFormat: 'mdy', kind: 'amount' });
    if (!m.ok) throw new Error();
    const p = planImport(a.table, m.mapping, target('signups', 'level'), '2026-11-30');
    expect(p.readings[0]!.period).toEqual({ start: '2026-03-01', end: '2026-03-01' });
  });

  it('two values for one day of a level are an error, not a choice', () => {
    const csv = 'date,followers\n2026-09-01,10\n2026-09-01,12\n';
    const p = plan(text(csv), target('followers', 'level'), '2026-11-30', { kind: 'level' });
    expect(p.errors).toEqual([{ line: 3, kind: 'repeat-day', date: '2026-09-01' }]);
    expect(p.readings).toEqual([]);
  });
});

describe('rows that are not days', () => {
  const monthly =
    'date,visitors,pageviews,visits,views_per_visit,bounce_rate,visit_duration\n' +
    '2026-07-01,9000,27000,10800,2.5,50,90\n' +
    '2026-08-01,9400,28100,11300,2.49,49,92\n' +
    '2026-09-01,9800,29500,11800,2.5,48,95\n';

  it('refuses a monthly export’s totals as if they were days', () => {
    const p = plan(text(monthly), target('pageviews', 'period-total', '2026-07-01'));
    expect(p.problem).toEqual({ kind: 'not-daily', days: 31 });
    expect(p.readings).toEqual([]);
    expect(plan(text(monthly), target('pageviews', 'level')).problem).toEqual({
      kind: 'not-daily',
      days: 31,
    });
  });

  it('keeps sparse samples of a level (a rate read once a month)', () => {
    expect(plan(text(monthly), target('bounce_rate', 'level')).readings).toHaveLength(3);
  });

  it('leaves today out of a level made of daily amounts: the day is not over', () => {
    const a = load('plausible-visitors.csv');
    const p = plan(a, target('visitors', 'level'), '2026-09-30');
    expect(p.readings).toHaveLength(29);
    expect(p.left.today).toBe(1);
    // A period total to date includes today, as the dashboard shows it.
    expect(plan(a, target('pageviews', 'period-total'), '2026-09-30').readings).toHaveLength(30);
  });
});

describe('bad rows', () => {
  it('names each bad row and writes nothing', () => {
    const p = plan(load('bad-rows.csv'), target('orders', 'period-total'), '2026-11-30', {
      kind: 'amount',
    });
    expect(p.errors).toEqual([
      { line: 6, kind: 'date', text: '2026-09-31' },
      { line: 14, kind: 'number', text: 'abc' },
    ]);
    expect(p.readings).toEqual([]);
    expect(p.problem).toBeNull();
  });

  it('a "%" in a column of counts is named', () => {
    const csv = 'date,orders\n2026-09-01,10\n2026-09-02,5%\n';
    const p = plan(text(csv), target('orders', 'level'), '2026-11-30', { kind: 'amount' });
    expect(p.errors).toEqual([{ line: 3, kind: 'unit', text: '5%', unit: 'percent' }]);
  });

  it('leaves “Total” rows out rather than calling them bad dates', () => {
    const csv = 'date,orders\n2026-09-01,10\n2026-09-02,5\nTotal,15\n';
    const p = plan(text(csv), target('orders', 'period-total'), '2026-11-30', { kind: 'amount' });
    expect(p.errors).toEqual([]);
    expect(p.left.totals).toBe(1);
    expect(p.readings.map((r) => r.value)).toEqual([10, 15]);
  });
});

describe('properties', () => {
  it('the last running total is the sum of the days, whatever the order of the rows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 60 }),
        fc.boolean(),
        (values, reversed) => {
          const rows = values.map((v, i) => {
            const d = new Date(Date.UTC(2026, 8, 1 + i)).toISOString().slice(0, 10);
            return `${d},${v}`;
          });
          if (reversed) rows.reverse();
          const a = text(`date,sales\n${rows.join('\n')}\n`);
          const p = plan(a, target('sales', 'period-total'), '2026-12-31', { kind: 'amount' });
          expect(p.readings).toHaveLength(values.length);
          expect(p.readings.at(-1)!.value).toBe(values.reduce((x, y) => x + y, 0));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('never throws on arbitrary text, and a plan with errors writes nothing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const r = analyseText(`date,value\n${s}`);
        if (!r.ok || r.analysis.dateColumn === null || !r.analysis.columns[0]) return;
        const m = mappingFor(r.analysis, {
          column: r.analysis.columns[0].index,
          dateFormat: 'iso',
          kind: 'amount',
        });
        if (!m.ok) return;
        const p = planImport(r.analysis.table, m.mapping, target('value', 'level'), '2026-12-31');
        if (p.errors.length) expect(p.readings).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('speed', () => {
  it('ten years of daily rows with six columns analyse and plan in well under a second', () => {
    const lines = ['date,visitors,pageviews,visits,views_per_visit,bounce_rate,visit_duration'];
    for (let i = 0; i < 3650; i++) {
      const d = new Date(Date.UTC(2016, 0, 1 + i)).toISOString().slice(0, 10);
      lines.push(
        `${d},${300 + (i % 50)},${900 + i},${360 + (i % 40)},2.5,${40 + (i % 9)},${95 + (i % 30)}`,
      );
    }
    const t0 = performance.now();
    const a = text(lines.join('\n'));
    const p = plan(
      a,
      target('pageviews', 'period-total', '2016-01-01', '2026-12-31'),
      '2026-12-31',
    );
    const ms = performance.now() - t0;
    expect(p.readings).toHaveLength(3650);
    expect(ms).toBeLessThan(1500);
  });
});
