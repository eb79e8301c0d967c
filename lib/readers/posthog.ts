/**
 * PostHog Cloud web analytics (us./eu.posthog.com/project/<id>/web): the overview tiles —
 * visitors, page views, sessions, session duration, bounce rate (and revenue / conversion
 * tiles when configured).
 *
 * Markup follows PostHog's `OverviewGrid.tsx` (`OverviewItemCell`): each tile has an uppercase
 * bold label (`labelFromKey` in WebOverview.tsx), the figure in a `text-2xl` div (`formatItem`),
 * and a trend line (icon + "12%") below it. The label is styled uppercase with CSS, so its text
 * is "Page views", not "PAGE VIEWS".
 *
 * Honesty rules from PostHog's own code:
 * - `humanFriendlyDuration(v, { secondsPrecision: 3 })` rounds below a minute ("45.3s") but
 *   FLOORS from a minute on: "2m 47s" is [167, 168) s, "1d 2h" is [26 h, 27 h).
 * - date filters are relative to the start of the day in the project's time zone: "Last 7 days"
 *   is `-7d`, from the start of the day 7 days ago through now (8 calendar days); "Last 2
 *   weeks" is `-2w` (15 days); "Last 3 months" is `-3m` (the same day 3 months ago through today).
 * - the date filter and the filters persist in the page's storage, so a URL without them does
 *   not say what is shown: the date button's text wins, the URL only when there is no button.
 * - `filters=`, `domain`, `device_type`, `filter_test_accounts` and `conversionGoal.*` change
 *   what the tiles count: they become the view (lib/readers/view.ts).
 */
import { parseDateRangeText, parseFigure } from '../parse';
import {
  addDays,
  localDay,
  monthEnd,
  monthStart,
  range,
  subtractMonths,
  yearStart,
} from '../parse/calendar';
import type { DateRange } from '../parse/types';
import { docLocale, isHidden, textOf } from './dom';
import type { PageFigure, PageRead, Reader } from './types';
import { viewIdOf, viewKey, viewLabel, type FigureView } from './view';

const HOSTS = ['us.posthog.com', 'eu.posthog.com'];
/** Project id and the web analytics scene (`/web`, `/web/<tab>`). */
const WEB_PATH = /^\/project\/(\d+)\/web(?:\/|$)/;
/** A tile's label: `<div class="uppercase py-0.5 text-xs font-bold">Visitors</div>`. */
const TILE_LABEL = 'div.font-bold.uppercase';
/** A tile's figure: `<div class="text-2xl">12.3K</div>`; the trend sits in a sibling below. */
const TILE_VALUE = '.text-2xl';
/** The date filter button (`<LemonButton data-attr="date-filter">`), e.g. "Last 7 days". */
const DATE_FILTER = '[data-attr="date-filter"]';
/** The inline app context (`window.POSTHOG_APP_CONTEXT = JSON.parse("…")`): the team's time zone. */
const APP_CONTEXT = 'script';

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

/** A floored duration ("2m 47s", "1d 2h") covers the whole last unit: its centre and half-width. */
function durationOf(f: PageFigure): PageFigure {
  if (f.value < 60) return f; // rounded to 3 significant digits, as parsed
  const step = /d/.test(f.text) ? 3600 : 1; // with days only hours are shown
  return { ...f, value: f.value - (f.value % step) + step / 2, precision: step / 2 };
}

function readTiles(doc: Document, locale: string | undefined): PageFigure[] {
  const figures: PageFigure[] = [];
  for (const labelEl of Array.from(doc.querySelectorAll(TILE_LABEL))) {
    const label = textOf(labelEl);
    const metric = LABELS[label.toLowerCase()];
    if (!metric || figures.some((f) => f.key === metric[0]) || isHidden(labelEl)) continue;
    // The tile is the nearest ancestor holding a figure div (two levels up in OverviewGrid).
    let tile = labelEl.parentElement;
    for (let i = 0; i < 3 && tile && !tile.querySelector(TILE_VALUE); i++)
      tile = tile.parentElement;
    const text = textOf(tile?.querySelector(TILE_VALUE));
    // "-" (no data) is not a figure; a lone "2m" (seconds 0 left out) is minutes, not millions.
    const figure = text
      ? parseFigure(metric[1] === 'duration' && /^\d+m$/.test(text) ? `${text} 0s` : text, locale)
      : null;
    if (!figure || figure.unit !== metric[1]) continue;
    const f: PageFigure = { key: metric[0], label, ...figure, text };
    figures.push(f.unit === 'duration' ? durationOf(f) : f);
  }
  return figures;
}

