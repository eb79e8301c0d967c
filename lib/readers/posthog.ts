/**
 * PostHog Cloud web analytics (us./eu.posthog.com/project/<id>/web): the overview tiles —
 * visitors, page views, sessions, session duration, bounce rate (and revenue / conversion
 * tiles when configured).
 *
 * Markup follows PostHog's open-source `WebOverview.tsx`: each tile has a bold uppercase label
 * (`{label}&nbsp;&nbsp;`), the figure in a `text-2xl` div, and a trend line (icon + "12%") below
 * it. The label is styled uppercase with CSS, so its text is "Page views", not "PAGE VIEWS".
 */
import { parseDateRangeText, parseFigure } from '../parse';
import type { DateRange } from '../parse/types';
import { docLocale, isHidden, textOf } from './dom';
import type { PageFigure, Reader } from './types';

const HOSTS = ['us.posthog.com', 'eu.posthog.com'];
/** Project id and the web analytics scene (`/web`, `/web/<tab>`). */
const WEB_PATH = /^\/project\/(\d+)\/web(?:\/|$)/;
/** A tile's label: `<div class="font-bold uppercase text-xs py-1">Visitors&nbsp;&nbsp;</div>`. */
const TILE_LABEL = 'div.font-bold.uppercase';
/** A tile's figure: `<div class="text-2xl">12.3K</div>`; the trend sits in a sibling below. */
const TILE_VALUE = '.text-2xl';
/** The date filter button (`<LemonButton data-attr="date-filter">`), e.g. "Last 7 days". */
const DATE_FILTER = '[data-attr="date-filter"]';

type Kind = 'count' | 'percent' | 'currency' | 'duration';

// Labels from WebOverview's labelFromKey → [metric key, unit].
const LABELS: Record<string, [string, Kind]> = {
  visitors: ['visitors', 'count'],
  'page views': ['page_views', 'count'],
  sessions: ['sessions', 'count'],
  'session duration': ['session_duration', 'duration'],
  'bounce rate': ['bounce_rate', 'percent'],
  revenue: ['revenue', 'currency'],
  'conversion rate': ['conversion_rate', 'percent'],
  'total conversions': ['total_conversions', 'count'],
  'unique conversions': ['unique_conversions', 'count'],
  'conversion revenue': ['conversion_revenue', 'currency'],
};

function readTiles(doc: Document, locale: string | undefined): PageFigure[] {
  const figures: PageFigure[] = [];
  for (const labelEl of doc.querySelectorAll(TILE_LABEL)) {
    const label = textOf(labelEl);
    const metric = LABELS[label.toLowerCase()];
    if (!metric || figures.some((f) => f.key === metric[0]) || isHidden(labelEl)) continue;
    // The tile is the nearest ancestor holding a figure div (two levels up in WebOverview).
    let tile = labelEl.parentElement;
    for (let i = 0; i < 3 && tile && !tile.querySelector(TILE_VALUE); i++)
      tile = tile.parentElement;
    const text = textOf(tile?.querySelector(TILE_VALUE));
    const figure = text ? parseFigure(text, locale) : null; // "-" (no data) is not a figure
    if (figure && figure.unit === metric[1])
      figures.push({ key: metric[0], label, ...figure, text });
  }
  return figures;
}

/**
 * PostHog's "Last N days" is `date_from=-Nd`: from the start of the day N days ago through
 * today, so N + 1 calendar days (a 7-day chart has 8 points).
 */
function period(doc: Document, url: URL, now: Date, locale: string | undefined): DateRange | null {
  const shown = textOf(doc.querySelector(DATE_FILTER));
  const lastDays = /^last (\d+) days$/i.exec(shown);
  if (lastDays) return parseDateRangeText(`Last ${Number(lastDays[1]) + 1} days`, now, 'en');
  const range = shown ? parseDateRangeText(shown, now, locale) : null;
  if (range) return range;
  const from = /^-(\d+)d$/.exec(url.searchParams.get('date_from') ?? '');
  if (from && !url.searchParams.get('date_to')) {
    return parseDateRangeText(`Last ${Number(from[1]) + 1} days`, now, 'en');
  }
  return null;
}

export const reader: Reader = {
  id: 'posthog',
  matches: ['https://us.posthog.com/*', 'https://eu.posthog.com/*'],
  detect(_doc, url) {
    return HOSTS.includes(url.hostname) && WEB_PATH.test(url.pathname);
  },
  read(doc, url, now) {
    try {
      const scope = WEB_PATH.exec(url.pathname)?.[1];
      if (!scope || !doc.body) return null;
      const locale = docLocale(doc);
      const figures = readTiles(doc, locale);
      if (!figures.length) return null;
      return { source: 'posthog', scope, period: period(doc, url, now, locale), figures };
    } catch {
      return null;
    }
  },
};

/*
 * Verified against: PostHog's source, not a live page. Tile markup and label texts come from
 * PostHog/posthog `frontend/src/queries/nodes/WebOverview/WebOverview.tsx` (read at commit
 * f9c86077), number/duration formats from its `humanFriendlyLargeNumber` (3 significant digits,
 * K/M/B) and `humanFriendlyDuration`, the date button from `DateFilter` (`data-attr="date-filter"`,
 * "Last 7 days"). Fixtures (test/fixtures/posthog/, US and EU cloud, en, March 2026) are
 * RECONSTRUCTED from that source. Confidence: high for the tile markup at that commit (Tailwind
 * classes can change in any release), medium for the N + 1 day reading of "Last N days".
 */
