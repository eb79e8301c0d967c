/**
 * Plausible (plausible.io and self-hosted Community Edition 2.x and 3.x): the top stats row.
 *
 * Each tile's value element has the metric key as its id (`<p id="visitors">12.3k</p>`). In
 * comparison mode the tile also shows the previous period's value (`#previous-visitors` in v3,
 * an id-less second `<p>` in v2): never the value. Labels are uppercased by CSS only, so
 * textContent keeps their case. What the figures cover (filters, segment, realtime) comes from
 * plausible/filters.ts; how precise they are from plausible/rounding.ts; which days they cover
 * from lib/parse/plausible-period.ts, with the version's own preset rules.
 */
import {
  parseDateRangeText,
  plausiblePeriodRange,
  plausiblePresetOfText,
  type DateRange,
  type PlausibleEdition,
  type PlausiblePeriodOptions,
} from '../parse';
import { docLocale, isHidden, makeFigure, textOf } from './dom';
import { plausibleBreakdowns } from './plausible/breakdowns';
import { plausibleFiltersFromUrl, plausibleView } from './plausible/filters';
import { plausibleRounding } from './plausible/rounding';
import type { PageFigure, PageRead, Reader } from './types';
import { viewKey, viewLabel } from './view';

// The React root of the dashboard page; `data-domain` is the site (also on shared links),
// `data-offset` the site's UTC offset in seconds, `data-stats-begin` its first day of stats.
// `data-segments` arrived with segments in v3.0: its presence marks the v3 rules.
const ROOT = '#stats-react-container';
// The row of top stat tiles above the main graph.
const TOP_STATS = '#top-stats-container';
// v3: the period button's text ("Last 28 days", "1 May - 14 May 2024").
const PERIOD_V3 = '[data-testid="current-query-period"]';
// v2 (datepicker.js): the period button opening `#datemenu`; its only text is the period.
const PERIOD_V2 = '[aria-controls="datemenu"]';
// The blinking dot Plausible adds after the realtime top stats.
const REALTIME_DOT = '.pulsating-circle';

// Value ids Plausible gives its top stats (the metric key; `current_visitors` from 2.1 on).
export const PLAUSIBLE_METRIC_KEYS: ReadonlySet<string> = new Set([
  'current_visitors',
  'visitors',
  'visits',
  'pageviews',
  'events',
  'views_per_visit',
  'bounce_rate',
  'visit_duration',
  'time_on_page',
  'scroll_depth',
  'conversion_rate',
  'total_revenue',
  'average_revenue',
]);
// `period=` values the dashboard accepts (dashboard-time-periods.ts `DashboardPeriod`, plus
// "24h" from late 2026); anything else makes it fall back to the stored or default period.
export const PLAUSIBLE_PERIODS: ReadonlySet<string> = new Set([
  ...['realtime', '24h', 'day', 'month', 'year', 'all', 'custom'],
  ...['7d', '28d', '30d', '91d', '6mo', '12mo'],
]);
const MAX_LABEL = 200;

export function detect(doc: Document, _url: URL): boolean {
  // One query per id: Chromium looks a lone `#id` up directly, a selector list walks the page.
  return !!doc.querySelector(ROOT) || !!doc.querySelector(TOP_STATS);
}

/** The page's landmarks, each looked up once: an attribute selector walks the whole page. */
interface Parts {
  root: Element | null;
  topStats: Element | null;
  /** The period button (v3 or v2 markup), looked up only when needed. */
  button(): Element | null;
}

function partsOf(doc: Document): Parts {
  const root = doc.querySelector(ROOT);
  const scope: ParentNode = root ?? doc;
  let button: Element | null | undefined;
  return {
    root,
    topStats: doc.querySelector(TOP_STATS),
    button: () =>
      button === undefined
        ? (button = scope.querySelector(PERIOD_V3) ?? scope.querySelector(PERIOD_V2))
        : button,
  };
}

function editionOf(parts: Parts, url: URL): PlausibleEdition | undefined {
  if (parts.root?.hasAttribute('data-segments')) return 'v3';
  const button = parts.button();
  if (button) return button.matches(PERIOD_V3) ? 'v3' : 'v2';
  if (url.hostname === 'plausible.io') return 'v3';
  if (/(?:^|&)f=/.test(url.search.slice(1))) return 'v3';
  if (url.searchParams.has('filters')) return 'v2';
  // The v2 root carries the same data attributes, less the segments.
  return parts.root?.hasAttribute('data-domain') ? 'v2' : undefined;
}

