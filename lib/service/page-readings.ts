import type { Reading } from '../goals/schema';
import type { PageFigure, PageRead } from '../messaging/schemas';
import { bareUrl } from '../store/bare-url';

/**
 * One Reading per figure. The time is the background's clock and the URL the sender's, never
 * what the page claims; the URL without query and fragment (lib/store/bare-url.ts).
 */
export function toReadings(read: PageRead, url: string | undefined, now: Date): Reading[] {
  const observedAt = now.toISOString();
  return read.figures.map((f) => ({
    metric: { source: read.source, scope: read.scope, key: f.key },
    value: f.value,
    unit: f.unit,
    ...(f.currency ? { currency: f.currency } : {}),
    precision: f.precision,
    period: read.period,
    observedAt,
    ...(url ? { url: bareUrl(url).slice(0, 2000) } : {}),
  }));
}

/** Readings for the tracked figures that were found; the metric is `custom/<host>/<tracker key>`. */
export function trackedReadings(
  found: { key: string; figure: PageFigure }[],
  host: string,
  period: PageRead['period'],
  url: string | undefined,
  now: Date,
): Reading[] {
  if (!found.length) return [];
  return toReadings(
    {
      source: 'custom',
      scope: host,
      period,
      figures: found.map((f) => ({ ...f.figure, key: f.key })),
    },
    url,
    now,
  );
}