/** The team's IANA time zone from the inline app context, or null. */
function teamTimeZone(doc: Document): string | null {
  for (const s of Array.from(doc.querySelectorAll(APP_CONTEXT))) {
    const text = s.textContent ?? '';
    const at = text.indexOf('current_team');
    if (!text.includes('POSTHOG_APP_CONTEXT') || at < 0) continue;
    // Inside a JS string literal the quotes are escaped (\" or \u0022).
    const json = text.slice(at).replace(/\\u0022|\\"/g, '"');
    const tz = /"timezone"\s*:\s*"([A-Za-z0-9_+\-/]+)"/.exec(json)?.[1];
    if (tz) return tz;
  }
  return null;
}

const UNIT_OF: Record<string, string> = {
  day: 'd',
  week: 'w',
  month: 'm',
  quarter: 'q',
  year: 'y',
};

/** The button's words → PostHog's own `date_from` token (dateFilterToText in reverse). */
function tokenOf(text: string): string | null {
  const t = text.toLowerCase();
  const last = /^last (\d+) (day|week|month|quarter|year)s?$/.exec(t);
  if (last) return `-${last[1]}${UNIT_OF[last[2]!]}`;
  const named: Record<string, string> = {
    today: 'dStart',
    yesterday: '-1dStart',
    'this month': 'mStart',
    'year to date': 'yStart',
    'last month': '-1mStart',
  };
  return named[t] ?? null;
}

/** A `date_from` (with no `date_to`, or its own End) → the days it covers in the team's zone. */
function rangeOf(from: string, today: number): DateRange | null {
  const rel = /^-(\d+)([dwmqy])$/.exec(from);
  if (rel) {
    const n = Number(rel[1]);
    const unit = rel[2]!;
    if (unit === 'd' || unit === 'w')
      return range(addDays(today, -n * (unit === 'w' ? 7 : 1)), today);
    const months = n * (unit === 'y' ? 12 : unit === 'q' ? 3 : 1);
    return range(subtractMonths(today, months), today);
  }
  switch (from) {
    case 'dStart':
      return range(today, today);
    case '-1dStart':
      return range(addDays(today, -1), addDays(today, -1));
    case 'mStart':
      return range(monthStart(today), monthEnd(today));
    case 'yStart':
      return range(yearStart(today), today);
    case '-1mStart':
      return range(monthStart(today, -1), monthEnd(today, -1));
  }
  return null; // hours, weeks by the team's week start, "all": not a span of whole days
}

function period(doc: Document, url: URL, now: Date, locale?: string): DateRange | null {
  const shown = textOf(doc.querySelector(DATE_FILTER));
  const p = url.searchParams;
  const from = shown ? tokenOf(shown) : p.get('date_to') ? null : p.get('date_from');
  if (from) {
    const tz = teamTimeZone(doc);
    const today = tz ? localDay(now.getTime(), tz) : null;
    return today === null ? null : rangeOf(from, today);
  }
  // A custom range shows its dates ("2026-09-01 - 2026-09-30", "September 1 - 30, 2026"):
  // no time zone needed.
  if (shown) return parseDateRangeText(shown, now, locale);
  const [a, b] = [p.get('date_from') ?? '', p.get('date_to') ?? ''];
  return /^\d{4}-\d{2}-\d{2}$/.test(a) && /^\d{4}-\d{2}-\d{2}$/.test(b)
    ? parseDateRangeText(`${a} – ${b}`, now)
    : null;
}

interface PropertyFilter {
  key?: unknown;
  value?: unknown;
  operator?: unknown;
  type?: unknown;
}

/** Everything in the URL that narrows what the tiles count (also for readings stored with it). */
export function viewOf(url: URL): FigureView | null {
  const p = url.searchParams;
  const parts: [string, string][] = [];
  const labels: string[] = [];
  const add = (id: string, value: string, label: string) => {
    parts.push([id, value]);
    labels.push(label);
  };
  let filters: unknown;
  try {
    filters = JSON.parse(p.get('filters') ?? '[]');
  } catch {
    filters = null; // unreadable filters still narrow the figures: kept whole below
  }
  if (!Array.isArray(filters))
    add('filters', p.get('filters') ?? '', `filters ${p.get('filters')}`);
  for (const f of Array.isArray(filters) ? (filters as PropertyFilter[]) : []) {
    const values = (Array.isArray(f.value) ? f.value : [f.value]).filter((v) => v != null);
    const op = String(f.operator ?? 'exact');
    add(
      `${f.type ?? 'event'}.${f.key}`,
      `${op}:${values.join('|')}`,
      `${f.key} ${op} ${values.join(', ')}`.trim(),
    );
  }
  const domain = p.get('domain');
  if (domain && domain !== 'all') add('domain', domain, `domain ${domain}`);
  const device = p.get('device_type');
  if (device) add('device_type', device, `device ${device}`);
  if (/^(?:true|1)$/.test(p.get('filter_test_accounts') ?? '')) {
    add('test_accounts', 'excluded', 'test accounts excluded');
  }
  const action = p.get('conversionGoal.actionId');
  const event = p.get('conversionGoal.customEventName');
  if (action) add('conversion_goal', `action:${action}`, `conversion goal: action ${action}`);
  else if (event) add('conversion_goal', `event:${event}`, `conversion goal: ${event}`);
  return parts.length ? { id: viewIdOf(parts), label: labels.join(' · ') } : null;
}

export const reader: Reader = {
  id: 'posthog',
  matches: ['https://us.posthog.com/*', 'https://eu.posthog.com/*'],
  script: 'posthog',
  detect(_doc, url) {
    return HOSTS.includes(url.hostname) && WEB_PATH.test(url.pathname);
  },
  read(doc, url, now) {
    const scope = WEB_PATH.exec(url.pathname)?.[1];
    if (!scope || !doc.body) return null;
    const locale = docLocale(doc);
    const view = viewOf(url);
    const figures = readTiles(doc, locale).map((f) => ({
      ...f,
      key: viewKey(f.key, view),
      label: viewLabel(f.label, view),
    }));
    if (!figures.length) return null;
    const out: PageRead = {
      source: 'posthog',
      scope,
      period: period(doc, url, now, locale),
      figures,
    };
    if (view) out.view = view;
    return out;
  },
};

/*
 * Verified against: PostHog's source, not a live page (the PostHog/posthog repository is too
 * large to fetch here: 9.4 GB; read file by file with the code search, Nov 2026):
 * frontend/src/queries/nodes/OverviewGrid/OverviewGrid.tsx (tile markup, `formatItem`),
 * WebOverview/WebOverview.tsx (`labelFromKey`), lib/utils `humanFriendlyDuration` (rounds under
 * a minute, floors h/m/s above), lib/utils/datetime `dateMapping`, `dateFilterToText` and
 * `dateStringToDayJs` (relative dates from the start of today in the team's time zone),
 * scenes/web-analytics/webAnalyticsLogic.tsx (persisted filters; URL params `filters`,
 * `domain`, `device_type`, `filter_test_accounts`, `conversionGoal.actionId|customEventName`,
 * `date_from`, `date_to`). The app context's escaped JSON (`current_team.timezone`) is as a
 * public probe of PostHog's login page describes it. Fixtures (test/fixtures/posthog/) are
 * RECONSTRUCTED from that source, en. Not handled: filters kept in the page's storage with a
 * bare URL (shown as chips only) are not seen; "This week"/"Last week" (team week start) and
 * hour-based presets give no period.
 */
