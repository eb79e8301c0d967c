import { describe, expect, it } from 'vitest';
import { evaluate } from '../../lib/goals';
import { goal, metric, NOW } from './helpers';
import { daily } from '../support/factories';

// Default goal: 1000 → 2000 from 2026-01-01 to 2026-03-31 (89 days); on 2026-02-15 the linear pace
// expects 45/89 ≈ 0.506 of the distance.
const pace = (share: number) => (i: number) => 1000 + (1000 * share * i) / 89;
const toNow = (f: (i: number) => number, o = {}) => daily('2026-01-01', '2026-02-15', f, o);

describe('evaluate: pace statuses', () => {
  it('is on-track slightly ahead of pace, with a trend projection that makes it', () => {
    const e = evaluate(goal(), toNow(pace(1.05)), NOW);
    expect(e.status).toBe('on-track');
    expect(e.expectedProgress).toBeCloseTo(45 / 89, 6);
    expect(e.progress).toBeCloseTo((45 / 89) * 1.05, 6);
    expect(e.current).toBeCloseTo(pace(1.05)(45), 6);
    expect(e.currentDate).toBe('2026-02-15');
    expect(e.projected?.method).toBe('trend');
    expect(e.projected?.value).toBeCloseTo(2050, 3);
    expect(e.projected?.reachDate).toBe('2026-03-27'); // day 84.76 → 85
    expect(e.projectionNote).toBeNull();
    expect(e.requiredPerDay).toBeCloseTo((2000 - pace(1.05)(45)) / 44, 6);
    expect(e.requiredPerWeek).toBeCloseTo(e.requiredPerDay! * 7, 9);
    expect(e.excluded).toEqual([]);
    expect(e.heldSince).toBeUndefined();
  });

  it('is at-risk when behind by less than the tolerance, off-track beyond it', () => {
    expect(evaluate(goal(), toNow(pace(0.85)), NOW).status).toBe('at-risk'); // behind ≈ 0.076
    expect(evaluate(goal(), toNow(pace(0.7)), NOW).status).toBe('off-track'); // behind ≈ 0.152
    // The goal's own tolerance wins over the option, which wins over the default.
    expect(evaluate(goal(), toNow(pace(0.7)), NOW, { tolerance: 0.2 }).status).toBe('at-risk');
    expect(
      evaluate(goal({ tolerance: 0.05 }), toNow(pace(0.85)), NOW, { tolerance: 0.2 }).status,
    ).toBe('off-track');
  });

  it('is at-risk when ahead of pace but the recent trend misses the target', () => {
    // Fast start, then flat for the last two weeks: progress 0.6 > 0.506 but the trend stalls.
    const e = evaluate(
      goal(),
      toNow((i) => (i < 30 ? 1000 + 20 * i : 1600)),
      NOW,
    );
    expect(e.progress).toBeCloseTo(0.6, 9);
    expect(e.projected?.value).toBeCloseTo(1600, 6);
    expect(e.projected?.reachDate).toBeNull();
    expect(e.status).toBe('at-risk');
  });

  it('mirrors increase and decrease', () => {
    const up = evaluate(goal(), toNow(pace(0.85)), NOW);
    const down = evaluate(
      goal({
        direction: 'decrease',
        baseline: { value: 2000, date: '2026-01-01' },
        target: { value: 1000 },
      }),
      toNow((i) => 3000 - pace(0.85)(i)),
      NOW,
    );
    expect(down.status).toBe(up.status);
    expect(down.progress).toBeCloseTo(up.progress!, 9);
    expect(down.requiredPerDay).toBeCloseTo(-up.requiredPerDay!, 9);
  });

  it('is achieved as soon as the target is met, missed when the deadline passes unmet', () => {
    expect(
      evaluate(
        goal(),
        toNow((i) => 1000 + 30 * i),
        NOW,
      ).status,
    ).toBe('achieved');
    const late = new Date('2026-04-02T08:00:00Z');
    const e = evaluate(goal(), daily('2026-01-01', '2026-04-01', pace(0.8)), late);
    expect(e.status).toBe('missed');
    expect(e.currentDate).toBe('2026-03-31');
    expect(e.excluded).toEqual([expect.objectContaining({ reason: 'after-deadline' })]);
    expect(e.projectionNote).toBe('ended');
    expect(e.requiredPerDay).toBeNull();
  });

  it('judges achievement within the display precision', () => {
    const g = goal({ target: { value: 1233 } });
    const at = (value: number, precision?: number) => [
      {
        metric,
        value,
        unit: 'count' as const,
        period: null,
        observedAt: '2026-01-20T10:00:00Z',
        ...(precision !== undefined ? { precision } : {}),
      },
    ];
    const now = new Date('2026-01-20T12:00:00Z');
    expect(evaluate(g, at(1230, 5), now).status).toBe('achieved');
    // Unrounded 1230 < 1233; one reading after the baseline is already judged against pace.
    expect(evaluate(g, at(1230), now).status).toBe('on-track');
    const down = goal({
      direction: 'decrease',
      baseline: { value: 2000, date: '2026-01-01' },
      target: { value: 1227 },
    });
    expect(evaluate(down, at(1230, 5), now).status).toBe('achieved');
  });

  it('resolves a relative target against the baseline', () => {
    const e = evaluate(
      goal({ target: { changePercent: 30 } }),
      toNow((i) => 1000 + 4 * i),
      NOW,
    );
    expect(e.target).toBeCloseTo(1300, 9);
    expect(e.progress).toBeCloseTo(180 / 300, 9);
    const cut = evaluate(goal({ direction: 'decrease', target: { changePercent: -20 } }), [], NOW);
    expect(cut.target).toBeCloseTo(800, 9);
  });
});

