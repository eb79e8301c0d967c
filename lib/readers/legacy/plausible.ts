/**
 * Readings stored by the Plausible reader before issue 15, given the identity the reader gives
 * them now — or null when what they covered cannot be known, so that they never feed a verdict.
 * Pure: the lead's IndexedDB migration calls it on every stored reading of source `plausible`.
 *
 * What the old reader got wrong, and what is done about it here:
 * 1. Filters and realtime were ignored: a page's visitors were stored as the site's. The view
 *    is rebuilt from the reading's URL (filters live only in the URL) and joins the key. In
 *    realtime the old reader took the first `#visitors`, which in v3 is the current-visitors
 *    tile and in CE 2.1 the 30-minute one: those readings are dropped; `current_visitors` moves
 *    to the realtime view.
 * 2. Periods: "Last N days" always ended today and included it; "Last N months" was null from
 *    the URL and rolled back N months from today from the button. They are recomputed with the
 *    version's rules where the version is known (plausible.io after v3.0), else set to null.
 *    A URL without a period and a stored null period may have been realtime (stored by the
 *    dashboard): counts read that way are dropped.
 * 3. A whole "41k" was taken as exactly 41,000: it is 41,000–41,099.
 *
 * The old reader computed "today" as the UTC date of `observedAt`; the same day is used here,
 * so a recomputed range is exactly as far from the site's own day as the old one was.
 */
import type { Reading } from '../../goals/schema';
import { plausiblePeriodRange, type DateRange, type PlausiblePeriodOptions } from '../../parse';
import {
  addDays,
  dayOf,
  isoDay,
  monthStart,
  parseIsoDay,
  subtractMonths,
} from '../../parse/calendar';
import { PLAUSIBLE_METRIC_KEYS, PLAUSIBLE_PERIODS } from '../plausible';
import { plausibleFiltersFromUrl, plausibleView } from '../plausible/filters';
import { VIEW_SEPARATOR, viewKey } from '../view';

/** The top stats a realtime dashboard shows (stats_controller / top-stats: visitors, pageviews, conversions). */
const REALTIME_KEYS = new Set(['current_visitors', 'visitors', 'pageviews', 'events']);
const COUNT_KEYS = new Set(['current_visitors', 'visitors', 'visits', 'pageviews', 'events']);
/** Plausible Cloud moved to the v3 rules with the v3.0.0 release. */
const CLOUD_V3_SINCE = '2025-04-11';

function parseUrl(text: string | undefined): URL | null {
  if (!text) return null;
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

function editionOf(url: URL, observedAt: string): PlausiblePeriodOptions {
  return url.hostname === 'plausible.io' && observedAt >= CLOUD_V3_SINCE ? { edition: 'v3' } : {};
}

/** The preset the old reader's period came from when it read the button text, if any. */
function presetOfOldRange(p: DateRange, today: number): string | null {
  if (p.end !== isoDay(today)) return null;
  const start = parseIsoDay(p.start);
  if (start === null) return null;
  for (const n of [7, 28, 30, 91]) if (start === addDays(today, -(n - 1))) return `${n}d`;
  for (const n of [6, 12]) if (start === addDays(subtractMonths(today, n), 1)) return `${n}mo`;
  // "Month to Date" and "Year to Date" were read right.
  return start === monthStart(today) ? 'month' : null;
}

type PeriodFix = { period: DateRange | null } | 'drop';

function fixPeriod(r: Reading, url: URL): PeriodFix {
  const p = url.searchParams;
  const preset = p.get('period');
  const now = new Date(r.observedAt);
  const today = dayOf(now);
  if (Number.isNaN(today)) return 'drop';
  const opts = editionOf(url, r.observedAt);
  if (preset && PLAUSIBLE_PERIODS.has(preset)) {
    const q = { period: preset, date: p.get('date'), from: p.get('from'), to: p.get('to') };
    return { period: plausiblePeriodRange(q, now, opts) };
  }
  if (r.period === null) {
    // Possibly realtime, stored by the dashboard: a count could be a 30-minute or current figure.
    return REALTIME_KEYS.has(r.metric.key) ? 'drop' : { period: null };
  }
  const fromButton = presetOfOldRange(r.period, today);
  if (fromButton && fromButton !== 'month') {
    return { period: plausiblePeriodRange({ period: fromButton }, now, opts) };
  }
  return { period: r.period }; // a day, month or range the button spelled out
}

/** A whole "41k", "12M", "3B" below 100 of its unit, once read as exact. */
function fixRounding(r: Reading): Pick<Reading, 'value' | 'precision'> {
  const { value, precision } = r;
  if (COUNT_KEYS.has(r.metric.key) && !precision && value >= 1e3 && value < 1e12) {
    const unit = value >= 1e9 ? 1e9 : value >= 1e6 ? 1e6 : 1e3;
    if (value % unit === 0 && value / unit < 100) {
      return { value: value + unit / 20, precision: unit / 20 };
    }
  }
  if (r.metric.key === 'time_on_page' && precision === 0.5 && Number.isInteger(value)) {
    return { value: value + 0.25, precision: 0.75 };
  }
  return precision === undefined ? { value } : { value, precision };
}

/**
 * The reading under the identity today's reader gives it, or null to keep it out of verdicts.
 * Readings of other sources, and readings already carrying a view, are returned unchanged.
 */
export function relabelPlausibleReading(r: Reading): Reading | null {
  const { key } = r.metric;
  if (r.metric.source !== 'plausible' || key.includes(VIEW_SEPARATOR)) return r;
  if (!PLAUSIBLE_METRIC_KEYS.has(key)) return r;
  const url = parseUrl(r.url);
  if (!url) return null; // what it covered (filters) cannot be known
  const realtime = url.searchParams.get('period') === 'realtime';
  if (realtime && key !== 'current_visitors') return null;
  const view = plausibleView(plausibleFiltersFromUrl(url), {
    realtime,
    withoutImported: url.searchParams.get('with_imported') === 'false',
  });
  const fixed = fixPeriod(r, url);
  if (fixed === 'drop') return null;
  const out: Reading = {
    ...r,
    metric: { ...r.metric, key: viewKey(key, view) },
    ...fixRounding(r),
    period: realtime ? null : fixed.period,
  };
  return out;
}
