/**
 * Issue 14, "What was seen", cases 1–3 exactly as written there: the verdicts a new user got
 * wrong. (Case 4, goals no dashboard shows, is check-ins and history import.)
 */
import { describe, expect, it } from 'vitest';
import { detectAnomalies, evaluate, robustZ, type Reading } from '../../lib/goals';
import { addDays, dayOf } from '../../lib/goals/dates';
import { dailySeries } from '../../lib/goals/series';
import { goal, metric } from './helpers';

const reading = (date: string, value: number, precision?: number): Reading => ({
  metric,
  value,
  unit: 'count',
  ...(precision !== undefined ? { precision } : {}),
  period: null,
  observedAt: `${date}T09:00:00.000Z`,
});
const noon = (date: string) => new Date(`${date}T12:00:00.000Z`);
const round2 = (x: number) => Math.round(x * 100) / 100;

describe('seen 1: "too early" on a goal two thirds through its window', () => {
  const today = '2026-02-15';
  const start = addDays(today, -120);
  const g = goal({
    baseline: { value: 10_000, date: start },
    target: { value: 30_000 },
    start,
    deadline: addDays(today, 60),
  });

  it('is off-track today on its first reading: 11.5% done vs 67% expected', () => {
    const e = evaluate(g, [reading(today, 12_300)], noon(today));
    expect(e.status).toBe('off-track');
    expect(e.progress).toBeCloseTo(0.115, 12);
    expect(e.expectedProgress).toBeCloseTo(120 / 180, 12);
    expect(e.reason).toMatchObject({ rule: 'far-behind', elapsedDays: 120, windowDays: 180 });
    expect(e.reason.gap).toBeCloseTo(2 / 3 - 0.115, 12);
    // The baseline and the reading give the average pace so far: 13,450 by the deadline.
    expect(e.projected?.value).toBeCloseTo(13_450, 6);
    expect(e.reason.projectionMeets).toBe(false);
  });
});

describe('seen 2: exactly on pace is on-track, not "at risk"', () => {
  // A level goal from 2 to 15 over 90 days, read daily exactly on the pace line.
  const start = '2025-10-01';
  const deadline = addDays(start, 90);
  const g = goal({
    baseline: { value: 2, date: start },
    target: { value: 15 },
    start,
    deadline,
  });
  const onPace = (i: number) => 2 + (13 * i) / 90;
  const series = (rounded: boolean) =>
    Array.from({ length: 90 }, (_, k) => {
      const i = k + 1;
      const v = onPace(i);
      // Shown with two decimals, as dashboards do: precision is the half-width, 0.005.
      return rounded ? reading(addDays(start, i), round2(v), 0.005) : reading(addDays(start, i), v);
    });

  for (const rounded of [false, true]) {
    const label = rounded ? 'two-decimal' : 'unrounded';
    it(`is on-track as of day 61 with ${label} values (progress 0.6777 vs expected 0.6778)`, () => {
      const rs = series(rounded).slice(0, 61);
      const e = evaluate(g, rs, noon(addDays(start, 61)));
      expect(e.expectedProgress).toBeCloseTo(61 / 90, 12);
      expect(e.progress).toBeCloseTo(rounded ? (round2(onPace(61)) - 2) / 13 : 61 / 90, 12);
      expect(e.status).toBe('on-track');
      expect(e.reason.rule).toBe('on-pace');
      expect(e.reason.projectionMeets).toBe(true);
    });

    it(`is on-track on every day once the early days are over (${label})`, () => {
      const all = series(rounded);
      for (let i = 9; i < 90; i++) {
        const e = evaluate(g, all.slice(0, i), noon(addDays(start, i)));
        expect([i, e.status]).toEqual([i, 'on-track']);
      }
    });
  }

  it('meets the target on a projection of 14.999999999999996', () => {
    const rs = series(false).slice(0, 61);
    const e = evaluate(g, rs, noon(addDays(start, 61)));
    // The fit lands within float noise of 15, on either side: never a verdict.
    expect(Math.abs(e.projected!.value! - 15)).toBeLessThan(1e-9);
    expect(e.status).toBe('on-track');
  });
});

describe('seen 3: no flood of "unusual change" flags on a steady rounded series', () => {
  const start = '2025-10-01';
  const g = goal({
    baseline: { value: 2, date: start },
    target: { value: 15 },
    start,
    deadline: addDays(start, 90),
  });
  // The same steady series as case 2, shown with two decimals: daily changes alternate 0.14
  // and 0.15.
  const rs = Array.from({ length: 91 }, (_, i) =>
    reading(addDays(start, i), round2(2 + (13 * i) / 90), 0.005),
  );

  it('has no anomaly as of any day', () => {
    for (let i = 0; i < rs.length; i++) {
      const day = addDays(start, i);
      expect([day, evaluate(g, rs.slice(0, i + 1), noon(day)).anomalies]).toEqual([day, []]);
    }
  });

  it('would have flagged it without the scale floor (so the test above can fail)', () => {
    const { days, values } = dailySeries(g, rs, Infinity);
    let flagged = 0;
    for (let end = 17; end <= days.length; end++) {
      const change = values[end - 1]! - values[end - 2]!;
      const ref = [];
      for (let i = end - 2; i > 0 && ref.length < 28; i--) ref.push(values[i]! - values[i - 1]!);
      const z = robustZ(change, ref);
      if (z !== null && Math.abs(z) > 3.5) flagged++;
    }
    expect(flagged).toBeGreaterThan(10);
    expect(days[0]).toBe(dayOf(start));
  });

  it('still flags a real spike on that series', () => {
    const spiked = rs.slice(0, 40).map((r, i) => (i === 39 ? { ...r, value: r.value + 0.5 } : r));
    const { days, values, precisions } = dailySeries(g, spiked, Infinity);
    expect(detectAnomalies(days, values, 0, days.length, precisions)).toHaveLength(1);
  });
});
