/**
 * Matomo (self-hosted and Matomo Cloud): the Visits Overview sparklines.
 *
 * Three markups, all inside `.sparkline` blocks:
 * - Vue cards (Matomo 5, 2026: CoreVisualizations/vue/src/Sparklines/SparklineCard +
 *   NoComparison + MetricValue): `.metricValue__title` above `.metricValue__number`, an
 *   `.evolutionBadge` ("+12%") beside the number that is never the value, and an optional
 *   `.metricValue__secondaryValue` + `__secondaryLabel` line ("9,527 unique visitors");
 * - Twig sparklines (CoreVisualizations/templates/macros.twig `singleSparkline`): sentences
 *   `<span class="sparkline-metrics"><strong>1,234</strong> visits, </span>`;
 * - the older VisitsSummary/_sparklines.twig: bare `<strong>1,234</strong> visits, <strong>987
 *   </strong> unique visitors` in the `.sparkline` div.
 * Keys come from the sparkline's `columns` (its image URL or `data-graph-params`: `nb_visits`,
 * the same in every UI language); a sparkline with no columns is keyed by its words. Numbers are formatted by
 * the backend in the user's language, so the page's `lang` reads them.
 */
import { matomoRangeFromUrl, parseDateRangeText } from '../parse';
import { docLocale, isHidden, makeFigure, slugify, textOf } from './dom';
import { matomoBreakdowns } from './matomo-breakdowns';
import type { PageFigure, PageRead, Reader } from './types';
import { viewIdOf, viewKey, viewLabel, type FigureView } from './view';

// One sparkline block, in every markup.
const SPARKLINE = '.sparkline';
// Twig sentence: one metric, its value in <strong>.
const CLASSIC_METRIC = '.sparkline-metrics';
// Vue card body (MetricValue.vue); in a date comparison the first one is the current period.
const CARD = '.metricValue';
const CARD_TITLE = '.metricValue__title';
const CARD_NUMBER = '.metricValue__number';
const CARD_SECONDARY = '.metricValue__secondaryValue';
const CARD_SECONDARY_LABEL = '.metricValue__secondaryLabel';
// Change badges, never values (Twig `.metricEvolution`, Vue `.evolutionBadge`).
const EVOLUTION = '.metricEvolution, .evolutionBadge';
// The sparkline image, whose URL names the columns it draws.
const SPARK_IMG = 'img';
// The period selector's title (PeriodSelector.vue `currentlyViewingText`): "2026-09-01",
// "From 2026-08-31 to 2026-09-06", "September 2026", "2026".
const PERIOD_TEXT = '#periodString #date';
// The segment selector's name of the applied segment (SegmentEditor).
const SEGMENT_NAME = '.segmentationTitle';

// API columns (VisitsSummary/Reports/Get.php) → keys; the keys existing goals already use.
const COLUMNS: Record<string, string> = Object.fromEntries(
  'visits uniq_visitors:visitors users avg_time_on_site:visit_duration bounce_rate actions_per_visit actions pageviews uniq_pageviews:unique_pageviews downloads uniq_downloads:unique_downloads outlinks uniq_outlinks:unique_outlinks searches keywords:unique_keywords max_actions avg_time_generation:generation_time'
    .split(' ')
    .map((c) => c.split(':'))
    .map(([c, k]) => [/^(?:avg|bounce|max)_/.test(c!) ? c! : `nb_${c}`, k ?? c!]),
);
// VisitsSummary/_sparklines.twig draws one column and prints two values: the second's column.
const SECOND: Record<string, string> = {
  nb_visits: 'nb_uniq_visitors',
  nb_searches: 'nb_keywords',
};
const secondOf = (c = '') => SECOND[c] ?? c.replace(/^nb_/, 'nb_uniq_');

