/**
 * Plausible (plausible.io and self-hosted Community Edition): the top stats row.
 *
 * Each tile's value element has the metric key as its id (`<p id="visitors">12.3k</p>`). In
 * comparison mode the tile also shows the previous period's value as `#previous-visitors`: that
 * is never the value. Labels are uppercased by CSS only, so textContent keeps their case.
 */
import { plausibleRangeFromUrl, parseDateRangeText } from '../parse';
import type { Figure } from '../parse/types';
import { docLocale, isHidden, makeFigure, textOf } from './dom';
import type { PageFigure, PageRead, Reader } from './types';

// The React root of the dashboard page; `data-domain` is the site (also on shared links).
const ROOT = '#stats-react-container';
// The row of top stat tiles above the main graph.
const TOP_STATS = '#top-stats-container';
// The period button's text ("Last 30 days", "1 May – 14 May 2024").
const CURRENT_PERIOD = '[data-testid="current-query-period"]';

// Value ids Plausible gives its top stats (stats/graph/top-stats.tsx uses the metric key).
const METRICS = [
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
];
const COUNT_METRICS = new Set(['current_visitors', 'visitors', 'visits', 'pageviews', 'events']);

function detect(doc: Document, _url: URL): boolean {
  // One query per id: Chromium looks a lone `#id` up directly, a selector list walks the page.
  return !!doc.querySelector(ROOT) || !!doc.querySelector(TOP_STATS);
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

/**
 * Plausible floors its short numbers (number-formatter.ts `numberShortFormatter`: 12,380 →
 * "12.3k", 123,900 → "123k"), so "12.3k" means [12,300, 12,400), not 12,300 ± 50. Report the
 * middle of that interval with its half-width. A whole "12k" below 100k is shown only for an
 * exact thousand, so it is exact.
 */
function unfloor(fig: Figure, text: string): Figure {
  const m = /^(\d+)(\.\d)?\s*([kMB])$/.exec(text.trim());
  if (!m || fig.unit !== 'count') return fig;
  const mult = m[3] === 'k' ? 1e3 : m[3] === 'M' ? 1e6 : 1e9;
  if (!m[2] && Number(m[1]) < 100) return { ...fig, value: Number(m[1]) * mult, precision: 0 };
  const step = m[2] ? mult / 10 : mult;
  const low = Math.round(Number(`${m[1]}${m[2] ?? ''}`) * (mult / step)) * step;
  return { ...fig, value: low + step / 2, precision: step / 2 };
}

function read(doc: Document, url: URL, now: Date): PageRead | null {
  const container = doc.querySelector(TOP_STATS) ?? doc;
  const locale = docLocale(doc);
  const figures: PageFigure[] = [];
  for (const key of METRICS) {
    // Attribute selector, not getElementById: the key must be the tile's own id, inside the row.
    const el = container.querySelector(`[id="${key}"]`);
    if (!el || isHidden(el)) continue;
    const text = textOf(el);
    const fig = makeFigure(key, labelFor(el), text, locale);
    if (!fig) continue;
    if (key === 'views_per_visit' && fig.unit === 'count') fig.unit = 'ratio'; // pages per visit
    figures.push(COUNT_METRICS.has(key) ? { ...fig, ...unfloor(fig, text) } : fig);
  }
  if (figures.length === 0) return null;
  return {
    source: 'plausible',
    scope: scopeOf(doc, url),
    period: periodOf(doc, url, now),
    figures,
  };
}

function periodOf(doc: Document, url: URL, now: Date) {
  const fromUrl = plausibleRangeFromUrl(url, now);
  if (fromUrl) return fromUrl;
  const shown = doc.querySelector(CURRENT_PERIOD);
  return shown ? parseDateRangeText(textOf(shown), now, docLocale(doc)) : null;
}

export const reader: Reader = {
  id: 'plausible',
  matches: ['https://plausible.io/*'],
  detect,
  read,
};

/*
 * Verified against: Plausible's source (plausible/analytics, assets/js/dashboard:
 * stats/graph/top-stats.tsx, visitor-graph.tsx, util/number-formatter.ts,
 * nav-menu/query-periods/dashboard-period-menu.tsx; 2025), English. The fixture is
 * RECONSTRUCTED from that source, not captured from a live dashboard: fairly sure of the ids
 * and the floor rule, less of the exact wrapper nesting between label and value.
 */
