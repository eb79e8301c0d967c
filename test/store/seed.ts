/**
 * Large, realistic histories for the retention and transfer tests: several metrics read many
 * times a day (a trend, a weekly rhythm, noise within the day), quarter-to-date totals read with
 * their dashboard's range, a second range viewed on some days, and check-ins.
 */
import { addDays, isoOf, quarterStart } from '../../lib/goals/dates';
import { metricId, type Goal, type Reading } from '../../lib/goals/schema';
import type { PacerDb } from '../../lib/store';
import { makeGoal } from '../support/factories';

const DAY_MS = 86_400_000;

/** Deterministic noise in [0, 1). */
const noise = (i: number) => {
  const x = Math.sin(i * 12.9898) * 43758.5453;
  return x - Math.floor(x);
};

export interface History {
  now: Date;
  readings: Reading[];
  goals: Goal[];
}

/**
 * `metrics` metrics × `days` days × `perDay` readings a day, ending at `now`. Metric 0 is a
 * quarter-to-date revenue total; on every 5th day each metric is also seen over the last 7 days;
 * every 9th day has a check-in.
 */
export function history(metrics: number, days: number, perDay: number, now: Date): History {
  const readings: Reading[] = [];
  const today = Math.floor(now.getTime() / DAY_MS);
  const firstDay = today - days + 1;
  for (let m = 0; m < metrics; m++) {
    const total = m === 0;
    const metric = {
      source: 'plausible',
      scope: `site${m}.example`,
      key: total ? 'revenue' : 'visitors',
    };
    for (let d = firstDay; d <= today; d++) {
      const date = isoOf(d);
      const qStart = quarterStart(date);
      const weekly = 1 + 0.2 * Math.sin(((d % 7) / 7) * 2 * Math.PI);
      for (let k = 0; k < perDay; k++) {
        // Spread over the day; the last one near 23:00 UTC.
        const ms = d * DAY_MS + Math.floor(((k + 0.5) / perDay) * 23 * 3_600_000);
        if (ms > now.getTime()) break;
        const i = (m * 100_000 + d) * perDay + k;
        const base = total
          ? (d - Math.floor(Date.parse(qStart) / DAY_MS) + 1) * 1000 * weekly
          : 5000 + (d - firstDay) * 3 * (m % 2 ? -1 : 1) + 400 * weekly;
        readings.push({
          metric,
          value: Math.round(base + (noise(i) - 0.5) * 200),
          unit: total ? 'currency' : 'count',
          ...(total ? { currency: 'USD' } : {}),
          precision: 0.5,
          period: total ? { start: qStart, end: date } : { start: addDays(date, -29), end: date },
          observedAt: new Date(ms).toISOString(),
          url: `https://plausible.io/${metric.scope}`,
        });
        if (d % 5 === 0 && k === perDay >> 1)
          readings.push({
            ...readings[readings.length - 1]!,
            value: Math.round(base / 4),
            period: { start: addDays(date, -6), end: date },
          });
      }
      if (d % 9 === 0)
        readings.push({
          metric,
          value: 4000 + (d % 100),
          unit: total ? 'currency' : 'count',
          ...(total ? { currency: 'USD' } : {}),
          period: null,
          observedAt: new Date(d * DAY_MS + 12 * 3_600_000 + 1).toISOString(),
          origin: 'check-in',
          note: 'typed in',
        });
    }
  }
  const goals = historyGoals(metrics, isoOf(firstDay), isoOf(today));
  return { now, readings, goals };
}

/** Goals over those metrics: long-running levels in every direction and this quarter's total. */
function historyGoals(metrics: number, first: string, today: string): Goal[] {
  const goals: Goal[] = [];
  const directions = ['increase', 'decrease', 'at-least', 'at-most'] as const;
  for (let m = 0; m < metrics; m++) {
    const total = m === 0;
    const metric = {
      source: 'plausible',
      scope: `site${m}.example`,
      key: total ? 'revenue' : 'visitors',
    };
    const direction = total ? 'increase' : directions[m % 4]!;
    const start = total ? quarterStart(today) : addDays(first, 20 + m);
    goals.push(
      makeGoal({
        id: `goal-${m}`,
        metric,
        direction,
        accumulation: total ? 'period-total' : 'level',
        baseline: { value: total ? 0 : 5000, date: start },
        target: {
          value: total
            ? 90_000
            : direction === 'increase' || direction === 'at-least'
              ? 6500
              : 3800,
        },
        start,
        deadline: total
          ? addDays(quarterStart(addDays(quarterStart(today), 95)), -1)
          : addDays(today, 60),
      }),
    );
  }
  return goals;
}

/** Put readings straight into the store (queued in one transaction, as importAll does). */
export async function seedReadings(db: PacerDb, readings: Reading[]): Promise<void> {
  const tx = db.transaction('readings', 'readwrite');
  for (const r of readings) void tx.store.add({ ...r, metricId: metricId(r.metric) });
  await tx.done;
}
