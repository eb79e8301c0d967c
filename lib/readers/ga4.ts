/**
 * Google Analytics 4 (analytics.google.com): the scorecards on Home and on report pages.
 *
 * GA4 is an Angular app whose class names change between releases, so figures are read
 * label-anchored: find the metric's label text, then take the first figure that follows it inside
 * the same card, skipping percent-change chips, icons and anything hidden. Property id and date
 * range come from the URL hash, which GA4 keeps in sync with the page.
 */
import { dateRangeFromUrl, parseDateRangeText, parseFigure } from '../parse';
import type { DateRange } from '../parse/types';
import { docLocale, isHidden as hiddenByMarkup, textOf } from './dom';
import type { PageFigure, Reader } from './types';

/** Property id in the hash route: `#/p123456/…` or, from older links, `#/a98765p123456/…`. */
const PROPERTY_IN_HASH = /^#\/(?:a\d+)?(?:w\d+)?p(\d+)(?=[/?]|$)/;
/** The date picker's visible range ("Mar 4 - Mar 31, 2026"), used when the URL has no dates. */
const DATE_RANGE_TEXT = '.primary-date-range-text';
/** Where a metric name is not a scorecard label: navigation, chart legends/axes, tooltips. */
const NOT_A_LABEL =
  'nav, [role="navigation"], svg, [role="tooltip"], [class*="legend"], [class*="tooltip"]';
/** Wrappers of comparison chips and chart furniture between a label and its value. */
const COMPARISON_CLASS = /(chang|delta|trend|compar|chip|badge|previous|diff|legend|tooltip|axis)/i;
/** Text a person does not see: screen-reader-only copies, scripts and templates. */
const NOT_SHOWN =
  'script, style, template, noscript, .cdk-visually-hidden, .sr-only, .visually-hidden';

type Kind = 'count' | 'percent' | 'currency' | 'duration';

// English labels as GA4 shows them; the metric key is derived from this text.
const EN: Record<string, Kind> = {
  'Active users': 'count',
  'New users': 'count',
  'Total users': 'count',
  Users: 'count',
  'Event count': 'count',
  Views: 'count',
  Sessions: 'count',
  'Engaged sessions': 'count',
  'Key events': 'count',
  Conversions: 'count',
  Transactions: 'count',
  'Engagement rate': 'percent',
  'Bounce rate': 'percent',
  'Total revenue': 'currency',
  'Purchase revenue': 'currency',
  'Average engagement time': 'duration',
  'Average engagement time per active user': 'duration',
  'Average session duration': 'duration',
};

// Korean UI labels → the English label, so both locales share one metric key.
const KO: Record<string, string> = {
  '활성 사용자': 'Active users',
  '새 사용자': 'New users',
  '총 사용자': 'Total users',
  사용자: 'Users',
  '이벤트 수': 'Event count',
  조회수: 'Views',
  세션수: 'Sessions',
  세션: 'Sessions',
  '참여 세션수': 'Engaged sessions',
  '주요 이벤트': 'Key events',
  전환: 'Conversions',
  거래: 'Transactions',
  참여율: 'Engagement rate',
  이탈률: 'Bounce rate',
  '총 수익': 'Total revenue',
  '구매 수익': 'Purchase revenue',
  '평균 참여 시간': 'Average engagement time',
  '활성 사용자당 평균 참여 시간': 'Average engagement time per active user',
  '평균 세션 시간': 'Average session duration',
};

const keyOf = (english: string) => english.toLowerCase().replace(/[^a-z0-9]+/g, '_');

const LABELS = new Map<string, { key: string; kind: Kind }>();
for (const [label, kind] of Object.entries(EN))
  LABELS.set(label.toLowerCase(), { key: keyOf(label), kind });
for (const [label, en] of Object.entries(KO)) LABELS.set(label, { key: keyOf(en), kind: EN[en]! });

const metricOf = (t: Text) => LABELS.get(textOf(t).toLowerCase());

function textNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (textOf(n)) out.push(n as Text);
  return out;
}

