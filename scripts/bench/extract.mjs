// Benchmark 1 — extract_ratio: the real readPage on a ~20,000-node synthetic dashboard, inside
// headless Chromium, against the floor of one plain pass over the text of that page.
//
// The floor is the text a person sees, open shadow roots included: a TreeWalker over every text
// node, plus, since no DOM API lists shadow roots, a pass over every element for open ones (the
// text of each found is walked the same way). A reader that must see text inside web components
// can do no less, so this is the pass its cost is a multiple of. Earlier rounds divided by the
// text walk alone (light DOM only), which the element pass alone costs more than on this page;
// that ratio is still measured and reported as extract_ratio_light_dom, from the same samples.
//
// One run is a fresh page with paired samples (median of the per-sample ratios); the figure is the
// median over RUNS runs, reported with its spread (one run alone swings with the machine's load).
import { bundleReaders } from './bundle-readers.mjs';
import { syntheticDashboard } from './synthetic-page.mjs';
import { pathToFileURL } from 'node:url';
import { launchPlain, median, round } from './util.mjs';

const RUNS = 7; // fresh pages per variant; the figure is the median of their ratios
const ROUNDS = 11; // samples per run (median)
const WARMUP = 3;
const FLOOR_INNER = 10; // floor passes per sample: one pass is ~1 ms, below the timer's resolution

const VARIANTS = [
  { variant: 'generic', url: 'https://dashboard.northwind.example/overview', generic: true },
  { variant: 'plausible', url: 'https://plausible.io/bench.example', generic: false },
];

/** Runs inside the page: paired samples of the two floors and of readPage. */
function measureInPage({ url, generic, rounds, warmup, floorInner }) {
  const readPage = window.__pacerReadPage;
  const u = new URL(url);
  let sink = 0;
  const timed = (pass) => () => {
    const t0 = performance.now();
    for (let k = 0; k < floorInner; k++) sink += pass();
    return (performance.now() - t0) / floorInner;
  };
  // The light DOM's text only (the floor of earlier rounds, unchanged).
  const lightOnce = timed(() => {
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let n = 0;
    while (w.nextNode()) n += w.currentNode.nodeValue.length;
    return n;
  });
  // Every text node, open shadow roots included: written as tightly as the DOM allows, so the
  // floor is not padded (no currentNode calls, one shadowRoot read per element).
  const floorOnce = timed(() => {
    let n = 0;
    const roots = [document.body];
    for (let r = 0; r < roots.length; r++) {
      const t = document.createTreeWalker(roots[r], NodeFilter.SHOW_TEXT);
      for (let x = t.nextNode(); x; x = t.nextNode()) n += x.nodeValue.length;
      const e = document.createTreeWalker(roots[r], NodeFilter.SHOW_ELEMENT);
      for (let x = e.nextNode(); x; x = e.nextNode()) {
        const shadow = x.shadowRoot;
        if (shadow) roots.push(shadow);
      }
    }
    return n;
  });
  const readOnce = () => {
    const t0 = performance.now();
    const r = readPage(document, u, { generic });
    const dt = performance.now() - t0;
    sink += r ? r.figures.length : 0;
    return dt;
  };
  const steps = { floors: floorOnce, lights: lightOnce, reads: readOnce };
  for (let i = 0; i < warmup; i++) for (const f of Object.values(steps)) f();
  const out = { floors: [], lights: [], reads: [] };
  const order = Object.keys(steps);
  for (let i = 0; i < rounds; i++) {
    // Rotate the order so no side always runs right after another's garbage.
    for (let j = 0; j < order.length; j++) {
      const k = order[(i + j) % order.length];
      out[k].push(steps[k]());
    }
  }
  const { floors, lights, reads } = out;
  // Diagnostics: what the generic reader's walk shape costs before any classification — the same
  // walk with a JavaScript NodeFilter called for every element (generic-walk.ts does this) vs none.
  const timeIt = (f) => {
    const xs = [];
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      f();
      xs.push(performance.now() - t0);
    }
    return xs.sort((a, b) => a - b)[3];
  };
  const walkFiltered = timeIt(() => {
    const w = document.createTreeWalker(document.body, 0x1 | 0x4, {
      acceptNode: (n) => (n.nodeType === 1 ? 3 : 1),
    });
    let n = 0;
    while (w.nextNode()) n++;
    sink += n;
  });
  const walkFilteredHidden = timeIt(() => {
    const w = document.createTreeWalker(document.body, 0x1 | 0x4, {
      acceptNode: (n) => {
        if (n.nodeType !== 1) return 1;
        if (n.hasAttribute('hidden') || n.getAttribute('aria-hidden') === 'true') return 2;
        n.getAttribute('style');
        return 3;
      },
    });
    let n = 0;
    while (w.nextNode()) n++;
    sink += n;
  });
  const walkPlain = timeIt(() => {
    const w = document.createTreeWalker(document.body, 0x1 | 0x4);
    let n = 0;
    while (w.nextNode()) n++;
    sink += n;
  });
  // How much of a read is the registered readers' detectors (they all run before the generic one).
  const detect = timeIt(() => {
    sink += window.__pacerReaderFor(document, u) ? 1 : 0;
  });
  const read = readPage(document, u, { generic });
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let textNodes = 0;
  while (w.nextNode()) textNodes++;
  return {
    floors,
    lights,
    reads,
    sink,
    claimedBy: window.__pacerReaderFor(document, u),
    source: read?.source ?? null,
    figures: read?.figures.length ?? 0,
    elements: document.getElementsByTagName('*').length,
    diag: { walkPlain, walkFiltered, walkFilteredHidden, detect },
    textNodes,
  };
}

