/**
 * Google Search Console, Performance report (search.google.com/search-console/performance/…):
 * the four toggle cards above the chart — total clicks, total impressions, average CTR and
 * average position.
 *
 * Search Console's class names are generated (they change per release), so the cards are read
 * label-anchored: the label text, then the first figure after it inside the card. Its single-page
 * app keeps earlier pages in the DOM with `display:none`, so hidden copies are skipped.
 */
import type { DateRange } from '../parse/types';
import { docLocale, textOf } from './dom';
import { headerTableBreakdowns } from './header-tables';
import {
  NOT_A_LABEL,
  NOT_SHOWN,
  isUnseen,
  labelMap,
  readLabelled,
  textNodes,
  type CardLayout,
} from './labelled';
import { SC_COLUMNS, SC_DIMENSIONS } from './search-console-breakdowns';
import type { PageFigure, PageRead, Reader } from './types';
import { viewIdOf, viewKey, viewLabel, type FigureView } from './view';
import { statedRange } from './zone';

/** The Performance report routes (search results, Discover, News; the old query-string form too). */
const PERFORMANCE_PATH = /^\/search-console\/performance(\/|$)/;
/** The date filter chip: "Date: Last 3 months", "Datum: Letzte 28 Tage", "날짜: 최근 28일". */
const DATE_CHIP = /^(date|datum|날짜)\s*:/i;

type Kind = 'count' | 'percent';

// Card label → [metric key, unit]. Average position is a plain decimal ("12.4"): a count whose
// precision says how it was rounded.
const CARDS: CardLayout = {
  labels: labelMap<Kind>({
    'total clicks': ['total_clicks', 'count'],
    'total impressions': ['total_impressions', 'count'],
    'average ctr': ['average_ctr', 'percent'],
    'average position': ['average_position', 'count'],
    '총 클릭수': ['total_clicks', 'count'],
    '총 노출수': ['total_impressions', 'count'],
    '평균 ctr': ['average_ctr', 'percent'],
    '평균 게재순위': ['average_position', 'count'],
    // German UI (Leistungsbericht; support.google.com/webmasters/answer/7576553?hl=de names the
    // same four: Klicks, Impressionen, CTR, durchschnittliche Position).
    'klicks insgesamt': ['total_clicks', 'count'],
    'impressionen insgesamt': ['total_impressions', 'count'],
    'durchschnittliche ctr': ['average_ctr', 'percent'],
    'durchschnittliche position': ['average_position', 'count'],
  }),
  notALabel: NOT_A_LABEL,
  notShown: NOT_SHOWN,
  // Wrappers of change indicators between a label and its value (comparison mode, deltas).
  comparisonClass: /(chang|delta|trend|compar|chip|badge|previous|diff|legend|tooltip|axis)/i,
  comparisonText: /\b(vs\.?|previous|compared)\b|이전|대비/i,
};

const isoDay = (yyyymmdd: string | null) =>
  yyyymmdd && /^\d{8}$/.test(yyyymmdd)
    ? `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6)}`
    : null;

/**
 * Explicit dates in the URL, else dates the date chip states. Search Console's data lags about
 * two days and its presets ("Last 28 days", `num_of_days=28`) end on the last day with data,
 * which the page does not say: a preset alone gives null, not a range a day or two off.
 */
function period(doc: Document, url: URL, now: Date, locale: string | undefined): DateRange | null {
  const start = isoDay(url.searchParams.get('start_date'));
  const end = isoDay(url.searchParams.get('end_date'));
  if (start && end) return start <= end ? { start, end } : null;
  for (const node of textNodes(doc.body)) {
    if (!DATE_CHIP.test(textOf(node)) || isUnseen(node.parentElement, CARDS.notShown)) continue;
    const range = statedRange(textOf(node.parentElement).replace(DATE_CHIP, ''), now, locale);
    if (range) return range;
  }
  return null;
}

/** Filters in the report URL: `query=*shoes` (contains), `page=!https://…` (exact), … */
const FILTERS: Record<string, string> = {
  query: 'query',
  page: 'page',
  country: 'country',
  device: 'device',
  search_type: 'search type',
  search_appearance: 'search appearance',
};
const OPS: Record<string, [id: string, words: string]> = {
  '*': ['contains', 'contains'],
  '!': ['is', 'is'],
  '-': ['not_contains', 'does not contain'],
  '~': ['is_not', 'is not'],
};
/** Parameters that do not narrow the cards: the property, table tab, chart toggles, dates. */
const NOT_FILTERS =
  /^(resource_id|breakdown|metrics|num_of_days|num_of_months|start_date|end_date|hl|authuser|pli|utm_\w+)$/;