/** Which Plausible's rules apply: v3 (Cloud, CE 3.x) or v2 (CE 2.x); undefined when unsure. */
export function plausibleEdition(doc: Document, url: URL): PlausibleEdition | undefined {
  return editionOf(partsOf(doc), url);
}

/** `/example.com`, `/share/example.com?auth=…`; domains with a path are URL-encoded. */
function scopeOf(doc: Document, url: URL): string {
  const parts = url.pathname.split('/').filter(Boolean);
  const seg = parts[0] === 'share' ? parts[1] : parts[0];
  if (seg && seg.includes('.')) return decodeURIComponent(seg);
  return doc.querySelector(ROOT)?.getAttribute('data-domain') || url.hostname;
}

/** The tile's label: the first child of the nearest ancestor whose first child is not the value's branch. */
function labelFor(valueEl: Element): string {
  for (let e: Element | null = valueEl; e?.parentElement; e = e.parentElement) {
    const first: Element | null = e.parentElement.firstElementChild;
    if (first && first !== e && !first.contains(valueEl)) {
      // A trailing "*" marks a warning footnote, not part of the name.
      return textOf(first).replace(/\s*\*$/, '');
    }
  }
  return '';
}

function periodOptions(parts: Parts, url: URL): PlausiblePeriodOptions {
  const offset = Number(parts.root?.getAttribute('data-offset') ?? 0);
  const opts: PlausiblePeriodOptions = {
    offsetSeconds: Number.isFinite(offset) ? offset : 0,
    statsBegin: parts.root?.getAttribute('data-stats-begin') || null,
  };
  const edition = editionOf(parts, url);
  if (edition) opts.edition = edition;
  return opts;
}

/**
 * The preset in force: the URL's when valid; else the button's, since the dashboard falls back
 * to the period stored in the browser, which the URL does not show.
 */
function presetOf(parts: Parts, url: URL): string | null {
  const p = url.searchParams.get('period');
  if (p && PLAUSIBLE_PERIODS.has(p)) return p;
  const text = textOf(parts.button());
  return text ? plausiblePresetOfText(text) : null;
}

function periodOf(
  parts: Parts,
  doc: Document,
  url: URL,
  now: Date,
  preset: string | null,
): DateRange | null {
  const opts = periodOptions(parts, url);
  const p = url.searchParams;
  if (preset && p.get('period') === preset) {
    return plausiblePeriodRange(
      { period: preset, date: p.get('date'), from: p.get('from'), to: p.get('to') },
      now,
      opts,
    );
  }
  if (preset) return plausiblePeriodRange({ period: preset }, now, opts);
  // A day, month, year or custom range the button spells out, read in the site's days.
  const text = textOf(parts.button());
  if (!text) return null;
  const siteNow = new Date(now.getTime() + (opts.offsetSeconds ?? 0) * 1000);
  return parseDateRangeText(text, siteNow, docLocale(doc));
}

/** Segment names by id from the root's `data-segments` (v3): a label, never part of the id. */
function segmentNames(root: Element | null): Record<string, string> {
  const out: Record<string, string> = {};
  try {
    const list: unknown = JSON.parse(root?.getAttribute('data-segments') ?? '[]');
    if (!Array.isArray(list)) return out;
    for (const s of list as { id?: unknown; name?: unknown }[]) {
      if (
        s &&
        typeof s.name === 'string' &&
        (typeof s.id === 'number' || typeof s.id === 'string')
      ) {
        out[String(s.id)] = s.name;
      }
    }
  } catch {
    // Not JSON: ids stay as they are.
  }
  return out;
}

/** Realtime shows "Current visitors" and "… (last 30 min)" tiles, and a blinking dot. */
function looksRealtime(topStats: Element | null, labels: string[]): boolean {
  if (labels.some((l) => /\(last \d+ min\)|^current visitors$/i.test(l))) return true;
  // Only the dot after the tiles: the top bar's current-visitors badge has one of its own.
  return !!topStats?.querySelector(REALTIME_DOT);
}

