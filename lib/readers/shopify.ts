/**
 * Shopify admin analytics (admin.shopify.com/store/<handle>/analytics): the metric cards.
 *
 * Shopify ships hashed class names, so cards are read label-anchored: the card title ("Total
 * sales over time", or "Total sales" on the older dashboard), then the first figure of the right
 * unit after it in the card. The change indicator ("↑ 12%") and the comparison legend are skipped.
 */
import { dateRangeFromUrl, parseDateRangeText, parseFigure } from '../parse';
import type { DateRange } from '../parse/types';
import { docLocale, isHidden as hiddenByMarkup, textOf } from './dom';
import type { PageFigure, Reader } from './types';

/** Store handle and the analytics area: `/store/<handle>/analytics` (not its report tables). */
const ANALYTICS_PATH = /^\/store\/([^/]+)\/analytics(?:\/dashboards(?:\/[^/]+)?)?\/?$/;
/** Titles in the admin sidebar ("Orders" with its badge) and chart furniture are not cards. */
const NOT_A_LABEL =
  'nav, [role="navigation"], svg, [role="tooltip"], [class*="legend"], [class*="tooltip"], [class*="Legend"]';
/** Change indicators and comparison values between a title and its figure. */
const COMPARISON_CLASS = /(chang|delta|trend|compar|badge|previous|diff|legend|tooltip|axis)/i;
/** Text a person does not see: screen-reader-only copies, scripts and templates. */
const NOT_SHOWN =
  'script, style, template, noscript, .Polaris-Text--visuallyHidden, .sr-only, .visually-hidden';
/** The date picker is a button whose text is the range; the comparison picker says "Compare…". */
const DATE_BUTTON = 'button';

type Kind = 'count' | 'percent' | 'currency';

// Card titles (current dashboard first, then the older one) → [metric key, unit].
const LABELS: Record<string, [string, Kind]> = {
  'total sales over time': ['total_sales', 'currency'],
  'total sales': ['total_sales', 'currency'],
  'gross sales': ['gross_sales', 'currency'],
  'net sales': ['net_sales', 'currency'],
  'sessions over time': ['sessions', 'count'],
  sessions: ['sessions', 'count'],
  'online store sessions': ['sessions', 'count'],
  'conversion rate over time': ['conversion_rate', 'percent'],
  'conversion rate': ['conversion_rate', 'percent'],
  'online store conversion rate': ['conversion_rate', 'percent'],
  'average order value over time': ['average_order_value', 'currency'],
  'average order value': ['average_order_value', 'currency'],
  'orders over time': ['orders', 'count'],
  orders: ['orders', 'count'],
  'total orders': ['orders', 'count'],
  'orders fulfilled': ['orders_fulfilled', 'count'],
  'returning customer rate': ['returning_customer_rate', 'percent'],
};

const metricOf = (t: Text) => LABELS[textOf(t).toLowerCase()];

function textNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (textOf(n)) out.push(n as Text);
  return out;
}

/** Hidden by markup (`hidden`, `aria-hidden`, inline style) or never shown as text. */
const isHidden = (el: Element | null) => !el || hiddenByMarkup(el) || !!el.closest(NOT_SHOWN);

function isComparison(node: Text, label: Text, kind: Kind): boolean {
  const text = textOf(node);
  // Net sales can be negative ("-$12.00"); a leading minus only marks a change for other units.
  if (/^[+▲▼↑↓]/.test(text) || (kind !== 'currency' && /^[-−–]/.test(text))) return true;
  if (/\b(vs\.?|previous|compared|compare to)\b/i.test(text)) return true;
  for (let e = node.parentElement; e && !e.contains(label); e = e.parentElement) {
    if (COMPARISON_CLASS.test(e.getAttribute('class') ?? '')) return true;
  }
  return false;
}

/** The first visible figure of the right unit after `label`, before the next card's title. */
function valueAfter(label: Text, kind: Kind, locale: string | undefined) {
  let box: Element | null = label.parentElement;
  for (let i = 0; i < 4 && box?.parentElement; i++) box = box.parentElement;
  if (!box) return null;
  let seen = 0;
  for (const node of textNodes(box)) {
    if (!(label.compareDocumentPosition(node) & 4 /* DOCUMENT_POSITION_FOLLOWING */)) continue;
    if (isHidden(node.parentElement)) continue;
    if (metricOf(node) || ++seen > 6) return null;
    if (isComparison(node, label, kind)) continue;
    const text = textOf(node);
    const figure = parseFigure(text, locale);
    if (figure?.unit === kind) return { figure, text };
  }
  return null;
}

function readCards(doc: Document, locale: string | undefined): PageFigure[] {
  const figures: PageFigure[] = [];
  for (const node of textNodes(doc.body)) {
    const metric = metricOf(node);
    const el = node.parentElement;
    if (!metric || figures.some((f) => f.key === metric[0])) continue;
    if (!el || el.closest(NOT_A_LABEL) || isHidden(el)) continue;
    const found = valueAfter(node, metric[1], locale);
    if (found)
      figures.push({
        key: metric[0],
        label: textOf(node),
        ...found.figure,
        text: found.text,
      });
  }
  return figures;
}

function period(doc: Document, url: URL, now: Date, locale: string | undefined): DateRange | null {
  const fromUrl = dateRangeFromUrl(url, 'shopify', now);
  if (fromUrl) return fromUrl;
  for (const button of doc.querySelectorAll(DATE_BUTTON)) {
    const text = textOf(button);
    if (!text || /compar/i.test(text) || isHidden(button)) continue;
    const range = parseDateRangeText(text, now, locale);
    if (range) return range;
  }
  return null;
}

export const reader: Reader = {
  id: 'shopify',
  matches: ['https://admin.shopify.com/*'],
  detect(_doc, url) {
    return url.hostname === 'admin.shopify.com' && ANALYTICS_PATH.test(url.pathname);
  },
  read(doc, url, now) {
    try {
      const scope = ANALYTICS_PATH.exec(url.pathname)?.[1];
      if (!scope || !doc.body) return null;
      const locale = docLocale(doc);
      const figures = readCards(doc, locale);
      if (!figures.length) return null;
      return { source: 'shopify', scope, period: period(doc, url, now, locale), figures };
    } catch {
      return null;
    }
  },
};

/*
 * Verified against: nothing captured. Fixtures (test/fixtures/shopify/, en-US store in USD and a
 * KRW store, March 2026) are RECONSTRUCTED. Public evidence: a written UI reference of the
 * current Analytics page (card titles "Total sales over time", "Sessions over time", "Conversion
 * rate over time", "Average order value over time"; summary cards "Gross sales", "Returning
 * customer rate", "Orders fulfilled", "Orders"; "Compare to:" control; breakdown list), the
 * `/store/<handle>/` admin URLs, and `since`/`until` parameters. Whether "Last 30 days" includes
 * today was not verified (the parser's default, which includes it, is used). Confidence: titles
 * and URL medium-high, markup low.
 */