/** Query and hash parameters together; Matomo keeps its state in `#?idSite=1&period=…`. */
function paramsOf(url: URL): URLSearchParams {
  const p = new URLSearchParams(url.search);
  const i = url.hash.indexOf('?');
  if (i >= 0) for (const [k, v] of new URLSearchParams(url.hash.slice(i + 1))) p.set(k, v);
  return p;
}

export function detect(doc: Document, url: URL): boolean {
  if (/(^|\.)matomo\.cloud$/.test(url.hostname)) return true;
  if (paramsOf(url).get('module') === 'CoreHome') return true;
  // One selector list, one walk: on a page that is not Matomo each query scans every element.
  return !!doc.querySelector(`${SPARKLINE} strong, ${CARD_NUMBER}`);
}

/** The API columns a sparkline draws, in order: `columns=nb_visits,nb_uniq_visitors`. */
function columnsOf(spark: Element): string[] {
  const img = spark.querySelector(SPARK_IMG);
  const src = img?.getAttribute('data-src') || img?.getAttribute('src') || '';
  let cols: unknown = new URLSearchParams(src.slice(src.indexOf('?') + 1)).get('columns');
  try {
    cols ||= JSON.parse(spark.getAttribute('data-graph-params') ?? '{}').columns;
  } catch {
    // Not JSON: no columns named.
  }
  return Array.isArray(cols) ? cols.map(String) : typeof cols === 'string' ? cols.split(',') : [];
}

/** A "3.2 actions per visit" is a ratio; a floored "1 hours 5 min" covers the whole minute. */
function adjust(f: PageFigure): PageFigure {
  if (f.key === 'actions_per_visit' && f.unit === 'count') return { ...f, unit: 'ratio' };
  // Formatter::getPrettyTimeFromSeconds floors hours and minutes (seconds are shown exactly).
  if (f.unit === 'duration' && f.precision >= 30) return { ...f, value: f.value + f.precision };
  return f;
}

/** Keyed by its API column; a sparkline without one (a plugin's) by its words. */
function figure(column: string | undefined, label: string, text: string, locale?: string) {
  const f = makeFigure(COLUMNS[column ?? ''] ?? slugify(label), label, text, locale);
  return f && adjust(f);
}

/** Each `<strong>` value of a Twig block with the words after it (up to the next value). */
function readSentences(spark: Element, columns: string[], locale?: string): PageFigure[] {
  const out: PageFigure[] = [];
  const metrics = spark.querySelectorAll(CLASSIC_METRIC);
  const parts = metrics.length ? Array.from(metrics) : [spark];
  for (const part of parts) {
    for (const strong of Array.from(part.querySelectorAll('strong'))) {
      if (strong.closest(EVOLUTION)) continue;
      let label = '';
      for (let n = strong.nextSibling; n && n.nodeName !== 'STRONG'; n = n.nextSibling) {
        if (n.nodeType === 3 || n.nodeName === 'SPAN') label += n.textContent;
      }
      // "%s visits" puts the value first; a language that puts it last leaves words before it.
      label =
        label.replace(/[\s,]+$/, '').trim() || textOf(part).replace(textOf(strong), '').trim();
      const column =
        out.length && columns.length === 1 ? secondOf(columns[0]) : columns[out.length];
      const f = label ? figure(column, label, textOf(strong), locale) : null;
      if (f) out.push(f);
    }
  }
  return out;
}

/** A Vue card: its first MetricValue (the current period when dates are compared). */
function readCard(card: Element, columns: string[], locale?: string): PageFigure[] {
  const label = textOf(card.querySelector(CARD_TITLE));
  const first = figure(columns[0], label, textOf(card.querySelector(CARD_NUMBER)), locale);
  const secondLabel = textOf(card.querySelector(CARD_SECONDARY_LABEL));
  const second = secondLabel
    ? figure(columns[1], secondLabel, textOf(card.querySelector(CARD_SECONDARY)), locale)
    : null;
  return [first, second].filter((f): f is PageFigure => !!f);
}