function read(doc: Document, url: URL, now: Date): PageRead | null {
  const parts = partsOf(doc);
  const container = parts.topStats ?? doc;
  const locale = docLocale(doc);
  const found: { key: string; label: string; text: string; el: Element }[] = [];
  const seen = new Set<string>();
  for (const el of Array.from(container.querySelectorAll('[id]'))) {
    if (!PLAUSIBLE_METRIC_KEYS.has(el.id) || isHidden(el)) continue;
    const label = labelFor(el);
    // v3.x realtime gives "Current visitors" the id `visitors` too, before the 30-minute tile.
    const key = /^current visitors$/i.test(label) ? 'current_visitors' : el.id;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({ key, label, text: textOf(el), el });
  }
  if (found.length === 0) return null;
  const preset = presetOf(parts, url);
  const realtime =
    preset === 'realtime' ||
    looksRealtime(
      parts.topStats,
      found.map((f) => f.label),
    );
  const filters = plausibleFiltersFromUrl(url);
  const view = plausibleView(filters, {
    realtime,
    withoutImported: url.searchParams.get('with_imported') === 'false',
    segmentNames: filters.filters.some((f) => f.dimension === 'segment')
      ? segmentNames(parts.root)
      : {},
  });

  const figures: PageFigure[] = [];
  const keys = new Set<string>(); // the top stats read, for the breakdowns' columns
  for (const { key, label, text } of found) {
    const fig = makeFigure(key, label, text, locale);
    if (!fig) continue;
    if (key === 'views_per_visit' && fig.unit === 'count') fig.unit = 'ratio'; // pages per visit
    const exact = plausibleRounding(key, text, fig);
    keys.add(key);
    figures.push({
      ...fig,
      value: exact.value,
      precision: exact.precision,
      key: viewKey(key, view),
      label: viewLabel(label, view).slice(0, MAX_LABEL),
    });
  }
  if (figures.length === 0) return null;
  // Realtime tables count the last minutes: no period to compare them over.
  const breakdowns = realtime ? [] : plausibleBreakdowns(doc, keys);
  const out: PageRead = {
    source: 'plausible',
    scope: scopeOf(doc, url),
    // Realtime covers the last minutes, not whole days.
    period: realtime ? null : periodOf(parts, doc, url, now, preset),
    figures,
  };
  if (view) out.view = view;
  if (breakdowns.length > 0) out.breakdowns = breakdowns;
  return out;
}

export const reader: Reader = {
  id: 'plausible',
  matches: ['https://plausible.io/*'],
  script: 'plausible',
  sites: 2,
  detect,
  read,
};

/*
 * Verified against (English UI; Plausible ships no other language):
 * - REAL CAPTURES (test/fixtures/plausible/v3-*, ce21-*): the dashboard frontend built from
 *   source with esbuild and rendered in headless Chromium against a fake API of our own:
 *   - CE 2.1.4: plausible/analytics at the "Release v2.1.4" commit 5fec52ab (via the
 *     syntax-syndicate/plausible-analytics mirror): datemenu button, `graph_metric` ids, id-less
 *     comparison values, no id on Current visitors and Time on page, JsonURL `filters=`, legacy
 *     `?page=` rewritten by the page itself.
 *   - CE 3.2.x: creator-signal/fork-plausible-analytics @edc07fd5 (a fork after v3.2.1):
 *     `data-testid` button, `#previous-*`, `current_visitors` id, `f=`/`l=`, a CE 2.1 link
 *     rewritten to `f=…&r=v2`, period stored in localStorage.
 * - Source read for the rules (plausible/analytics): util/number-formatter.ts @09e7d57a and
 *   number-formatter.js @06e8118d; stats/reports/metric-formatter.ts @0f0ded27;
 *   lib/plausible/stats/sql/expression.ex @01146897 (API rounding);
 *   lib/plausible/stats/query_period.ex @afa084a5 and query_builder_test.exs (v3 presets);
 *   legacy_query_builder.ex at 5fec52ab and query.ex @01c445a8 (v2 presets: 30d = 31 days,
 *   6mo/12mo to the end of the current month); dashboard-time-periods.ts @00230a0b and
 *   datepicker.js @039f3baf (button labels); url-search-params.ts @1d9dd17b, -v2.ts @5be72ac6,
 *   -v1.ts @2425cdf8 (filter formats); stats.html.heex @01949f3e (`data-offset`,
 *   `data-segments` from v3.0, `data-stats-begin`); CHANGELOG.md @0049ecfd.
 * - RECONSTRUCTED fixtures (dashboard-30d, share-compare-custom, segment-country-28d: the newest
 *   top-stats.tsx @fc1c3cb7; realtime-stored: top-stats.js @00230a0b, where Current visitors
 *   takes the id `visitors`) were re-checked against that markup: ids, label nesting,
 *   `#previous-*`, the button; the reader depends on nothing else.
 */
