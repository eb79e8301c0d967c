/**
 * The columns uPlot draws for one goal: readings, the pace line (baseline → target from start to
 * deadline), the target line, the anomalies and the check-ins (values typed by hand, drawn as their
 * own marks so a reader can tell them from what a dashboard showed), on one time axis (seconds).
 */
import type { Goal, Reading } from '../../lib/goals/schema';
import type { EvaluationView } from '../../lib/messaging/schemas';

export interface ChartData {
  /** x (seconds), readings, pace, target, anomalies, check-ins; null where a series has no point. */
  columns: [
    number[],
    (number | null)[],
    (number | null)[],
    (number | null)[],
    (number | null)[],
    (number | null)[],
  ];
  hasPace: boolean;
  /** How many of the readings were checked in by hand. */
  checkins: number;
}

const secondsOf = (iso: string) => Math.round(Date.parse(iso) / 1000);
const dayStart = (date: string) => secondsOf(`${date.slice(0, 10)}T00:00:00Z`);

export function chartData(goal: Goal, readings: Reading[], e: EvaluationView): ChartData {
  const start = dayStart(goal.start);
  const deadline = dayStart(goal.deadline);
  const stay = goal.direction === 'at-least' || goal.direction === 'at-most';
  const hasPace = !stay && e.target !== null;
  // Period totals count up from zero each period; levels move from the baseline.
  const from = goal.accumulation === 'period-total' ? 0 : goal.baseline.value;

  const points = new Map<number, { reading?: number; anomaly?: number; checkin?: number }>();
  const at = (x: number) => points.get(x) ?? points.set(x, {}).get(x)!;
  let checkins = 0;
  for (const r of readings) {
    const p = at(secondsOf(r.observedAt));
    p.reading = r.value;
    if (r.origin === 'check-in') {
      p.checkin = r.value;
      checkins++;
    }
  }
  at(start);
  at(deadline);
  for (const a of e.anomalies) {
    // Anomalies are per day; put the mark on that day's last reading so it sits on the line.
    const sameDay = readings.filter((r) => r.observedAt.slice(0, 10) === a.date).at(-1);
    at(sameDay ? secondsOf(sameDay.observedAt) : dayStart(a.date)).anomaly = a.value;
  }
  const xs = [...points.keys()].sort((a, b) => a - b);
  const paceAt = (x: number) => (x === start ? from : x === deadline ? (e.target ?? null) : null);
  return {
    hasPace,
    checkins,
    columns: [
      xs,
      xs.map((x) => points.get(x)!.reading ?? null),
      xs.map((x) => (hasPace ? paceAt(x) : null)),
      xs.map((x) => (e.target !== null && x <= deadline ? e.target : null)),
      xs.map((x) => points.get(x)!.anomaly ?? null),
      xs.map((x) => points.get(x)!.checkin ?? null),
    ],
  };
}