/**
 * What the cards cover: each filter in the URL (an unknown parameter is kept too: it may be a
 * filter, and a reading under its own key is safer than one mixed into the property's), and
 * the Discover and News reports, whose clicks are not web search's. 'ambiguous' when the page
 * compares two periods or two filters (`compare_*`): each card then shows two values.
 */
export function searchConsoleViewOf(url: URL): FigureView | null | 'ambiguous' {
  const ids: [string, string][] = [];
  const words: string[] = [];
  const report = /^\/search-console\/performance\/(discover|google-news)/.exec(url.pathname)?.[1];
  if (report) {
    ids.push(['report', report]);
    words.push(report === 'discover' ? 'Discover' : 'Google News');
  }
  for (const [name, raw] of url.searchParams) {
    if (name.startsWith('compare')) return 'ambiguous';
    if (NOT_FILTERS.test(name) || !raw) continue;
    if (name === 'search_type' && raw.toUpperCase() === 'WEB') continue; // the default
    const op = Object.hasOwn(OPS, raw[0]!) ? OPS[raw[0]!]! : null;
    const value = op ? raw.slice(1) : raw;
    ids.push([name, op ? `${op[0]}:${value}` : value]);
    words.push(`${FILTERS[name] ?? name} ${op ? `${op[1]} ` : ''}${value}`);
  }
  return ids.length ? { id: viewIdOf(ids), label: words.join(' · ') } : null;
}

/**
 * The cards keep three significant digits ("1.23K", "4.56만", "1230만"): a trailing zero of an
 * abbreviated number may be rounding, so the precision is at least half the third digit's step.
 */
function threeDigits(f: PageFigure): PageFigure {
  if (f.unit !== 'count' || f.precision <= 0.5 || f.value <= 0) return f;
  const step = 10 ** (Math.floor(Math.log10(f.value)) - 2);
  return step / 2 > f.precision ? { ...f, precision: step / 2 } : f;
}

export const reader: Reader = {
  id: 'search-console',
  // Only its own path, not the rest of search.google.com (issue 10, defect 9).
  matches: ['https://search.google.com/search-console/*'],
  script: 'google',
  detect(_doc, url) {
    return (
      url.hostname === 'search.google.com' &&
      PERFORMANCE_PATH.test(url.pathname) &&
      url.searchParams.has('resource_id')
    );
  },
  read(doc, url, now) {
    try {
      const scope = url.searchParams.get('resource_id'); // already decoded: "sc-domain:example.com"
      if (!scope || !doc.body) return null;
      const view = searchConsoleViewOf(url);
      if (view === 'ambiguous') return null; // a comparison: which value is which is not known
      const locale = docLocale(doc);
      const headline = readLabelled(textNodes(doc.body), CARDS, locale).map(threeDigits);
      const figures = headline.map((f) => ({
        ...f,
        key: viewKey(f.key, view),
        label: viewLabel(f.label, view),
      }));
      if (!figures.length) return null;
      const out: PageRead = {
        source: 'search-console',
        scope,
        period: period(doc, url, now, locale),
        figures,
      };
      if (view) out.view = view;
      const tables = { dimensions: SC_DIMENSIONS, metrics: SC_COLUMNS, notShown: CARDS.notShown };
      const breakdowns = headerTableBreakdowns(doc.body, tables, headline, locale);
      if (breakdowns.length) out.breakdowns = breakdowns;
      return out;
    } catch {
      return null;
    }
  },
};

/*
 * Verified against: nothing captured. Fixtures (test/fixtures/search-console/, en, de and ko,
 * March 2026) are RECONSTRUCTED. Public evidence: the route and `resource_id=sc-domain%3A…`,
 * `num_of_days=28`, `start_date`/`end_date` (YYYYMMDD), `breakdown=page`, `metrics=…`,
 * `compare_date=PREV`, `page=!<url>` and `page=*<url>` (links and automation scripts in public
 * repositories); the card labels "Total clicks" …, Korean "총 클릭수 / 총 노출수 / 평균 CTR /
 * 평균 게재순위" and German "Klicks insgesamt / Impressionen insgesamt / Durchschnittliche CTR /
 * Durchschnittliche Position" (Google's help pages and public notes; the German card wording
 * itself was not seen on a page). Not verified: the `-`/`~` filter prefixes and `search_type`'s
 * name (hence unknown parameters are kept in the view). Figures abbreviate with the locale's
 * compact notation (1.2K, 1.2천), which rounds: ± half a step. Card markup was not
 * found, hence label-anchored reading. Confidence: labels and URL high, markup low.
 */
