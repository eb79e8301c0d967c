/**
 * YouTube Studio channel analytics (studio.youtube.com/channel/<id>/analytics/tab-…/period-…):
 * the key metric blocks above the chart — views, watch time (hours), subscribers, estimated
 * revenue, and on other tabs impressions, CTR, average view duration, viewers.
 *
 * Studio is built from Polymer elements with stable ids inside each block, so this reader uses
 * them directly instead of anchoring on labels. "Subscribers" shows a net change ("+245"): that
 * signed number is the figure itself, not a comparison; comparisons live in #performance-label
 * ("79 less than usual"), which is never read.
 */
import { youtubeRangeFromUrl, parseFigure } from '../parse';
import type { DateRange } from '../parse/types';
import { docLocale, isHidden, textOf } from './dom';
import { textNodes } from './labelled';
import type { PageFigure, PageRead, Reader } from './types';
import { viewKey, viewLabel, type FigureView } from './view';
import { statedRange } from './zone';

/** Channel id and the analytics area. Per-video analytics (`/video/<id>/…`) is not a channel KPI. */
const CHANNEL_ANALYTICS = /^\/channel\/([A-Za-z0-9_-]+)\/analytics(?:\/|$)/;
/** One key metric: label, total and the "than usual" performance line. */
const BLOCK = 'yta-key-metric-block';
/** The metric's name inside a block. */
const LABEL = '#metric-label';
/** The metric's total; older builds have only the first span of the container. */
const TOTAL = '#metric-total';
const TOTAL_FALLBACK = '#metric-and-performance-container span';
/** The metric tab around a block; its id is the Analytics API metric: `EXTERNAL_VIEWS-tab`. */
const TAB = '[id$="-tab"]';

// API metric names in the tab ids → keys: the same in every UI language.
const API_KEYS: Record<string, string> = {
  EXTERNAL_VIEWS: 'views',
  EXTERNAL_WATCH_TIME: 'watch_time_hours',
  SUBSCRIBERS_NET_CHANGE: 'subscribers',
  TOTAL_ESTIMATED_EARNINGS: 'estimated_revenue',
};
/** Tabs whose key metrics are the channel's own; other tabs (Content: Videos, Shorts, Live…). */
const CHANNEL_TABS = new Set([
  'overview',
  'reach_viewers',
  'interest_viewers',
  'build_audience',
  'earn_revenue',
]);

type Kind = 'count' | 'percent' | 'currency' | 'duration';

// Block labels (en, ko) → [metric key, unit]. Watch time stays in hours, as Studio shows it and
// as creators set goals ("4,000 watch hours"); the key says the unit.
const LABELS: Record<string, [string, Kind]> = {
  views: ['views', 'count'],
  'watch time (hours)': ['watch_time_hours', 'count'],
  subscribers: ['subscribers', 'count'],
  'estimated revenue': ['estimated_revenue', 'currency'],
  impressions: ['impressions', 'count'],
  'impressions click-through rate': ['impressions_ctr', 'percent'],
  'average view duration': ['average_view_duration', 'duration'],
  'unique viewers': ['unique_viewers', 'count'],
  'returning viewers': ['returning_viewers', 'count'],
  'new viewers': ['new_viewers', 'count'],
  조회수: ['views', 'count'],
  '시청 시간(단위: 시간)': ['watch_time_hours', 'count'],
  구독자: ['subscribers', 'count'],
  '예상 수익': ['estimated_revenue', 'currency'],
  노출수: ['impressions', 'count'],
  '노출 클릭률': ['impressions_ctr', 'percent'],
  '평균 시청 지속 시간': ['average_view_duration', 'duration'],
  // German (YouTube Studio help, support.google.com/youtube, hl=de).
  aufrufe: ['views', 'count'],
  'wiedergabezeit (stunden)': ['watch_time_hours', 'count'],
  abonnenten: ['subscribers', 'count'],
  'geschätzter umsatz': ['estimated_revenue', 'currency'],
  impressionen: ['impressions', 'count'],
  'klickrate der impressionen': ['impressions_ctr', 'percent'],
  'durchschnittliche wiedergabedauer': ['average_view_duration', 'duration'],
};

function readBlocks(doc: Document, locale: string | undefined): PageFigure[] {
  const figures: PageFigure[] = [];
  for (const block of doc.querySelectorAll(BLOCK)) {
    if (isHidden(block)) continue; // other tabs' cards stay in the DOM, hidden
    const label = textOf(block.querySelector(LABEL));
    const api = /^([A-Z_]+)-tab$/.exec(block.closest(TAB)?.id ?? '')?.[1];
    const byLabel = LABELS[label.toLowerCase()];
    // The tab's API name wins over the words; the words still give the unit.
    const key = (api && API_KEYS[api]) || byLabel?.[0];
    const unit = byLabel?.[1] ?? (key === 'estimated_revenue' ? 'currency' : 'count');
    if (!key || figures.some((f) => f.key === key)) continue;
    const text = textOf(block.querySelector(TOTAL) ?? block.querySelector(TOTAL_FALLBACK));
    const figure = text ? parseFigure(text, locale) : null;
    if (!figure || figure.unit !== unit) continue;
    // Studio abbreviates ("12.3K", "1.2만") and shows decimals without saying whether it floors
    // (as YouTube's public counts do) or rounds: the precision covers both (a whole step).
    const exact =
      figure.unit === 'count' && figure.precision === 0.5 && /^[+\-−]?[\d,.\s]+$/.test(text);
    figures.push({ key, label, ...figure, precision: figure.precision * (exact ? 1 : 2), text });
  }
  return figures;
}

