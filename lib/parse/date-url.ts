/**
 * `dateRangeFromUrl`: the date range a dashboard encodes in its URL, per source. Null when the
 * URL does not say (the reader then falls back to the picker text) — never a guess.
 * `now` is read by its UTC date, as in parseDateRangeText.
 */
import {
  addDays,
  dayOf,
  lastDays,
  monthEnd,
  monthStart,
  parseIsoDay,
  range,
  weekStart,
  yearEnd,
  yearStart,
} from './calendar';
import { plausiblePeriodRange, type PlausiblePeriodOptions } from './plausible-period';
import type { DateRange } from './types';
import { umamiRangeFromUrl } from './umami-date';

export interface UrlDateOptions {
  /** "Last N days" presets end today (default) or yesterday. */
  includeToday?: boolean;
  /** Plausible only: whose preset rules apply and the site's days (see plausible-period.ts). */
  plausible?: PlausiblePeriodOptions;
}

interface Ctx {
  now: number;
  today: number;
  includeToday: boolean;
}

/** GA4 keeps its state in the hash, URL-encoded once or twice inside `params=`. */
function ga4(url: URL): DateRange | null {
  let text = url.hash + '&' + url.search;
  for (let i = 0; i < 3 && /%[0-9a-f]{2}/i.test(text); i++) {
    try {
      text = decodeURIComponent(text);
    } catch {
      break;
    }
  }
  const start = /_u\.date00=(\d{8})(?!\d)/.exec(text)?.[1];
  const end = /_u\.date01=(\d{8})(?!\d)/.exec(text)?.[1];
  if (!start || !end) return null;
  return range(parseIsoDay(start, true), parseIsoDay(end, true));
}

function matomoDay(text: string, today: number): number | null {
  if (text === 'today') return today;
  if (text === 'yesterday') return addDays(today, -1);
  return parseIsoDay(text);
}

function matomo(url: URL, c: Ctx): DateRange | null {
  // The SPA keeps the state it shows in "#?…"; the query string is what the page loaded with.
  const hash = new URLSearchParams(url.hash.replace(/^#\/?\??/, ''));
  const p = hash.has('period') ? hash : url.searchParams;
  const period = p.get('period');
  const date = p.get('date') ?? '';
  if (period === 'range') {
    const last = /^(last|previous)(\d+)$/.exec(date);
    if (last) return lastDays(c.today, Number(last[2]), last[1] === 'last');
    const [from, to, extra] = date.split(',');
    if (extra !== undefined || !to) return null;
    return range(matomoDay(from!, c.today), matomoDay(to, c.today));
  }
  const day = matomoDay(date, c.today);
  if (day === null) return null; // includes "last7" with period=day: a series, not one range
  if (period === 'day') return range(day, day);
  if (period === 'week') return range(weekStart(day), addDays(weekStart(day), 6));
  if (period === 'month') return range(monthStart(day), monthEnd(day));
  if (period === 'year') return range(yearStart(day), yearEnd(day));
  return null;
}

function shopifyDay(text: string, today: number): number | null {
  if (text === 'today') return today;
  if (text === 'yesterday') return addDays(today, -1);
  const rel = /^-(\d+)d$/.exec(text); // "-30d": the day 30 days before today
  if (rel) return addDays(today, -Number(rel[1]));
  return parseIsoDay(text);
}

function shopify(p: URLSearchParams, c: Ctx): DateRange | null {
  const since = p.get('since');
  if (!since) return null;
  const until = p.get('until');
  return range(shopifyDay(since, c.today), until ? shopifyDay(until, c.today) : c.today);
}

// YouTube Studio presets in the path: "Last 7/28/90/365 days". "period-month" and
// "period-lifetime" are left out: what they cover was not verified.
const YOUTUBE_DAYS: Record<string, number> = {
  default: 28,
  week: 7,
  '4_weeks': 28,
  quarter: 90,
  year: 365,
};

function youtube(url: URL, c: Ctx): DateRange | null {
  const m = /\/period-([a-z0-9_]+)(?:\/|$)/.exec(url.pathname);
  const days = m ? YOUTUBE_DAYS[m[1]!] : undefined;
  return days ? lastDays(c.today, days, c.includeToday) : null;
}

function ctxOf(now: Date, options: UrlDateOptions): Ctx | null {
  if (Number.isNaN(now.getTime())) return null;
  return {
    now: now.getTime(),
    today: dayOf(now),
    includeToday: options.includeToday ?? true,
  };
}

type FromUrl = (url: URL, now: Date, options?: UrlDateOptions) => DateRange | null;

// One export per source, so that a content script bundles only its dashboards' rules.
export const ga4RangeFromUrl: FromUrl = (url, now, o = {}) => (ctxOf(now, o) ? ga4(url) : null);
/** Plausible's `period`, `date`, `from`, `to`; null without a period (the page may have stored one). */
export const plausibleRangeFromUrl: FromUrl = (url, now, o = {}) => {
  const p = url.searchParams;
  const period = p.get('period');
  if (!period || !ctxOf(now, o)) return null;
  const q = { period, date: p.get('date'), from: p.get('from'), to: p.get('to') };
  return plausiblePeriodRange(q, now, o.plausible);
};
export const matomoRangeFromUrl: FromUrl = (url, now, o = {}) => {
  const c = ctxOf(now, o);
  return c && matomo(url, c);
};
export const shopifyRangeFromUrl: FromUrl = (url, now, o = {}) => {
  const c = ctxOf(now, o);
  return c && shopify(url.searchParams, c);
};
export const youtubeRangeFromUrl: FromUrl = (url, now, o = {}) => {
  const c = ctxOf(now, o);
  return c && youtube(url, c);
};

const BY_SOURCE: Record<string, FromUrl> = {
  ga4: ga4RangeFromUrl,
  plausible: plausibleRangeFromUrl,
  // Umami's rules (and its browser-zone days) live in umami-date.ts.
  umami: (url, now) => umamiRangeFromUrl(url, now),
  matomo: matomoRangeFromUrl,
  shopify: shopifyRangeFromUrl,
  youtube: youtubeRangeFromUrl,
  'youtube-studio': youtubeRangeFromUrl,
};

/** The range a dashboard URL selects, for a source id such as "ga4" or "matomo". */
export function dateRangeFromUrl(
  url: URL,
  source: string,
  now: Date,
  options: UrlDateOptions = {},
): DateRange | null {
  return Object.hasOwn(BY_SOURCE, source) ? BY_SOURCE[source]!(url, now, options) : null;
}
