/**
 * How much dearer is evaluating a goal than merely touching its readings? 500 goals with two
 * years of daily readings each, handed over per goal as the store does (in time order), timed
 * against a pass that only sums the same readings. Target: evaluate ≤ 5× that floor.
 *
 * Run: `npx jiti scripts/bench-goals.ts` (jiti ships with the toolchain; there is no tsx here).
 */
import { evaluate } from '../lib/goals/evaluate';
import type { Direction, Goal, Reading } from '../lib/goals/schema';

const GOALS = 500;
const DAYS = 730;
const RUNS = 9;
const WARMUP = 3;
const NOW = new Date('2026-02-15T12:00:00.000Z');
const DAY_MS = 86_400_000;

interface Case {
  goal: Goal;
  readings: Reading[];
}

/** A deterministic mix: levels and quarter-to-date totals, all four directions, and goals that
 * either span the whole history or started this quarter (so most of the history is pre-start). */
export function makeCases(): Case[] {
  const first = NOW.getTime() - DAYS * DAY_MS;
  const directions: Direction[] = ['increase', 'decrease', 'at-least', 'at-most'];
  const cases: Case[] = [];
  for (let g = 0; g < GOALS; g++) {
    const total = g % 3 === 0;
    const direction = total ? 'increase' : directions[g % 4]!;
    const longRunning = g % 2 === 0;
    const start = longRunning && !total ? '2024-02-16' : '2026-01-01';
    // Distinct strings per goal, as readings deserialised from IndexedDB would carry.
    const source = `src${g % 7}`;
    const scope = `site-${g}.example`;
    const key = total ? 'revenue' : 'visitors';
    const readings: Reading[] = [];
    let qtd = 0;
    for (let d = 0; d < DAYS; d++) {
      const t = new Date(first + d * DAY_MS + 9 * 3_600_000);
      const iso = t.toISOString();
      const date = iso.slice(0, 10);
      const quarter = `${date.slice(0, 5)}${String(Math.floor(t.getUTCMonth() / 3) * 3 + 1).padStart(2, '0')}-01`;
      if (date.endsWith('-01') && quarter === date) qtd = 0;
      const noise = ((d * 7919 + g) % 13) - 6;
      qtd += 1000 + noise * 10;
      readings.push({
        metric: { source, scope, key },
        value: total
          ? qtd
          : 5000 + (direction === 'decrease' || direction === 'at-most' ? -3 : 3) * d + noise,
        unit: total ? 'currency' : 'count',
        ...(total ? { currency: 'USD' } : {}),
        precision: 0.5,
        period: total ? { start: quarter, end: date } : null,
        observedAt: iso,
      });
    }
    const up = direction === 'increase' || direction === 'at-least';
    cases.push({
      readings,
      goal: {
        id: `g${g}`,
        title: 'Bench goal with a long history',
        objective: 'Benchmark',
        metric: { source, scope, key },
        direction,
        accumulation: total ? 'period-total' : 'level',
        baseline: { value: total ? 80_000 : 5000, date: start },
        target: total ? { value: 95_000 } : { value: up ? 8000 : 2000 },
        start,
        deadline: total ? '2026-03-31' : '2026-06-30',
        actions: [],
        notes: [],
        revisions: [],
      },
    });
  }
  return cases;
}

const median = (xs: number[]) => {
  const s = xs.slice().sort((a, b) => a - b);
  return s[s.length >> 1]!;
};

export async function benchGoals(): Promise<{
  evaluate_ratio: number;
  evaluate_ms: number;
  floor_ms: number;
}> {
  const cases = makeCases();
  let sink = 0;
  const evalOnce = () => {
    const t0 = performance.now();
    for (const c of cases) {
      const e = evaluate(c.goal, c.readings, NOW);
      sink += e.current ?? 0;
    }
    return performance.now() - t0;
  };
  const floorOnce = () => {
    const t0 = performance.now();
    for (const c of cases) {
      const rs = c.readings;
      for (let i = 0; i < rs.length; i++) sink += rs[i]!.value;
    }
    return performance.now() - t0;
  };
  for (let i = 0; i < WARMUP; i++) {
    evalOnce();
    floorOnce();
  }
  const evals: number[] = [];
  const floors: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const e = evalOnce();
    const f = floorOnce();
    evals.push(e);
    floors.push(f);
    ratios.push(e / f);
  }
  if (Number.isNaN(sink)) throw new Error('unreachable: keeps the work observable');
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    evaluate_ratio: round(median(ratios)),
    evaluate_ms: round(median(evals)),
    floor_ms: round(median(floors)),
  };
}

if (process.argv.some((a) => a.endsWith('bench-goals.ts'))) {
  benchGoals().then((r) => console.log(JSON.stringify(r)));
}
