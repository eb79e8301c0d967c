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
import { docLocale, isHidden, textOf } from './dom';
import type { PageFigure, Reader } from './types';

/** Channel id and the analytics area. Per-video analytics (`/video/<id>/…`) is not a channel KPI. */
const CHANNEL_ANALYTICS = /^\/channel\/([A-Za-z0-9_-]+)\/analytics(?:\/|$)/;
/** One key metric: label, total and the "than usual" performance line. */
const BLOCK = 'yta-key-metric-block';
/** The metric's name inside a block. */
const LABEL = '#metric-label';
/** The metric's total; older builds have only the first span of the container. */
const TOTAL = '#metric-total';
const TOTAL_FALLBACK = '#metric-and-performance-container span';

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
};

function readBlocks(doc: Document, locale: string | undefined): PageFigure[] {
  const figures: PageFigure[] = [];
  for (const block of doc.querySelectorAll(BLOCK)) {
    if (isHidden(block)) continue; // other tabs' cards stay in the DOM, hidden
    const label = textOf(block.querySelector(LABEL));
    const metric = LABELS[label.toLowerCase()];
    if (!metric || figures.some((f) => f.key === metric[0])) continue;
    const text = textOf(block.querySelector(TOTAL) ?? block.querySelector(TOTAL_FALLBACK));
    const figure = text ? parseFigure(text, locale) : null;
    if (figure && figure.unit === metric[1])
      figures.push({ key: metric[0], label, ...figure, text });
  }
  return figures;
}

export const reader: Reader = {
  id: 'youtube',
  matches: ['https://studio.youtube.com/*'],
  detect(_doc, url) {
    return url.hostname === 'studio.youtube.com' && CHANNEL_ANALYTICS.test(url.pathname);
  },
  read(doc, url, now) {
    try {
      const scope = CHANNEL_ANALYTICS.exec(url.pathname)?.[1];
      if (!scope || !doc.body) return null;
      const locale = docLocale(doc);
      const figures = readBlocks(doc, locale);
      if (!figures.length) return null;
      // The period is in the path (`period-default` = last 28 days); custom ranges give null.
      return { source: 'youtube', scope, period: youtubeRangeFromUrl(url, now), figures };
    } catch {
      return null;
    }
  },
};

/*
 * Verified against: public scrapers of the live page, not a capture of our own. Several
 * independent extensions and Selenium/Playwright scripts on GitHub (2025–2026) read
 * `yta-key-metric-block` → `#metric-label` / `#metric-and-performance-container #metric-total`,
 * with `#performance-label` ("79 less than usual") beside it and `tp-yt-paper-item
 * id="EXTERNAL_VIEWS-tab"` around it; URLs `…/analytics/tab-overview/period-default`. Fixture
 * (test/fixtures/youtube/, en, March 2026) is RECONSTRUCTED from those. Confidence: high for the
 * block ids and labels, medium for the Korean labels, low for whether "Last 28 days" ends today
 * (the parser's default) or on the last day with data.
 */
