// Benchmarks 6 and 7 — storage (issue 10).
// db_bytes_per_metric_year: scripts/bench-store.ts through Vite's SSR loader (as goals.mjs).
// transfer_ratio / transfer_ms: 500,000 readings exported and imported back through the built
// extension's streamed messages in Chromium (data.export.begin/chunk → the file's text →
// JSON.parse → data.import.begin/chunk/commit, replace), against JSON.stringify + JSON.parse of
// the same data in the same page (the floor). The page's own whole-file check (zod, in the
// options page) is not in it; the background's validation of every chunk is.
import { launchPacer } from '../chromium.mjs';
import { withSsrModule } from './ssr.mjs';
import { round } from './util.mjs';

export async function benchDbBytes() {
  return withSsrModule('scripts/bench-store.ts', async (mod) => {
    const { db_bytes_per_metric_year, ...details } = await mod.benchStore();
    return { db_bytes_per_metric_year, details };
  });
}

/** breakdown_bytes_per_dashboard_day (issue 13): scripts/bench-breakdowns.ts, the same way. */
export async function benchBreakdownBytes() {
  return withSsrModule('scripts/bench-breakdowns.ts', async (mod) => {
    const { breakdown_bytes_per_dashboard_day, ...details } = await mod.benchBreakdowns();
    return { breakdown_bytes_per_dashboard_day, details };
  });
}

export const TRANSFER_READINGS = 500_000;

/** Runs in the options page. */
async function roundTrip(n) {
  const send = (type, payload) => chrome.runtime.sendMessage({ type, payload });
  const DAY_MS = 86_400_000;
  const now = Date.now();
  const readings = [];
  // 200 metrics × 2,500 readings, every 15 minutes back from now (26 days): all inside the
  // retention's 35 days of detail, so the daily compaction (its first run comes a minute after
  // install) has nothing to remove while this runs.
  for (let i = 0; i < n; i++) {
    const m = i % 200;
    const t = now - Math.floor(i / 200) * 900_000;
    const day = new Date(t - (t % DAY_MS)).toISOString().slice(0, 10);
    readings.push({
      metric: { source: 'plausible', scope: `site${m}.example`, key: 'visitors' },
      value: 1000 + (i % 977),
      unit: 'count',
      precision: 0.5,
      period: { start: day, end: day },
      observedAt: new Date(t).toISOString(),
      url: `https://plausible.io/site${m}.example`,
    });
  }
  const data = {
    format: 'pacer',
    version: 1,
    exportedAt: new Date().toISOString(),
    goals: [],
    readings,
  };
  let commitMs = 0;
  const importAll = async (d, mode) => {
    const { goals, readings: rs, ...header } = d;
    const begin = await send('data.import.begin', {
      mode,
      header,
      goals: goals.length,
      readings: rs.length,
    });
    if (!begin?.ok) throw new Error(`data.import.begin: ${JSON.stringify(begin)}`);
    for (let i = 0; i < rs.length; i += 5000) {
      const r = await send('data.import.chunk', { id: begin.id, readings: rs.slice(i, i + 5000) });
      if (!r?.ok) throw new Error(`data.import.chunk: ${JSON.stringify(r)}`);
    }
    const sent = performance.now();
    const done = await send('data.import.commit', { id: begin.id });
    commitMs = performance.now() - sent;
    if (!done?.ok) throw new Error(`data.import.commit: ${JSON.stringify(done)}`);
    return done;
  };
  const seeded = await importAll(data, 'replace');

  // The floor: the same data through JSON and back, in this page.
  let t = performance.now();
  const floorText = JSON.stringify(data);
  JSON.parse(floorText);
  const floorMs = performance.now() - t;

  t = performance.now();
  const begin = await send('data.export.begin', {});
  const parts = [
    `${JSON.stringify({ format: 'pacer', version: 1, exportedAt: begin.header.exportedAt }).slice(0, -1)},"goals":[`,
  ];
  let cursor = begin.cursor;
  let inReadings = false;
  let first = true;
  let exported = 0;
  while (cursor) {
    const c = await send('data.export.chunk', { cursor, until: begin.until });
    if (!c) throw new Error('data.export.chunk: no answer');
    if (c.readings.length && !inReadings) {
      parts.push('],"readings":[');
      inReadings = true;
      first = true;
    }
    for (const items of [c.goals, c.readings])
      if (items.length) {
        parts.push(`${first ? '' : ','}${JSON.stringify(items).slice(1, -1)}`);
        first = false;
      }
    exported += c.readings.length;
    cursor = c.next;
  }
  parts.push(inReadings ? ']}' : '],"readings":[]}');
  const text = await new Blob(parts).text();
  const exportMs = performance.now() - t;
  t = performance.now();
  const back = await importAll(JSON.parse(text), 'replace');
  const importMs = performance.now() - t;
  return {
    seeded: seeded.readings,
    exported,
    imported: back.readings,
    fileBytes: text.length,
    floorMs,
    exportMs,
    importMs,
    commitMs,
  };
}

export async function benchTransfer({ log = () => {} } = {}) {
  const { context, extensionId } = await launchPacer({ headless: true });
  try {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    log(`  ${TRANSFER_READINGS.toLocaleString('en')} readings: seed, export, import…`);
    const r = await page.evaluate(roundTrip, TRANSFER_READINGS);
    if (r.exported !== TRANSFER_READINGS || r.imported !== TRANSFER_READINGS)
      throw new Error(`round trip lost readings: ${JSON.stringify(r)}`);
    const total = r.exportMs + r.importMs;
    return {
      transfer_ratio: round(total / r.floorMs, 1),
      transfer_ms: Math.round(total),
      transfer_floor_ms: Math.round(r.floorMs),
      details: {
        readings: TRANSFER_READINGS,
        file_mb: round(r.fileBytes / 1024 / 1024, 1),
        bytes_per_reading: Math.round(r.fileBytes / TRANSFER_READINGS),
        export_ms: Math.round(r.exportMs),
        import_ms: Math.round(r.importMs),
        import_commit_ms: Math.round(r.commitMs),
      },
    };
  } finally {
    await context.close();
  }
}
