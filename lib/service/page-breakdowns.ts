import { localIsoDay } from '../goals/dates';
import { metricId as idOf } from '../goals/schema';
import type { PageRead } from '../messaging/schemas';
import { viewKey } from '../readers/view';
import { breakdownId } from '../store/breakdowns';
import type { StoredBreakdown } from '../store/schema';

/**
 * The breakdowns of an authorized read (lib/messaging/identity.ts has already settled its source
 * and scope) as records to store. Kept only when the read's period is known (nothing is
 * comparable without it) and the table measures one of the read's own headline figures: its
 * metric is the figure's, `source/scope/viewKey(key, view)`, so a filtered page's tables never
 * explain the site's total. Two tables of one dimension and metric: the first shown wins.
 */
export function toBreakdowns(read: PageRead, now: Date): StoredBreakdown[] {
  const period = read.period;
  if (!period || !read.breakdowns?.length) return [];
  const headline = new Set(read.figures.map((f) => f.key));
  const day = localIsoDay(now);
  const observedAt = now.toISOString();
  const out = new Map<string, StoredBreakdown>();
  for (const b of read.breakdowns) {
    const key = viewKey(b.key, read.view);
    if (!headline.has(key) || !b.rows.length) continue;
    const metricId = idOf({ source: read.source, scope: read.scope, key });
    const id = breakdownId({ metricId, dimension: b.dimension, period, day });
    if (out.has(id)) continue;
    out.set(id, {
      id,
      metricId,
      dimension: b.dimension,
      period: { start: period.start, end: period.end },
      day,
      observedAt,
      unit: b.unit,
      ...(b.currency ? { currency: b.currency } : {}),
      rows: b.rows.map((r) => ({ label: r.label, value: r.value, precision: r.precision })),
    });
  }
  return [...out.values()];
}
