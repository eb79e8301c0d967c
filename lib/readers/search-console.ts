/**
 * Google Search Console, Performance report (search.google.com/search-console/performance/…):
 * the four toggle cards above the chart — total clicks, total impressions, average CTR and
 * average position.
 *
 * Search Console's class names are generated (they change per release), so the cards are read
 * label-anchored: the label text, then the first figure after it inside the card. Its single-page
 * app keeps earlier pages in the DOM with `display:none`, so hidden copies are skipped.
 */
import { parseDateRangeText } from '../parse';
import type { DateRange } from '../parse/types';
import { docLocale, textOf } from './dom';
import {
  NOT_A_LABEL,
  NOT_SHOWN,
  isUnseen,
  labelMap,
  readLabelled,
  textNodes,
  type CardLayout,
} from './labelled';
import type { Reader } from './types';

/** The Performance report routes (search results, Discover, News; the old query-string form too). */
const PERFORMANCE_PATH = /^\/search-console\/performance(\/|$)/;
/** The date filter chip: "Date: Last 3 months", "날짜: 최근 28일". */
const DATE_CHIP = /^(date|날짜)\s*:/i;

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
  }),
  notALabel: NOT_A_LABEL,
  notShown: NOT_SHOWN,
  // Wrappers of change indicators between a label and its value (comparison mode, deltas).
  comparisonClass: /(chang|delta|trend|compar|chip|badge|previous|diff|legend|tooltip|axis)/i,
  comparisonText: /\b(vs\.?|previous|compared)\b|이전|대비/i,
};

// Search Console's "Last 28 days" ends yesterday (today has no data yet).
const PRESETS = { includeToday: false };

const isoDay = (yyyymmdd: string | null) =>
  yyyymmdd && /^\d{8}$/.test(yyyymmdd)
    ? `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6)}`
    : null;

function period(doc: Document, url: URL, now: Date, locale: string | undefined): DateRange | null {
  // Explicit dates in the URL are exact; the chip's "Last 28 days" depends on today.
  const start = isoDay(url.searchParams.get('start_date'));
  const end = isoDay(url.searchParams.get('end_date'));
  if (start && end) return { start, end };
  for (const node of textNodes(doc.body)) {
    if (!DATE_CHIP.test(textOf(node)) || isUnseen(node.parentElement, CARDS.notShown)) continue;
    const text = textOf(node.parentElement).replace(DATE_CHIP, '').trim();
    const range = parseDateRangeText(text, now, locale, PRESETS);
    if (range) return range;
  }
  const days = url.searchParams.get('num_of_days');
  return days && /^\d+$/.test(days)
    ? parseDateRangeText(`Last ${days} days`, now, 'en', PRESETS)
    : null;
}

export const reader: Reader = {
  id: 'search-console',
  matches: ['https://search.google.com/search-console/*'],
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
      const locale = docLocale(doc);
      const figures = readLabelled(textNodes(doc.body), CARDS, locale);
      if (!figures.length) return null;
      return { source: 'search-console', scope, period: period(doc, url, now, locale), figures };
    } catch {
      return null;
    }
  },
};

/*
 * Verified against: nothing captured. Fixtures (test/fixtures/search-console/, en and ko,
 * March 2026) are RECONSTRUCTED. Public evidence: the route and `resource_id=sc-domain%3A…`,
 * `num_of_days=28` (links and automation scripts in public repos); the card labels "Total
 * clicks" … and Korean "총 클릭수 / 총 노출수 / 평균 CTR / 평균 게재순위" (public docs and
 * notes); Korean figures abbreviated with 천 (a public Korean scraper's row pattern). Card markup
 * itself was not found, hence label-anchored reading. Confidence: labels and URL high, markup low.
 */
