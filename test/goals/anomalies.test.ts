import { describe, expect, it } from 'vitest';
import { detectAnomalies, evaluate, robustZ } from '../../lib/goals';
import { dayOf } from '../../lib/goals/dates';
import { goal, NOW } from './helpers';
import { daily } from '../support/factories';

/** Noise in −6..6 that does not repeat weekly. */
const noise = (i: number) => ((i * 7919) % 13) - 6;

describe('anomalies', () => {
  it('flags a newest change far outside the last 28, with its robust z', () => {
    const readings = daily(
      '2026-01-01',
      '2026-02-15',
      (i) => 1000 + 10 * i + noise(i) + (i === 45 ? 300 : 0),
    );
    const [a, ...rest] = evaluate(goal(), readings, NOW).anomalies;
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ date: '2026-02-15', value: 1000 + 450 + noise(45) + 300 });
    expect(a!.change).toBe(a!.value - (1000 + 440 + noise(44)));
    expect(a!.z).toBeGreaterThan(3.5);
  });

  it('stays quiet on ordinary changes and with less than 14 days of history', () => {
    const calm = daily('2026-01-01', '2026-02-15', (i) => 1000 + 10 * i + noise(i));
    expect(evaluate(goal(), calm, NOW).anomalies).toEqual([]);
    const short = daily(
      '2026-02-02',
      '2026-02-15',
      (i) => 1000 + 10 * i + (i === 13 ? 900 : noise(i)),
    );
    expect(evaluate(goal(), short, NOW).anomalies).toEqual([]);
  });

  it('uses pre-start history of a level as the yardstick', () => {
    const g = goal({ start: '2026-02-10' });
    const readings = daily(
      '2026-01-01',
      '2026-02-15',
      (i) => 1000 + 10 * i + noise(i) + (i === 45 ? 300 : 0),
    );
    expect(evaluate(g, readings, NOW).anomalies).toHaveLength(1);
  });

  // Changed for issue 14: a flat history used to give no verdict at all (scale 0). The scale now
  // has a floor (display precision, 0.1% of the level), so a tiny wobble on a flat metric is
  // still quiet but a jump from 1000 to 5000 is flagged, as a person would.
  it('guards a zero MAD: falls back to the mean deviation, and floors the scale for a flat history', () => {
    // More than half the changes are exactly +10, so the MAD is 0.
    const mostlyTen = (i: number) => 1000 + 10 * i + (i % 5 === 0 ? 3 : 0);
    expect(robustZ(10, [10, 10, 10, 13, 7])).toBe(0);
    const spike = daily('2026-01-01', '2026-02-15', (i) => mostlyTen(i) + (i === 45 ? 100 : 0));
    const [a] = evaluate(goal(), spike, NOW).anomalies;
    expect(Number.isFinite(a!.z)).toBe(true);
    expect(robustZ(11, Array(28).fill(10))).toBeNull();
    expect(robustZ(11, Array(28).fill(10), 0.5)).toBe(2);
    const flat = (last: number) =>
      daily('2026-01-01', '2026-02-15', (i) => (i === 45 ? last : 1000), { precision: 0.5 });
    expect(evaluate(goal(), flat(1001), NOW).anomalies).toEqual([]);
    expect(evaluate(goal(), flat(1003), NOW).anomalies).toEqual([]);
    expect(evaluate(goal(), flat(5000), NOW).anomalies).toHaveLength(1);
  });

  it('compares the same weekday once there are 8 weeks: a usual quiet Sunday is no anomaly', () => {
    // Sundays lose 50, other days gain 10 (plus noise).
    const weekly = (from: string, to: string) => {
      let v = 1000;
      return daily(
        from,
        to,
        (i, date) => (v += new Date(date).getUTCDay() === 0 ? -50 + noise(i) : 10 + noise(i)),
      );
    };
    const sunday = '2026-02-15';
    expect(new Date(sunday).getUTCDay()).toBe(0);
    const long = weekly('2025-11-01', sunday); // 15 weeks
    const short = weekly('2026-01-15', sunday); // 4.5 weeks: compared with all days
    const days = (rs: typeof long) => rs.map((r) => dayOf(r.observedAt));
    const values = (rs: typeof long) => rs.map((r) => r.value);
    expect(detectAnomalies(days(long), values(long))).toEqual([]);
    expect(detectAnomalies(days(short), values(short))).toHaveLength(1);
  });

  it('spreads a change over a gap in the readings', () => {
    const readings = daily('2026-01-01', '2026-02-15', (i) => 1000 + 10 * i + noise(i)).filter(
      (_, i) => i < 40 || i === 45,
    );
    expect(evaluate(goal(), readings, NOW).anomalies).toEqual([]);
  });
});
