/**
 * Umami (self-hosted and Umami Cloud): the metric cards above the main chart.
 *
 * Each card is label, value, change badge. The value element carries the exact number in its
 * `title` (Umami renders the display through a count-up animation, so the text is only final
 * once the animation ends): the title wins. The badge also has a `title` (the absolute change)
 * and an arrow svg: it is never the value.
 */
import { umamiRangeFromUrl, parseDateRangeText } from '../parse';
import { docLocale, isHidden, makeFigure, slugify, textOf } from './dom';
import type { PageFigure, PageRead, Reader } from './types';

// Umami 3.x: the big number of a metric card (`<span class="text-4xl …"><div title="16180">16.2k`).
const VALUE_V3 = '[class~="text-4xl"] > [title]';
// Umami 2.x: CSS-module class of the card value (`MetricCard_value__hash`).
const VALUE_V2 = '[class*="MetricCard_value"]';
// Umami 2.x: the card's label.
const LABEL_V2 = '[class*="MetricCard_label"]';
// The visible text of a react-aria select: the date range picker shows "Last 30 days" here.
const SELECT_VALUE = '.react-aria-SelectValue';
// Umami's own marks on its pages: logo link on share pages, telemetry pixel, page title.
const BRAND = 'a[href^="https://umami.is"], img[src*="umami.is/"]';

const WEBSITE_PATH = /\/websites\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;
const SHARE_PATH = /\/share\/([A-Za-z0-9_-]+)/;

// English labels → stable keys; other UI languages fall back to a slug of the label.
const KEYS: Record<string, string> = {
  visitors: 'visitors',
  visits: 'visits',
  views: 'views',
  pageviews: 'views',
  'bounce rate': 'bounce_rate',
  'visit duration': 'visit_duration',
  'average visit time': 'visit_duration',
};

function scopeOf(url: URL): string | null {
  return WEBSITE_PATH.exec(url.pathname)?.[1] ?? SHARE_PATH.exec(url.pathname)?.[1] ?? null;
}

function detect(doc: Document, url: URL): boolean {
  if (url.hostname === 'cloud.umami.is') return true;
  if (!scopeOf(url)) return false;
  return /\bumami\b/i.test(doc.title) || !!doc.querySelector(`${BRAND}, ${VALUE_V2}`);
}

/** The card label: the v2 label element, else the first text-bearing span before the value. */
function labelFor(valueEl: Element): string {
  let card: Element | null = valueEl.parentElement;
  for (let i = 0; card && i < 4; i++, card = card.parentElement) {
    const v2 = card.querySelector(LABEL_V2);
    if (v2) return textOf(v2);
    for (const span of Array.from(card.querySelectorAll('span'))) {
      if (span.contains(valueEl)) break;
      const t = textOf(span);
      if (t && !/\d/.test(t)) return t;
    }
  }
  return '';
}

function read(doc: Document, url: URL, now: Date): PageRead | null {
  const locale = docLocale(doc);
  const figures: PageFigure[] = [];
  const seen = new Set<string>();
  for (const el of Array.from(doc.querySelectorAll(`${VALUE_V3}, ${VALUE_V2}`))) {
    if (isHidden(el) || el.querySelector('svg')) continue;
    const label = labelFor(el);
    if (!label) continue;
    const key = KEYS[label.toLowerCase()] ?? slugify(label);
    if (seen.has(key)) continue;
    const fig = makeFigure(key, label, textOf(el), locale, el.getAttribute('title'));
    if (!fig) continue;
    seen.add(key);
    figures.push(fig);
  }
  if (figures.length === 0) return null;
  return {
    source: 'umami',
    scope: scopeOf(url) ?? url.hostname,
    period: periodOf(doc, url, now),
    figures,
  };
}

function periodOf(doc: Document, url: URL, now: Date) {
  const fromUrl = umamiRangeFromUrl(url, now);
  if (fromUrl) return fromUrl;
  for (const el of Array.from(doc.querySelectorAll(SELECT_VALUE))) {
    const range = parseDateRangeText(textOf(el), now, docLocale(doc));
    if (range) return range;
  }
  return null;
}

export const reader: Reader = { id: 'umami', matches: ['https://cloud.umami.is/*'], detect, read };

/*
 * Verified against: Umami 3.1.0 self-hosted, English, rendered in headless Chromium
 * (test/fixtures/umami: signed-in dashboard and a public share page caught mid-animation).
 * Sure of the 3.x markup; the 2.x `MetricCard_*` selectors are from Umami's source, not a capture.
 */