/** Hidden by markup (`hidden`, `aria-hidden`, inline style) or never shown as text. */
const isHidden = (el: Element | null) => !el || hiddenByMarkup(el) || !!el.closest(NOT_SHOWN);

/** A percent-change chip, an arrow, "vs preceding period": never the figure itself. */
function isComparison(node: Text, label: Text, kind: Kind): boolean {
  const text = textOf(node);
  if (/^[+▲▼↑↓]/.test(text) || (kind !== 'currency' && /^[-−–]/.test(text))) return true;
  if (/\b(vs\.?|previous|preceding|prior|compared)\b|이전|대비/i.test(text)) return true;
  for (let e = node.parentElement; e && !e.contains(label); e = e.parentElement) {
    if (COMPARISON_CLASS.test(e.getAttribute('class') ?? '')) return true;
  }
  return false;
}

/** The first visible figure after `label`, within its card (bounded ancestor, before the next label). */
function valueAfter(label: Text, kind: Kind, locale: string | undefined) {
  let box: Element | null = label.parentElement;
  for (let i = 0; i < 4 && box?.parentElement; i++) box = box.parentElement;
  if (!box) return null;
  let seen = 0;
  for (const node of textNodes(box)) {
    if (!(label.compareDocumentPosition(node) & 4 /* DOCUMENT_POSITION_FOLLOWING */)) continue;
    if (isHidden(node.parentElement)) continue;
    if (metricOf(node) || ++seen > 6) return null; // reached the next card, or strayed too far
    if (isComparison(node, label, kind)) continue;
    const figure = parseFigure(textOf(node), locale);
    if (figure?.unit === kind) return { figure, text: textOf(node) };
  }
  return null;
}

function readScorecards(doc: Document): PageFigure[] {
  const locale = docLocale(doc);
  const figures: PageFigure[] = [];
  const done = new Set<string>();
  for (const node of textNodes(doc.body)) {
    const metric = metricOf(node);
    const el = node.parentElement;
    if (!metric || done.has(metric.key) || !el || el.closest(NOT_A_LABEL) || isHidden(el)) continue;
    const found = valueAfter(node, metric.kind, locale);
    if (!found) continue;
    done.add(metric.key);
    figures.push({
      key: metric.key,
      label: textOf(node),
      ...found.figure,
      text: found.text,
    });
  }
  return figures;
}

function period(doc: Document, url: URL, now: Date): DateRange | null {
  const fromUrl = dateRangeFromUrl(url, 'ga4', now);
  if (fromUrl) return fromUrl;
  const locale = docLocale(doc);
  const shown = [...doc.querySelectorAll(DATE_RANGE_TEXT)].find((e) => !isHidden(e));
  // GA4's presets ("Last 28 days") end yesterday; the visible text is usually explicit anyway.
  return shown ? parseDateRangeText(textOf(shown), now, locale, { includeToday: false }) : null;
}

export const reader: Reader = {
  id: 'ga4',
  matches: ['https://analytics.google.com/*'],
  detect(_doc, url) {
    return url.hostname === 'analytics.google.com' && PROPERTY_IN_HASH.test(url.hash);
  },
  read(doc, url, now) {
    try {
      const scope = PROPERTY_IN_HASH.exec(url.hash)?.[1];
      if (!scope || !doc.body) return null;
      const figures = readScorecards(doc);
      return figures.length
        ? { source: 'ga4', scope, period: period(doc, url, now), figures }
        : null;
    } catch {
      return null; // a GA4 release we do not understand yet reads as "nothing", never as an error
    }
  },
};

/*
 * Verified against: nothing captured. The fixtures (test/fixtures/ga4/, en and ko, March 2026)
 * are RECONSTRUCTED from public evidence: the hash route `#/p<id>/reports/intelligenthome` and
 * `_u.date00/_u.date01` params (links in public repos, a GA4 date-navigator extension), and
 * `.primary-date-range-text` holding "Mar 17 - Apr 13, 2025" (several GA4 extensions query it).
 * No public source showed the scorecard markup, hence label-anchored reading; confidence in the
 * exact card markup is low, in the labels and URL shape high. Re-check against a saved page.
 */