describe('evaluate: no verdict yet', () => {
  it('says no-data without a usable reading, even if readings of other metrics exist', () => {
    const other = toNow(pace(1), { metric: { ...metric, key: 'orders' } });
    const e = evaluate(goal(), other, NOW);
    expect(e.status).toBe('no-data');
    expect(e.current).toBeNull();
    expect(e.projectionNote).toBe('no-data');
    expect(e.excluded).toHaveLength(other.length);
    expect(e.excluded.every((x) => x.reason === 'other-metric')).toBe(true);
  });

  it('is stale (never on-track) when the newest reading is more than three days old', () => {
    const readings = daily('2026-01-01', '2026-02-11', pace(1.2));
    expect(evaluate(goal(), readings, NOW).status).toBe('stale');
    expect(evaluate(goal(), readings, NOW, { staleDays: 7 }).status).toBe('on-track');
    // Three days old is still fresh.
    expect(evaluate(goal(), daily('2026-01-01', '2026-02-12', pace(1.2)), NOW).status).toBe(
      'on-track',
    );
  });

  it('is early only while too little of the window has passed, unless already met', () => {
    const jan5 = new Date('2026-01-05T12:00:00Z');
    expect(evaluate(goal(), daily('2026-01-01', '2026-01-05', pace(0.2)), jan5).status).toBe(
      'early',
    );
    // 89-day window: a verdict from day 9 (a tenth, rounded up), whatever the number of readings.
    const jan10 = new Date('2026-01-10T12:00:00Z');
    const e = evaluate(goal(), daily('2026-01-01', '2026-01-10', pace(0.2)), jan10);
    expect(e.status).toBe('at-risk'); // 8 points behind: beyond the band, within the tolerance
    expect(e.reason).toMatchObject({ rule: 'behind', elapsedDays: 9, judgeFromDay: 9 });
    const jan9 = new Date('2026-01-09T12:00:00Z');
    expect(evaluate(goal(), daily('2026-01-01', '2026-01-09', pace(0.2)), jan9).status).toBe(
      'early',
    );
    expect(
      evaluate(
        goal(),
        daily('2026-01-01', '2026-01-05', () => 2100),
        jan5,
      ).status,
    ).toBe('achieved');
  });

  it('judges a single reading against the baseline (a dated point): no "early" for want of readings', () => {
    const e = evaluate(goal(), daily('2026-02-15', '2026-02-15', pace(0)), NOW);
    expect(e.status).toBe('off-track');
    expect(e.progress).toBe(0);
    expect(e.expectedProgress).toBeCloseTo(45 / 89, 9);
    expect(e.reason.rule).toBe('far-behind');
  });

  it('waits for three readings (or the end of the early days) before projecting', () => {
    const jan4 = new Date('2026-01-04T12:00:00Z');
    const early = evaluate(goal(), daily('2026-01-03', '2026-01-04', pace(1)), jan4);
    expect(early.projected).toBeNull();
    expect(early.projectionNote).toBe('too-few-readings');
    // Past the early days, two readings and the baseline give the average pace since the start.
    const e = evaluate(
      goal(),
      daily('2026-02-14', '2026-02-15', () => 1600),
      NOW,
    );
    expect(e.projectionNote).toBeNull();
    expect(e.projected?.method).toBe('run-rate');
    expect(e.projected?.value).toBeCloseTo(1600 + (600 / 45) * 44, 6);
  });
});

