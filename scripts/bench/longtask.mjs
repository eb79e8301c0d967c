// Benchmark 3 — longest_task_ms: the longest main-thread task during a burst of 1,000 DOM
// mutations on the synthetic Plausible-markup page, with the REAL extension loaded (the page is
// served at https://plausible.io/bench.example, so Pacer's content script runs on it), against
// the same burst on the same page at an address Pacer does not match (no content script).
//
// Measured three ways over a window covering the burst and the 700 ms quiet period after it (when
// the content script reads the page and sends it to the background):
//  - a Chromium trace (DevTools protocol, devtools.timeline): every main-thread task (RunTask) with
//    its exact duration, and every call into the content script's code (FunctionCall whose script
//    is chrome-extension://<id>/content-scripts/<name>.js) — MutationObserver callbacks run as
//    microtasks inside the page's own tasks, the debounced read runs as its own timer task. The
//    headline is the most content-script time inside any one task: what the content script adds
//    to a task, or the whole of a task it owns;
//  - PerformanceObserver({ type: 'longtask', buffered: true }), installed by addInitScript: tasks
//    ≥ 50 ms (the API reports nothing shorter);
//  - rAF timestamps: the longest frame gap.
import { launchPacer } from '../chromium.mjs';
import { syntheticDashboard } from './synthetic-page.mjs';
import { analyseTasks, traceDuring } from './trace.mjs';
import { median, round } from './util.mjs';

const EXT_URL = 'https://plausible.io/bench.example';
const BASE_URL = 'https://bench-baseline.example/bench.example';
const REPS = 5;
const MUTATIONS = 1000;
const PER_FRAME = 100; // the burst is 10 animation frames of 100 mutations
const SETTLE_BEFORE_MS = 1200; // after load: let the content script's first read (idle + 700 ms) pass
const SETTLE_AFTER_MS = 1200; // after the burst: the quiet window (700 ms), the read and the send

function instrument() {
  if (location.protocol !== 'https:') return;
  const b = (window.__bench = { longtasks: [] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        b.longtasks.push({ start: e.startTime, duration: e.duration, name: e.name });
    }).observe({ type: 'longtask', buffered: true });
  } catch (err) {
    b.error = String(err);
  }
}

/** Runs in the page: 1,000 mutations in rAF batches, then waits out the content script's read. */
function burst({ mutations, perFrame, settleMs }) {
  return new Promise((done) => {
    const values = Array.from(document.querySelectorAll('.value'));
    const cells = Array.from(document.querySelectorAll('td.cell'));
    const notes = Array.from(document.querySelectorAll('.row-note')).map((e) => e.firstChild);
    const feed = document.getElementById('feed');
    let k = 0;
    const mutate = () => {
      switch (k % 4) {
        case 0: {
          // A figure changes (an animated count-up): childList on the value element.
          const el = values[k % values.length];
          el.textContent = el.id ? `${10 + (k % 90)}.${k % 10}k` : `${((k * 37) % 9000) + 1000}`;
          break;
        }
        case 1: // a raw value Pacer watches
          cells[k % cells.length].setAttribute('data-value', String(1000 + k));
          break;
        case 2: {
          // the live feed: append a row, drop the oldest beyond 50
          const li = document.createElement('li');
          li.textContent = 'Visitor from somewhere viewed a page';
          feed.appendChild(li);
          if (feed.childElementCount > 50) feed.firstElementChild.remove();
          break;
        }
        default: // characterData on filler text
          notes[k % notes.length].nodeValue = k % 8 ? 'updated' : 'refreshed';
      }
      k++;
    };
    const t0 = performance.now();
    const frames = [];
    const frame = (ts) => {
      frames.push(ts);
      for (let i = 0; i < perFrame && k < mutations; i++) mutate();
      if (k < mutations) requestAnimationFrame(frame);
      else
        requestAnimationFrame((ts2) => {
          frames.push(ts2);
          setTimeout(finish, settleMs);
        });
    };
    const finish = () => {
      const end = performance.now();
      const frameGaps = frames.slice(1).map((t, i) => t - frames[i]);
      const longtasks = (window.__bench?.longtasks ?? []).filter(
        (e) => e.start >= t0 && e.start <= end,
      );
      done({
        mutations: k,
        window_ms: end - t0,
        max_frame_gap_ms: frameGaps.length ? Math.max(...frameGaps) : 0,
        longtask_max_ms: longtasks.reduce((m, e) => Math.max(m, e.duration), 0),
        longtask_count: longtasks.length,
        longtask_error: window.__bench?.error ?? null,
      });
    };
    requestAnimationFrame(frame);
  });
}

