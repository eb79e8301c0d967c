/**
 * Readings the hosted readers (GA4, Search Console, Shopify, Stripe, YouTube Studio) stored
 * before issue 15, mapped to what they now store for the same page. The old readers
 * - stored filtered, compared, realtime, Discover/News and per-content-type figures under the
 *   property's, store's or channel's metric;
 * - resolved relative presets in UTC and with unverified end days: Search Console's "Last 28
 *   days" ended yesterday (its data lags about two days), Shopify and Stripe counted in UTC
 *   (their days are the store's and account's), YouTube's path presets ended today.
 *
 * From the stored `url`: a view moves the reading to the view's key; a page with several
 * comparisons (which value was whose is unknown) gives null, for the caller to mark; a period
 * the address does not state in dates becomes null (the value stays, its span is not known).
 * Pure; called by `reidentifyReading` (lib/store/old-readers.ts) in migration 4.
 */
import { ga4RangeFromUrl } from '../../parse';
import { ga4ViewOf } from '../ga4-view';
import { searchConsoleViewOf } from '../search-console';
import { shopifyViewOf } from '../shopify';
import { stripeViewOf } from '../stripe';
import { VIEW_SEPARATOR, viewKey, type FigureView } from '../view';
import { youtubeViewOf } from '../youtube';

interface StoredHostedReading {
  metric: { source: string; scope: string; key: string };
  period: { start: string; end: string } | null;
  url?: string;
}

type ViewOf = (url: URL) => FigureView | null | 'ambiguous';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

// Per source: the view the address shows, and whether the address states the period in dates.
const HOSTED: Record<string, { view: ViewOf; dated: (url: URL) => boolean }> = {
  // GA4's old reader also took a bare preset in the picker in UTC: only URL dates are sure.
  ga4: { view: ga4ViewOf, dated: (u) => !!ga4RangeFromUrl(u, new Date(0)) },
  'search-console': {
    view: searchConsoleViewOf,
    dated: (u) =>
      /^\d{8}$/.test(u.searchParams.get('start_date') ?? '') && u.searchParams.has('end_date'),
  },
  shopify: {
    view: shopifyViewOf,
    dated: (u) =>
      ISO.test(u.searchParams.get('since') ?? '') && ISO.test(u.searchParams.get('until') ?? ''),
  },
  stripe: { view: stripeViewOf, dated: () => false },
  youtube: { view: youtubeViewOf, dated: () => false },
};

/**
 * The reading under today's identity; the same object when nothing changes; null when what it
 * covered cannot be known (no address, or several comparisons on the page).
 */
export function reidentifyHostedReading<R extends StoredHostedReading>(reading: R): R | null {
  const { source, key } = reading.metric;
  const rules = Object.hasOwn(HOSTED, source) ? HOSTED[source]! : null;
  if (!rules || key.includes(VIEW_SEPARATOR)) return reading;
  let url: URL;
  try {
    url = new URL(reading.url ?? '');
  } catch {
    return null;
  }
  const view = rules.view(url);
  if (view === 'ambiguous') return null;
  let next: R = reading;
  const newKey = viewKey(key, view);
  if (newKey !== key) next = { ...next, metric: { ...next.metric, key: newKey } };
  if (next.period && !rules.dated(url)) next = { ...next, period: null };
  return next;
}