describe('evaluate: which readings count', () => {
  it('uses the latest reading of each UTC day, whatever the input order or offset', () => {
    const r = (value: number, observedAt: string) => ({
      metric,
      value,
      unit: 'count' as const,
      period: null,
      observedAt,
    });
    const readings = [
      ...daily('2026-01-01', '2026-02-13', pace(1.1)),
      r(1700, '2026-02-14T20:00:00Z'),
      r(1500, '2026-02-14T08:00:00Z'),
      // 23:30 in New York on the 14th is the 15th in UTC.
      r(1580, '2026-02-14T23:30:00-05:00'),
    ];
    const e = evaluate(goal(), readings, NOW);
    expect(e.current).toBe(1580);
    expect(e.currentDate).toBe('2026-02-15');
    expect(e.excluded).toEqual([]);
  });

  it('lists what it leaves out and why', () => {
    const r = (over: object) => ({
      metric,
      value: 1500,
      unit: 'count' as const,
      period: null,
      observedAt: '2026-02-10T10:00:00Z',
      ...over,
    });
    const readings = [
      ...toNow(pace(1.1)),
      r({ metric: { ...metric, scope: 'other.example' } }),
      r({ observedAt: '2026-02-15T13:00:00Z' }), // an hour after "now"
      r({ observedAt: '2025-12-30T10:00:00Z' }),
      r({ unit: 'currency', currency: 'USD' }),
    ];
    const e = evaluate(goal(), readings, NOW);
    expect(e.excluded.map((x) => x.reason).sort()).toEqual([
      'before-start',
      'future',
      'other-metric',
      'unit-mismatch',
    ]);
    expect(e.status).toBe('on-track');
  });

  it('counts only period totals over the goal period', () => {
    const g = goal({
      accumulation: 'period-total',
      baseline: { value: 100_000, date: '2025-01-01' },
      target: { value: 130_000 },
    });
    const right = daily('2026-01-01', '2026-02-15', (i) => 1600 * (i + 1), {
      periodStart: '2026-01-01',
    });
    const lastQuarter = daily('2026-02-01', '2026-02-15', () => 999_999, {
      periodStart: '2025-10-01',
    });
    const noRange = daily('2026-02-01', '2026-02-05', () => 5, { periodStart: null });
    const e = evaluate(g, [...lastQuarter, ...right, ...noRange], NOW);
    expect(e.current).toBe(1600 * 46);
    expect(e.excluded.filter((x) => x.reason === 'period-mismatch')).toHaveLength(20);
    expect(e.progress).toBeCloseTo(73_600 / 130_000, 9);
    expect(e.expectedProgress).toBeCloseTo(46 / 90, 9);
    expect(e.projected).toEqual({ value: 1600 * 90, reachDate: '2026-03-23', method: 'run-rate' });
    expect(e.status).toBe('on-track');
  });
});

describe('evaluate: stay above / below', () => {
  const stay = goal({
    direction: 'at-least',
    target: { value: 1000 },
    baseline: { value: 1100, date: '2026-01-01' },
  });

  it('reports since when the line has held', () => {
    const e = evaluate(
      stay,
      toNow((i) => (i >= 30 && i < 35 ? 950 : 1100 + (i % 3))),
      NOW,
    );
    expect(e.status).toBe('on-track');
    expect(e.heldSince).toBe('2026-02-05');
    expect(e.progress).toBe(1);
    expect(e.expectedProgress).toBe(1);
    expect(e.requiredPerDay).toBe(0);
  });

  it('is off-track below the line and at-risk when the trend will cross it', () => {
    const below = evaluate(
      stay,
      toNow((i) => (i < 44 ? 1100 : 990)),
      NOW,
    );
    expect(below.status).toBe('off-track');
    expect(below.heldSince).toBeNull();
    const sliding = evaluate(
      stay,
      toNow((i) => 1500 - 10 * i),
      NOW,
    ); // 1050 now, 610 by the deadline
    expect(sliding.status).toBe('at-risk');
    expect(sliding.projected?.reachDate).toBe('2026-02-20');
  });

  it('mirrors for stay-below, and judges by the last value at the deadline', () => {
    const below = goal({
      direction: 'at-most',
      target: { value: -1000 },
      baseline: { value: -1100, date: '2026-01-01' },
    });
    const e = evaluate(
      below,
      toNow((i) => -(i >= 30 && i < 35 ? 950 : 1100 + (i % 3))),
      NOW,
    );
    expect(e.status).toBe('on-track');
    expect(e.heldSince).toBe('2026-02-05');
    const after = new Date('2026-04-10T00:00:00Z');
    expect(
      evaluate(
        stay,
        daily('2026-01-01', '2026-03-31', () => 1001),
        after,
      ).status,
    ).toBe('achieved');
    expect(
      evaluate(
        stay,
        daily('2026-01-01', '2026-03-31', (i) => (i < 89 ? 1001 : 999)),
        after,
      ).status,
    ).toBe('missed');
  });

  it('gives a stay goal a verdict from the first reading (there is no pace to wait for)', () => {
    expect(
      evaluate(
        stay,
        daily('2026-01-02', '2026-01-02', () => 900),
        new Date('2026-01-02T12:00:00Z'),
      ).status,
    ).toBe('off-track');
  });
});

describe('evaluate: period-total budgets (lower is better)', () => {
  const budget = goal({
    accumulation: 'period-total',
    direction: 'at-most',
    baseline: { value: 100_000, date: '2025-01-01' },
    target: { value: 90_000 },
  });
  const spend = (perDay: number) =>
    daily('2026-01-01', '2026-02-15', (i) => perDay * (i + 1), { periodStart: '2026-01-01' });

  it('is on-track under the run-rate, at-risk or off-track over it, off-track once over budget', () => {
    expect(evaluate(budget, spend(900), NOW).status).toBe('on-track'); // 81k projected
    expect(evaluate(budget, spend(1050), NOW).status).toBe('at-risk'); // 94.5k: 5% over
    expect(evaluate(budget, spend(1200), NOW).status).toBe('off-track'); // 108k: 20% over
    expect(evaluate(budget, spend(2000), NOW).status).toBe('off-track'); // already 92k
    expect(evaluate(budget, spend(900), NOW).progress).toBeNull();
  });
});