export async function benchLongtask({ log = () => {} } = {}) {
  const { html } = syntheticDashboard({ variant: 'plausible' });
  const { context, extensionId } = await launchPacer({ headless: true });
  const scriptUrl = `chrome-extension://${extensionId}/content-scripts/`;
  try {
    // routeDashboards-style: the dashboard's real address gets the synthetic page, nothing else.
    for (const url of [EXT_URL, BASE_URL]) {
      const origin = new URL(url).origin;
      await context.route(`${origin}/**`, (route) =>
        route.request().url().split('?')[0] === url && route.request().resourceType() === 'document'
          ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
          : route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }),
      );
    }
    await context.addInitScript(instrument);
    const ext = await context.newPage();
    await ext.goto(`chrome-extension://${extensionId}/popup.html`);
    const page = await context.newPage();
    // What the background last stored for the dashboard tab: proof the content script ran.
    const pageRead = () =>
      ext.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ url: 'https://plausible.io/*' });
        if (!tab) return null;
        const v = await chrome.runtime.sendMessage({
          type: 'page.get',
          payload: { tabId: tab.id },
        });
        return v?.read ? { observedAt: v.observedAt, source: v.read.source } : null;
      });

    const runs = { ext: [], base: [] };
    let contentScriptSeen = false;
    let readAfterBurst = 0;
    for (let i = 0; i < REPS; i++) {
      for (const which of i % 2 ? ['base', 'ext'] : ['ext', 'base']) {
        await page.goto(which === 'ext' ? EXT_URL : BASE_URL, { waitUntil: 'load' });
        await page.bringToFront();
        await page.waitForTimeout(SETTLE_BEFORE_MS);
        const before = which === 'ext' ? await pageRead() : null;
        const { result, events } = await traceDuring(context, page, () =>
          page.evaluate(burst, {
            mutations: MUTATIONS,
            perFrame: PER_FRAME,
            settleMs: SETTLE_AFTER_MS,
          }),
        );
        const tasks = analyseTasks(events, scriptUrl);
        if (which === 'ext') {
          const after = await pageRead();
          if (after?.source === 'plausible') contentScriptSeen = true;
          if (after && after.observedAt !== before?.observedAt) readAfterBurst++;
        }
        runs[which].push({ ...result, ...tasks });
      }
    }
    if (!contentScriptSeen)
      throw new Error('the content script never reported the synthetic Plausible page');

    const med = (rs, f, d = 2) => round(median(rs.map(f)), d);
    const summarise = (rs) => ({
      longest_task_ms: med(rs, (r) => r.longest_task_ms, 1),
      longtask_api_max_ms: med(rs, (r) => r.longtask_max_ms, 1),
      longtask_api_count: rs.reduce((n, r) => n + r.longtask_count, 0),
      max_frame_gap_ms: med(rs, (r) => r.max_frame_gap_ms, 1),
      content_script_longest_in_one_task_ms: med(
        rs,
        (r) => r.content_script_longest_in_one_task_ms,
        3,
      ),
      content_script_total_ms: med(rs, (r) => r.content_script_total_ms, 3),
      content_script_calls: med(rs, (r) => r.content_script_calls, 0),
      content_script_longest_call: rs.at(-1).content_script_longest_call,
      per_run_longest_task_ms: rs.map((r) => round(r.longest_task_ms, 1)),
      per_run_longtask_api_max_ms: rs.map((r) => round(r.longtask_max_ms, 1)),
      tasks_traced: med(rs, (r) => r.tasks, 0),
      longtask_error: rs.find((r) => r.longtask_error)?.longtask_error ?? null,
    });
    const e = summarise(runs.ext);
    const b = summarise(runs.base);
    if (!runs.ext.some((r) => r.content_script_calls > 0))
      throw new Error('the trace shows no content-script code on the page');
    log(
      `  content script: ${e.content_script_longest_in_one_task_ms} ms in one task at most ` +
        `(${e.content_script_calls} calls, ${e.content_script_total_ms} ms in all); longest task of any ` +
        `origin ${e.longest_task_ms} ms with Pacer, ${b.longest_task_ms} ms without`,
    );
    return {
      longest_task_ms: e.content_script_longest_in_one_task_ms,
      longest_task_baseline_ms: b.longest_task_ms,
      longest_task_with_extension_ms: e.longest_task_ms,
      details: {
        method:
          `Chromium trace (CDP Tracing, devtools.timeline) of a ${MUTATIONS}-mutation burst in ` +
          `${MUTATIONS / PER_FRAME} rAF batches of ${PER_FRAME} plus ${SETTLE_AFTER_MS} ms after it, ` +
          `median over ${REPS} runs. longest_task_ms: the most time content-script code ` +
          `(FunctionCall in content-scripts/*.js: MutationObserver callbacks inside the page's ` +
          `tasks, the debounced read in its own timer task) took inside any one main-thread task. ` +
          `longest_task_baseline_ms: the longest main-thread task (RunTask) of any origin during the ` +
          `same burst on the same page at ${BASE_URL}, which Pacer does not match (no content script); ` +
          `longest_task_with_extension_ms: the same at ${EXT_URL} with the content script. ` +
          `Long Tasks API (≥ 50 ms only) and rAF frame gaps are reported alongside.`,
        with_extension: e,
        baseline: b,
        content_script_read_after_burst: `${readAfterBurst}/${REPS} runs`,
        mutation_mix:
          'figure values (childList), data-value attributes, live-feed append/remove, filler text (characterData)',
      },
    };
  } finally {
    await context.close();
  }
}