/** A segment (`segment=` in the hash or query) is its own view of the site. */
function viewOf(doc: Document | null, params: URLSearchParams): FigureView | null {
  const segment = params.get('segment');
  if (!segment) return null;
  const name = textOf(doc?.querySelector(SEGMENT_NAME));
  return { id: viewIdOf([['segment', segment]]), label: `segment ${name || segment}` };
}

/** The view a Matomo address shows (its segment), for readings stored with their URL. */
export const matomoViewOfUrl = (url: URL): FigureView | null => viewOf(null, paramsOf(url));

function read(doc: Document, url: URL, now: Date): PageRead | null {
  const locale = docLocale(doc);
  const params = paramsOf(url);
  // Comparing segments puts several segments' values in each card: none is the site's.
  if ([...params.keys()].some((k) => k.startsWith('compareSegments'))) return null;
  const view = viewOf(doc, params);
  const seen = new Set<string>();
  const figures: PageFigure[] = [];
  const headline: PageFigure[] = []; // the figures keyed without the view, for breakdowns
  for (const spark of Array.from(doc.querySelectorAll(SPARKLINE))) {
    if (isHidden(spark)) continue;
    const columns = columnsOf(spark);
    const card = spark.querySelector(CARD);
    for (const f of card
      ? readCard(card, columns, locale)
      : readSentences(spark, columns, locale)) {
      if (seen.has(f.key)) continue;
      seen.add(f.key);
      headline.push(f);
      figures.push({ ...f, key: viewKey(f.key, view), label: viewLabel(f.label, view) });
    }
  }
  if (figures.length === 0) return null;
  const out: PageRead = {
    source: 'matomo',
    scope: params.get('idSite') ?? url.hostname,
    period: periodOf(doc, url, now),
    figures,
  };
  if (view) out.view = view;
  const breakdowns = matomoBreakdowns(doc, headline, locale);
  if (breakdowns.length) out.breakdowns = breakdowns;
  return out;
}

/**
 * The picker's resolved dates first (ISO in every language, and already in the site's time
 * zone, which a URL's "today" or "last7" is not), then the URL's period and date.
 */
function periodOf(doc: Document, url: URL, now: Date) {
  const shown = textOf(doc.querySelector(PERIOD_TEXT));
  const iso = shown.match(/\d{4}-\d{2}-\d{2}/g) ?? [];
  if (iso.length === 1 || iso.length === 2) {
    const range = parseDateRangeText(`${iso[0]} – ${iso[iso.length - 1]}`, now);
    if (range) return range;
  }
  return matomoRangeFromUrl(url, now);
}

export const reader: Reader = {
  id: 'matomo',
  matches: ['https://*.matomo.cloud/*'], // one subdomain per customer
  script: 'matomo',
  sites: 3,
  detect,
  read,
};

/*
 * Verified against: matomo-org/matomo 5.2.0-b5 (Oct 2024, fetched): CoreVisualizations/
 * templates/macros.twig (singleSparkline, sparklineEvolution), VisitsSummary/templates/
 * _sparklines.twig (bare <strong> sentences), VisitsSummary/Reports/Get.php (columns),
 * CoreHome/vue/src/PeriodSelector (currentlyViewingText) and Periods/*.ts (getPrettyString),
 * core/Metrics/Formatter.php getPrettyTimeFromSeconds (floors hours/minutes), lang/en.json and
 * lang/de.json ("%1$s Minuten %2$ss", "%s Sek."); and the 2026 Vue cards found with the code
 * search (CoreVisualizations/vue/src/Sparklines/SparklineCard.vue, NoComparison.vue,
 * MetricValue/MetricValue.vue, EvolutionBadge/EvolutionBadge.vue and their specs). Fixtures
 * are RECONSTRUCTED from those templates (re-checked against them in Nov 2026: class names,
 * evolution markup, sparkline URLs with `columns`), en and de, not captured from a server.
 */
