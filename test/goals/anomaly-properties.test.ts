/**
 * Issue 14: anomaly flags must survive display rounding. Series as dashboards show them (rounded
 * to 0–2 decimals, or to three significant digits as in "1.23k"), steady, linear or with a weekly
 * season, evaluated as of every day: never flagged. The same series with one real spike: flagged
 * on the spike's day, and not again for the return to the line the day after.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, type Reading } from '../../lib/goals';
import { addDays } from '../../lib/goals/dates';
import { goal, metric } from './helpers';

const START = '2025-09-01';

type Rounding = { kind: 'decimals'; digits: number } | { kind: 'significant' };

/** The figure a dashboard shows, and the half-width of its rounding (Reading.precision). */
function shown(v: number, r: Rounding): { value: number; precision: number } {
  if (r.kind === 'decimals') {
    const f = 10 ** r.digits;
    return { value: Math.round(v * f) / f, precision: 0.5 / f };
  }
  // "1.23k", "45.6k", "789": three significant digits.
  if (v === 0) return { value: 0, precision: 0.005 };
  const step = 10 ** (Math.floor(Math.log10(Math.abs(v))) - 2);
  return { value: Math.round(v / step) * step, precision: step / 2 };
}

const shape = fc.record({
  kind: fc.constantFrom('steady', 'linear', 'seasonal'),
  level: fc.double({ min: 1, max: 1e6, noNaN: true }),
  /** Daily trend as a share of the level. */
  slope: fc.double({ min: -0.004, max: 0.02, noNaN: true }),
  /** Weekly amplitude as a share of the level. */
  amplitude: fc.double({ min: 0, max: 0.2, noNaN: true }),
  phase: fc.integer({ min: 0, max: 6 }),
  rounding: fc.oneof(
    fc.integer({ min: 0, max: 2 }).map((digits): Rounding => ({ kind: 'decimals', digits })),
    fc.constant<Rounding>({ kind: 'significant' }),
  ),
  days: fc.integer({ min: 20, max: 130 }),
});
type Shape = typeof shape extends fc.Arbitrary<infer T> ? T : never;

/** True (unrounded) value on day i. */
function truth(s: Shape, i: number): number {
  const b = s.kind === 'steady' ? 0 : s.slope * s.level;
  const a = s.kind === 'seasonal' ? s.amplitude * s.level : 0;
  return s.level + b * i + a * Math.sin((2 * Math.PI * (i + s.phase)) / 7);
}

function readings(s: Shape, spike?: { day: number; size: number }): Reading[] {
  return Array.from({ length: s.days }, (_, i) => {
    const v = truth(s, i) + (spike && i === spike.day ? spike.size : 0);
    const { value, precision } = shown(v, s.rounding);
    return {
      metric,
      value,
      unit: 'count',
      precision,
      period: null,
      observedAt: `${addDays(START, i)}T09:00:00.000Z`,
    };
  });
}

const theGoal = (s: Shape) =>
  goal({
    baseline: { value: s.level, date: START },
    target: { value: s.level * 3 },
    start: START,
    deadline: addDays(START, 200),
  });
const asOf = (i: number) => new Date(`${addDays(START, i)}T12:00:00.000Z`);

describe('anomalies on rounded series (issue 14)', () => {
  it('never flags a steady, linear or weekly-seasonal series, as of any day', () => {
    fc.assert(
      fc.property(shape, (s) => {
        const rs = readings(s);
        const g = theGoal(s);
        for (let i = 0; i < rs.length; i++) {
          const flagged = evaluate(g, rs.slice(0, i + 1), asOf(i)).anomalies;
          expect([i, flagged]).toEqual([i, []]);
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('always flags a real spike on its day', () => {
    fc.assert(
      fc.property(shape, fc.integer({ min: 15, max: 129 }), fc.boolean(), (s, at, up) => {
        const day = Math.min(at, s.days - 1);
        fc.pre(day >= 15);
        const level = Math.abs(truth(s, day));
        const { precision } = shown(level, s.rounding);
        // Far beyond both the weekly swing and the rounding: what a person calls a spike.
        const amplitude = s.kind === 'seasonal' ? s.amplitude * s.level : 0;
        const size = (up ? 1 : -1) * (8 * amplitude + 40 * precision + 0.1 * level);
        const rs = readings(s, { day, size });
        const flagged = evaluate(theGoal(s), rs.slice(0, day + 1), asOf(day)).anomalies;
        expect(flagged.map((a) => a.date)).toEqual([addDays(START, day)]);
        // …and not again on the way back to the line the next day (one event, one alert).
        if (day + 1 < s.days) {
          const next = evaluate(theGoal(s), rs.slice(0, day + 2), asOf(day + 1)).anomalies;
          expect(next).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