/**
 * `runs`: fresh pages per variant; `only`: variant names to run (default: all). The figures it
 * returns need both variants, so `only` is for a quick look (`node scripts/bench/extract.mjs`).
 */
export async function benchExtract({ log = () => {}, runs: RUN_COUNT = RUNS, only } = {}) {
  const code = await bundleReaders();
  const browser = await launchPlain();
  try {
    const out = {};
    for (const v of VARIANTS) {
      if (only && !only.includes(v.variant)) continue;
      const { html, figures } = syntheticDashboard({ variant: v.variant });
      const runs = [];
      for (let run = 0; run < RUN_COUNT; run++) {
        const page = await browser.newPage();
        // Serve it at its address, so the page's own URL is the one readPage is given.
        await page.route(v.url, (route) =>
          route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
        );
        await page.goto(v.url);
        await page.addScriptTag({ content: code });
        runs.push(
          await page.evaluate(measureInPage, {
            url: v.url,
            generic: v.generic,
            rounds: ROUNDS,
            warmup: WARMUP,
            floorInner: FLOOR_INNER,
          }),
        );
        await page.close();
      }
      const runRatios = runs.map((m) => median(m.reads.map((r, i) => r / m.floors[i])));
      const lightRatios = runs.map((m) => median(m.reads.map((r, i) => r / m.lights[i])));
      const sorted = runRatios.slice().sort((a, b) => a - b);
      const q = (f) => sorted[Math.round(f * (sorted.length - 1))];
      const m = runs[0];
      out[v.variant] = {
        ratio: round(median(runRatios), 2),
        ratio_min: round(sorted[0], 2),
        ratio_max: round(sorted.at(-1), 2),
        ratio_p25: round(q(0.25), 2),
        ratio_p75: round(q(0.75), 2),
        ratio_per_run: runRatios.map((r) => round(r, 2)),
        ratio_light_dom: round(median(lightRatios), 2),
        ratio_light_dom_min: round(Math.min(...lightRatios), 2),
        ratio_light_dom_max: round(Math.max(...lightRatios), 2),
        ratio_light_dom_per_run: lightRatios.map((r) => round(r, 2)),
        read_ms: round(median(runs.map((r) => median(r.reads))), 3),
        floor_ms: round(median(runs.map((r) => median(r.floors))), 3),
        floor_light_dom_ms: round(median(runs.map((r) => median(r.lights))), 3),
        read_ms_min: round(Math.min(...runs.flatMap((r) => r.reads)), 3),
        figures_read: m.figures,
        figures_shown: figures,
        source: m.source,
        claimed_by_reader: m.claimedBy,
        dom_nodes: m.elements + m.textNodes,
        elements: m.elements,
        text_nodes: m.textNodes,
        walk_elements_and_text_no_filter_ms: round(median(runs.map((r) => r.diag.walkPlain)), 2),
        detectors_ms: round(median(runs.map((r) => r.diag.detect)), 3),
        walk_with_js_nodefilter_ms: round(median(runs.map((r) => r.diag.walkFiltered)), 2),
        walk_with_js_nodefilter_and_hidden_checks_ms: round(
          median(runs.map((r) => r.diag.walkFilteredHidden)),
          2,
        ),
      };
      log(
        `  ${v.variant}: readPage ${out[v.variant].read_ms} ms, floor ${out[v.variant].floor_ms} ms, ` +
          `ratio ${out[v.variant].ratio} (median of ${RUN_COUNT} runs, ${out[v.variant].ratio_min}–` +
          `${out[v.variant].ratio_max}; ${m.figures} figures, source ${m.source}); light-DOM floor ` +
          `${out[v.variant].floor_light_dom_ms} ms, ratio ${out[v.variant].ratio_light_dom} ` +
          `(${out[v.variant].ratio_light_dom_min}–${out[v.variant].ratio_light_dom_max})`,
      );
      if (v.variant === 'generic' && m.claimedBy)
        throw new Error(`the generic page was claimed by the ${m.claimedBy} reader`);
      if (!m.figures) throw new Error(`readPage read no figures on the ${v.variant} page`);
    }
    if (only) return { details: out };
    return {
      extract_ratio: out.generic.ratio,
      extract_ratio_spread: `${out.generic.ratio_min}–${out.generic.ratio_max}`,
      extract_ms: out.generic.read_ms,
      extract_floor_ms: out.generic.floor_ms,
      extract_ratio_light_dom: out.generic.ratio_light_dom,
      extract_ratio_light_dom_spread: `${out.generic.ratio_light_dom_min}–${out.generic.ratio_light_dom_max}`,
      extract_plausible_ratio: out.plausible.ratio,
      extract_plausible_ms: out.plausible.read_ms,
      details: {
        method:
          `readPage(document, url, opts) vs one pass over the page's text, open shadow roots ` +
          `included (TreeWalker SHOW_TEXT summing nodeValue.length, and SHOW_ELEMENT for shadow ` +
          `roots); extract_ratio_light_dom: vs the SHOW_TEXT walk of the light DOM alone; ` +
          `in headless Chromium via a Vite IIFE bundle of lib/readers; per run (a fresh page) ${ROUNDS} ` +
          `paired samples after ${WARMUP} warm-ups, the median of the per-sample ratios (floor timed as ` +
          `the mean of ${FLOOR_INNER} passes per sample); the figure is the median over ${RUN_COUNT} runs, ` +
          `with min–max (extract_ratio_spread) and quartiles in details`,
        generic: out.generic,
        plausible: out.plausible,
      },
    };
  } finally {
    await browser.close();
  }
}

// `node scripts/bench/extract.mjs [runs] [variant,…]`: this benchmark alone, without the build
// `npm run bench` checks first (the readers are bundled from source), e.g. `… 15 generic`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [runs, only] = process.argv.slice(2);
  const r = await benchExtract({
    log: console.log,
    runs: runs ? Number(runs) : RUNS,
    only: only?.split(','),
  });
  const { details, ...figures } = r;
  console.log(JSON.stringify(only ? details : figures, null, 2));
}
