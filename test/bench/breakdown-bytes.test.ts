// The storage figure in the README ("Storage"): bytes per dashboard-day of breakdowns, measured
// through the real store path by the benchmark's own code (scripts/bench-breakdowns.ts).
import { expect, it } from 'vitest';
import { benchBreakdowns } from '../../scripts/bench-breakdowns';

it('a dashboard of 12 tables × 10 rows costs a few kilobytes a day, and retention drops the oldest', async () => {
  const r = await benchBreakdowns(20);
  console.log(`breakdown bytes per dashboard-day: ${JSON.stringify(r)}`);
  expect(r.records_per_day).toBe(12);
  expect(r.breakdown_bytes_per_dashboard_day).toBeGreaterThan(3_000);
  expect(r.breakdown_bytes_per_dashboard_day).toBeLessThan(12_000);
  // Half of the 20 days are past the limit at the later date.
  expect(r.retention_deleted_check).toBe(10 * 12);
});
