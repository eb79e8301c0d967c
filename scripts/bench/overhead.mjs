// Benchmark — page_overhead_ratio: the benchmark dashboard's own main-thread work from navigation
// to settled (loaded, the content script's first read sent), with Pacer ÷ without. The synthetic
// Plausible-markup page is served at https://plausible.io/bench.example, where Pacer's content
// script runs, and at an address Pacer does not match (no content script), in alternating paired
// runs, each in a fresh tab, traced through the DevTools protocol (devtools.timeline).
//
// The figure is the ratio of the medians of main-thread busy time (the sum of every task on the
// page's renderer main thread): the page's load, parse, style and layout plus everything Pacer
// adds to it. Total blocking time (Σ max(0, task − 50 ms)) and the sum of long tasks (≥ 50 ms) are
// reported alongside: on a page whose own tasks are all short they are 0 with and without Pacer,
// and a ratio of them says nothing.
import { launchPacer } from '../chromium.mjs';
import { syntheticDashboard } from './synthetic-page.mjs';
import { traceDuring } from './trace.mjs';
import { median, round } from './util.mjs';

const EXT_URL = 'https://plausible.io/bench.example';
const BASE_URL = 'https://bench-baseline.example/bench.example';
// 15 pairs: with 7 the median swung 1.03–1.07 between runs of one build (the budget is 1.05).
const REPS = 15;
// After `load`: document_idle, the watcher's 700 ms quiet window, the read and its send.
const SETTLE_MS = 1800;

/** Main-thread tasks of the traced page: busy time, TBT, long tasks, content-script time. */
function pageWork(events, scriptUrlPart) {
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  // The page's renderer is the main thread that parsed the dashboard's HTML.
  const parsed = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.name === 'ParseHTML' && mains.has(key))
      parsed.set(key, (parsed.get(key) ?? 0) + (e.dur ?? 0));
  }
  const main = [...parsed.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!main) throw new Error('no renderer main thread parsed the page in the trace');
  const on = (e) => `${e.pid}:${e.tid}` === main && e.ph === 'X';
  const tasks = events.filter((e) => e.name === 'RunTask' && on(e));
  const calls = events
    .filter(
      (e) =>
        e.name === 'FunctionCall' &&
        on(e) &&
        String(e.args?.data?.url ?? '').includes(scriptUrlPart),
    )
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  let csUs = 0;
  let end = 0;
  for (const c of calls) {
    if (c.ts < end) continue; // nested in a call already counted
    csUs += c.dur;
    end = c.ts + c.dur;
  }
  const ms = (us) => us / 1000;
  const durs = tasks.map((t) => ms(t.dur ?? 0));
  return {
    busy_ms: durs.reduce((s, d) => s + d, 0),
    total_blocking_time_ms: durs.reduce((s, d) => s + Math.max(0, d - 50), 0),
    long_tasks_ms: durs.filter((d) => d >= 50).reduce((s, d) => s + d, 0),
    longest_task_ms: durs.reduce((m, d) => Math.max(m, d), 0),
    tasks: durs.length,
    content_script_ms: ms(csUs),
    content_script_calls: calls.length,
  };
}

export async function benchOverhead({ log = () => {} } = {}) {
  const { html } = syntheticDashboard({ variant: 'plausible' });
  const { context, extensionId } = await launchPacer({ headless: true });
  const scriptUrl = `chrome-extension://${extensionId}/`;
  try {
    for (const url of [EXT_URL, BASE_URL]) {
      const origin = new URL(url).origin;
      await context.route(`${origin}/**`, (route) =>
        route.request().url().split('?')[0] === url && route.request().resourceType() === 'document'
          ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
          : route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }),
      );
    }
    const runs = { ext: [], base: [] };
    // One warm-up of each, untimed: the first navigation pays for the browser's own start-up.
    for (const which of ['ext', 'base', ...Array.from({ length: REPS }, (_, i) => i)]) {
      const order =
        typeof which === 'number' ? (which % 2 ? ['base', 'ext'] : ['ext', 'base']) : [which];
      for (const w of order) {
        const page = await context.newPage();
        await page.goto('about:blank');
        const { events } = await traceDuring(context, page, async () => {
          await page.goto(w === 'ext' ? EXT_URL : BASE_URL, { waitUntil: 'load' });
          await page.waitForTimeout(SETTLE_MS);
        });
        if (typeof which === 'number') runs[w].push(pageWork(events, scriptUrl));
        await page.close();
      }
    }
    if (!runs.ext.every((r) => r.content_script_calls > 0))
      throw new Error('the content script did not run in every traced page view with Pacer');
    if (runs.base.some((r) => r.content_script_calls > 0))
      throw new Error('Pacer ran on the baseline address');
    const med = (rs, f, d = 1) => round(median(rs.map(f)), d);
    const summarise = (rs) => ({
      busy_ms: med(rs, (r) => r.busy_ms),
      total_blocking_time_ms: med(rs, (r) => r.total_blocking_time_ms),
      long_tasks_ms: med(rs, (r) => r.long_tasks_ms),
      longest_task_ms: med(rs, (r) => r.longest_task_ms),
      content_script_ms: med(rs, (r) => r.content_script_ms, 2),
      tasks: med(rs, (r) => r.tasks, 0),
      per_run_busy_ms: rs.map((r) => round(r.busy_ms, 1)),
    });
    const e = summarise(runs.ext);
    const b = summarise(runs.base);
    const pairs = runs.ext.map((r, i) => r.busy_ms / runs.base[i].busy_ms).sort((x, y) => x - y);
    const ratio = round(
      median(runs.ext.map((r) => r.busy_ms)) / median(runs.base.map((r) => r.busy_ms)),
      3,
    );
    log(
      `  main-thread work to settled: ${e.busy_ms} ms with Pacer (content script ${e.content_script_ms} ms), ` +
        `${b.busy_ms} ms without; ratio ${ratio} (pairs ${round(pairs[0], 2)}–${round(pairs.at(-1), 2)}); ` +
        `TBT ${e.total_blocking_time_ms} / ${b.total_blocking_time_ms} ms`,
    );
    return {
      page_overhead_ratio: ratio,
      page_overhead_ratio_spread: `${round(pairs[0], 2)}–${round(pairs.at(-1), 2)}`,
      details: {
        method:
          `Chromium trace (devtools.timeline) of one page view from navigation to ${SETTLE_MS} ms ` +
          `after load (the content script's first read and send included), each in a fresh tab, ` +
          `${REPS} alternating pairs after one untimed warm-up each. page_overhead_ratio: median ` +
          `main-thread busy time (Σ RunTask on the page's renderer main thread) at ${EXT_URL} with ` +
          `Pacer's content script ÷ the same at ${BASE_URL}, which Pacer does not match. Spread: ` +
          `min–max of the per-pair ratios. Total blocking time and long tasks alongside.`,
        with_extension: e,
        baseline: b,
        per_pair_ratio: pairs.map((p) => round(p, 3)),
        total_blocking_time_ratio: b.total_blocking_time_ms
          ? round(e.total_blocking_time_ms / b.total_blocking_time_ms, 3)
          : null,
      },
    };
  } finally {
    await context.close();
  }
}
