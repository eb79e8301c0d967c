/**
 * Shopify admin analytics (admin.shopify.com/store/<handle>/analytics): the metric cards.
 *
 * Shopify ships hashed class names, so cards are read label-anchored: the card title ("Total
 * sales over time", or "Total sales" on the older dashboard), then the first figure of the right
 * unit after it in the card. The change indicator ("↑ 12%") and the comparison legend are skipped.
 */
import { shopifyRangeFromUrl, parseDateRangeText } from '../parse';
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

/** Store handle and the analytics area: `/store/<handle>/analytics` (not its report tables). */
const ANALYTICS_PATH = /^\/store\/([^/]+)\/analytics(?:\/dashboards(?:\/[^/]+)?)?\/?$/;
/** The date picker is a button whose text is the range; the comparison picker says "Compare…". */
const DATE_BUTTON = 'button';

type Kind = 'count' | 'percent' | 'currency';

// Card titles (current dashboard first, then the older one) → [metric key, unit].
const CARDS: CardLayout = {
  labels: labelMap<Kind>({
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
  }),
  // Titles in the admin sidebar ("Orders" with its badge) and chart furniture are not cards.
  notALabel: `${NOT_A_LABEL}, [class*="Legend"]`,
  notShown: `${NOT_SHOWN}, .Polaris-Text--visuallyHidden`,
  // Change indicators and comparison values between a title and its figure.
  comparisonClass: /(chang|delta|trend|compar|badge|previous|diff|legend|tooltip|axis)/i,
  comparisonText: /\b(vs\.?|previous|compared|compare to)\b/i,
};

function period(doc: Document, url: URL, now: Date, locale: string | undefined): DateRange | null {
  const fromUrl = shopifyRangeFromUrl(url, now);
  if (fromUrl) return fromUrl;
  for (const button of doc.querySelectorAll(DATE_BUTTON)) {
    const text = textOf(button);
    if (!text || /compar/i.test(text) || isUnseen(button, CARDS.notShown)) continue;
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
      const figures = readLabelled(textNodes(doc.body), CARDS, locale);
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
