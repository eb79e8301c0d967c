// Benchmark 4 — evaluate_ratio / evaluate_ms: from scripts/bench-goals.ts (another module, in
// TypeScript), loaded through Vite's SSR loader. Skipped with a note when the file is missing.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { withSsrModule } from './ssr.mjs';
import { ROOT } from './util.mjs';

export const GOALS_MODULE = 'scripts/bench-goals.ts';

export async function benchGoalsModule() {
  if (!existsSync(join(ROOT, GOALS_MODULE)))
    return { skipped: `${GOALS_MODULE} does not exist (yet): evaluate_ratio not measured` };
  return withSsrModule(GOALS_MODULE, async (mod) => {
    if (typeof mod.benchGoals !== 'function')
      throw new Error(`${GOALS_MODULE} does not export benchGoals()`);
    const t0 = performance.now();
    const r = await mod.benchGoals();
    const wall = performance.now() - t0;
    for (const k of ['evaluate_ratio', 'evaluate_ms', 'floor_ms'])
      if (typeof r?.[k] !== 'number' || !Number.isFinite(r[k]))
        throw new Error(`benchGoals() returned no finite ${k}: ${JSON.stringify(r)}`);
    return {
      evaluate_ratio: r.evaluate_ratio,
      evaluate_ms: r.evaluate_ms,
      evaluate_floor_ms: r.floor_ms,
      details: {
        method: `benchGoals() from ${GOALS_MODULE} (Vite ssrLoadModule, in this Node process): its own medians`,
        wall_ms: Math.round(wall),
        ...Object.fromEntries(
          Object.entries(r).filter(
            ([k]) => !['evaluate_ratio', 'evaluate_ms', 'floor_ms'].includes(k),
          ),
        ),
      },
    };
  });
}