const PRESET_DAYS: Record<string, number> = {
  default: 28,
  week: 7,
  '4_weeks': 28,
  quarter: 90,
  year: 365,
};

/**
 * The path names a preset (`period-default` = Last 28 days), but whether it ends today or on
 * the last day with data was not verified: the dates the page states win, and only when they
 * span the preset's days. Without them, null.
 */
function period(doc: Document, url: URL, now: Date, locale: string | undefined): DateRange | null {
  const preset = /\/period-([a-z0-9_]+)(?:\/|$)/.exec(url.pathname)?.[1];
  const days = preset ? PRESET_DAYS[preset] : undefined;
  if (!days || !youtubeRangeFromUrl(url, now)) return null;
  // A range the page states (the date picker), else the chart axis's first and last day.
  let first: string | null = null;
  let last: string | null = null;
  for (const node of textNodes(doc.body)) {
    const el = node.parentElement;
    if (!el || isHidden(el) || el.closest(BLOCK)) continue;
    const range = statedRange(textOf(node), now, locale);
    if (!range) continue;
    if (range.start !== range.end) {
      if (spanDays(range) === days) return range;
    } else if (el.closest('svg, [class*="axis"]')) {
      if (!first || range.start < first) first = range.start;
      if (!last || range.end > last) last = range.end;
    }
  }
  const axis = first && last ? { start: first, end: last } : null;
  return axis && spanDays(axis) === days ? axis : null;
}

const spanDays = (r: DateRange) => (Date.parse(r.end) - Date.parse(r.start)) / 86_400_000 + 1;

/**
 * A tab other than the channel's own (Content: Videos, Shorts, Live, Posts) shows one kind of
 * content's figures: a view. Advanced mode (`/explore`) may carry any filter: 'ambiguous'.
 */
export function youtubeViewOf(url: URL): FigureView | null | 'ambiguous' {
  if (/\/explore(?:\/|$)/.test(url.pathname)) return 'ambiguous';
  const tab = /\/tab-([a-z0-9_]+)/.exec(url.pathname)?.[1];
  if (!tab || CHANNEL_TABS.has(tab)) return null;
  return { id: `tab=${tab}`, label: tab.replace(/_/g, ' ') };
}

export const reader: Reader = {
  id: 'youtube',
  matches: ['https://studio.youtube.com/*'],
  script: 'youtube',
  detect(_doc, url) {
    return url.hostname === 'studio.youtube.com' && CHANNEL_ANALYTICS.test(url.pathname);
  },
  read(doc, url, now) {
    try {
      const scope = CHANNEL_ANALYTICS.exec(url.pathname)?.[1];
      if (!scope || !doc.body) return null;
      const view = youtubeViewOf(url);
      if (view === 'ambiguous') return null;
      const locale = docLocale(doc);
      const figures = readBlocks(doc, locale).map((f) => ({
        ...f,
        key: viewKey(f.key, view),
        label: viewLabel(f.label, view),
      }));
      if (!figures.length) return null;
      const out: PageRead = {
        source: 'youtube',
        scope,
        period: period(doc, url, now, locale),
        figures,
      };
      if (view) out.view = view;
      return out;
    } catch {
      return null;
    }
  },
};

/*
 * Verified against: public scrapers of the live page, not a capture of our own. Several
 * independent extensions and Selenium/Playwright scripts on GitHub (2025–2026) read
 * `yta-key-metric-block` → `#metric-label` / `#metric-and-performance-container #metric-total`,
 * with `#performance-label` ("79 less than usual") beside it, inside `tp-yt-paper-item` tabs
 * whose ids are API metric names (`EXTERNAL_VIEWS-tab`, `EXTERNAL_WATCH_TIME-tab`,
 * `SUBSCRIBERS_NET_CHANGE-tab`, `TOTAL_ESTIMATED_EARNINGS-tab`): those four are keyed by the id,
 * in any language; the other metrics by an en/ko/de label table (Korean and German wording
 * medium confidence). URLs `…/analytics/tab-overview/period-default`. Fixtures
 * (test/fixtures/youtube/, en, de, ko, March 2026) are RECONSTRUCTED from those. Not verified:
 * floor or round for abbreviated figures (precision covers both), where "Last 28 days" ends
 * (only a stated range of the preset's length is used), the Content tab's sub-tabs (any
 * non-channel tab is a view), per-video analytics (not read).
 */
