/**
 * Matomo (self-hosted and Matomo Cloud): the Visits Overview sparklines.
 *
 * Two markups exist. Classic (Twig, Matomo 3–5): sentences such as
 * `<span class="sparkline-metrics"><strong>1,234</strong> visits, </span>`, value before its
 * description. Newer Vue cards: `.metricValue__title` above `.metricValue__number`, with an
 * `.evolutionBadge` ("+12%") beside the number that is never the value. The `title` on a
 * classic metric is its documentation, not a raw value.
 */
import { matomoRangeFromUrl, parseDateRangeText } from '../parse';
import { docLocale, isHidden, makeFigure, slugify, textOf } from './dom';
import type { PageFigure, PageRead, Reader } from './types';

// Classic sparkline sentence: one metric, its value in <strong>.
const CLASSIC_METRIC = '.sparkline .sparkline-metrics';
// Newer card body (CoreVisualizations/vue MetricValue.vue).
const CARD = '.metricValue';
// Card label (the metric description, e.g. "Visits").
const CARD_TITLE = '.metricValue__title';
// Card value, already formatted by the backend for the user's locale.
const CARD_NUMBER = '.metricValue__number';
// Optional second line of a card ("9,527" + "unique visitors").
const CARD_SECONDARY = '.metricValue__secondaryValue';
const CARD_SECONDARY_LABEL = '.metricValue__secondaryLabel';
// The period selector's visible text ("2024-05-01 – 2024-05-14", "Date range: …").
const PERIOD_TEXT = '#periodString #date, #periodString .title';

// English descriptions (VisitsSummary/lang/en.json) → keys; the most specific first.
const KEYS: [RegExp, string][] = [
  [/unique visitors/, 'visitors'],
  [/visits have bounced|bounce rate/, 'bounce_rate'],
  [/visit duration/, 'visit_duration'],
  [/per visit/, 'actions_per_visit'],
  [/max actions/, 'max_actions'],
  [/unique pageviews/, 'unique_pageviews'],
  [/pageviews/, 'pageviews'],
  [/unique downloads/, 'unique_downloads'],
  [/downloads/, 'downloads'],
  [/unique outlinks/, 'unique_outlinks'],
  [/outlinks/, 'outlinks'],
  [/searches/, 'searches'],
  [/unique keywords/, 'unique_keywords'],
  [/generation time/, 'generation_time'],
  [/^actions\b/, 'actions'],
  [/^visits\b/, 'visits'],
  [/conversion rate/, 'conversion_rate'],
  [/revenue/, 'revenue'],
];

/** "3.2 actions per visit" is a ratio, not a count of anything. */
function ratio(f: PageFigure): PageFigure {
  return f.key === 'actions_per_visit' && f.unit === 'count' ? { ...f, unit: 'ratio' } : f;
}

function keyFor(label: string): string {
  const l = label.toLowerCase();
  return KEYS.find(([re]) => re.test(l))?.[1] ?? slugify(label);
}

/** Query and hash parameters together; Matomo keeps its state in `#?idSite=1&period=…`. */
function paramsOf(url: URL): URLSearchParams {
  const p = new URLSearchParams(url.search);
  const hash = url.hash.slice(url.hash.indexOf('?') + 1);
  if (url.hash.includes('?') || url.hash.includes('=')) {
    for (const [k, v] of new URLSearchParams(hash.replace(/^#/, ''))) p.set(k, v);
  }
  return p;
}

function detect(doc: Document, url: URL): boolean {
  if (/(^|\.)matomo\.cloud$/.test(url.hostname)) return true;
  if (paramsOf(url).get('module') === 'CoreHome') return true;
  // Two queries, not one selector list: a list walks every element of a 20,000-node page.
  return (
    !!doc.querySelector(`${CLASSIC_METRIC} strong`) || !!doc.querySelector(`${CARD} ${CARD_NUMBER}`)
  );
}

function readClassic(doc: Document, locale?: string): PageFigure[] {
  const out: PageFigure[] = [];
  for (const span of Array.from(doc.querySelectorAll(CLASSIC_METRIC))) {
    const strong = span.querySelector('strong');
    if (!strong || isHidden(span)) continue;
    // The description is the sentence without its value: "visits", "unique visitors", …
    const label = textOf(span)
      .replace(textOf(strong), '')
      .replace(/[\s,]+$/, '')
      .trim();
    const fig = makeFigure(keyFor(label), label, textOf(strong), locale);
    if (fig) out.push(ratio(fig));
  }
  return out;
}

function readCards(doc: Document, locale?: string): PageFigure[] {
  const out: PageFigure[] = [];
  for (const card of Array.from(doc.querySelectorAll(CARD))) {
    if (isHidden(card)) continue;
    const label = textOf(card.querySelector(CARD_TITLE));
    const fig = makeFigure(keyFor(label), label, textOf(card.querySelector(CARD_NUMBER)), locale);
    if (fig) out.push(ratio(fig));
    const secondLabel = textOf(card.querySelector(CARD_SECONDARY_LABEL));
    const second = secondLabel
      ? makeFigure(
          keyFor(secondLabel),
          secondLabel,
          textOf(card.querySelector(CARD_SECONDARY)),
          locale,
        )
      : null;
    if (second) out.push(second);
  }
  return out;
}

function read(doc: Document, url: URL, now: Date): PageRead | null {
  const locale = docLocale(doc);
  const seen = new Set<string>();
  // A page can hold both markups (a classic widget on a dashboard with new cards): first wins.
  const figures = [...readCards(doc, locale), ...readClassic(doc, locale)].filter(
    (f) => !seen.has(f.key) && !!seen.add(f.key),
  );
  if (figures.length === 0) return null;
  const params = paramsOf(url);
  return {
    source: 'matomo',
    scope: params.get('idSite') ?? url.hostname,
    period: periodOf(doc, url, now),
    figures,
  };
}

function periodOf(doc: Document, url: URL, now: Date) {
  const fromUrl = matomoRangeFromUrl(url, now); // reads the hash state too
  if (fromUrl) return fromUrl;
  const shown = doc.querySelector(PERIOD_TEXT);
  return shown ? parseDateRangeText(textOf(shown), now, docLocale(doc)) : null;
}

export const reader: Reader = { id: 'matomo', matches: ['https://*.matomo.cloud/*'], detect, read };

/*
 * Verified against: Matomo's source (matomo-org/matomo: CoreVisualizations/templates/macros.twig
 * singleSparkline, vue/src/Sparklines + MetricValue + EvolutionBadge, VisitsSummary/lang/en.json;
 * 5.x, 2025), English. Fixtures are RECONSTRUCTED from those templates, not captured: sure of
 * the classic `.sparkline-metrics > strong` sentence, fairly sure of the new card classes.
 */
