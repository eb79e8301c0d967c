/**
 * db_bytes_per_metric_year: what one metric costs in a year under the heavy day pattern — 100
 * stored readings a day (the write budget allows at most 147) — once retention has run (35 days
 * of detail, one reading a day before). Through the real store code over fake-indexeddb; bytes
 * are the JSON size of the stored rows (the Reading plus its metric id and key), IndexedDB's own
 * overhead and compression left out.
 */
import 'fake-indexeddb/auto';
import { metricId, type Reading } from '../lib/goals/schema';
import { compactReadings, openPacerDb, RETENTION } from '../lib/store';

const DAY_MS = 86_400_000;
const PER_DAY = 100;
const DAYS = 365;

export async function benchStore() {
  const now = new Date('2026-12-31T23:59:00.000Z');
  const first = Math.floor(now.getTime() / DAY_MS) - DAYS + 1;
  const metric = { source: 'plausible', scope: 'example.com', key: 'visitors' };
  const readings: Reading[] = [];
  for (let d = first; d < first + DAYS; d++)
    for (let k = 0; k < PER_DAY; k++) {
      const t = d * DAY_MS + Math.floor((k / PER_DAY) * 23 * 3_600_000);
      const end = new Date(d * DAY_MS).toISOString().slice(0, 10);
      const start = new Date((d - 29) * DAY_MS).toISOString().slice(0, 10);
      readings.push({
        metric,
        value: 10_000 + ((d * 7 + k * 13) % 500),
        unit: 'count',
        precision: 50,
        period: { start, end },
        observedAt: new Date(t).toISOString(),
        url: 'https://plausible.io/example.com',
      });
    }
  const db = await openPacerDb({ name: `bench-store-${Date.now()}` });
  const tx = db.transaction('readings', 'readwrite');
  for (const r of readings) void tx.store.add({ ...r, metricId: metricId(r.metric) });
  await tx.done;
  const bytes = async () => {
    let n = 0;
    for (const row of await db.getAll('readings')) n += Buffer.byteLength(JSON.stringify(row));
    return n;
  };
  const before = await bytes();
  const rowsBefore = await db.count('readings');
  const t0 = performance.now();
  const result = await compactReadings(db, now, RETENTION);
  const compactMs = performance.now() - t0;
  const after = await bytes();
  const rowsAfter = await db.count('readings');
  db.close();
  return {
    db_bytes_per_metric_year: after,
    db_bytes_per_metric_year_uncompacted: before,
    rows_before: rowsBefore,
    rows_after: rowsAfter,
    bytes_per_row: Math.round(after / rowsAfter),
    compact_ms_fake_indexeddb: Math.round(compactMs),
    compact_batches: result.batches,
  };
}
