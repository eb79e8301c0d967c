/**
 * Shopify admin analytics (admin.shopify.com/store/<handle>/analytics): the metric cards.
 *
 * Shopify ships hashed class names, so cards are read label-anchored: the card title ("Total
 * sales over time", or "Total sales" on the older dashboard), then the first figure of the right
 * unit after it in the card. The change indicator ("↑ 12%") and the comparison legend are skipped.
 */
import { shopifyRangeFromUrl } from '../parse';
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
import type { PageRead, Reader } from './types';
import { otherParamsView, viewKey, viewLabel, type FigureView } from './view';
import { shownTimeZone, statedRange, wallClock } from './zone';

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
    // Korean: help.shopify.com/ko (Shopify 홈 "세션 / 총 판매량 / 총 주문 수 / 전환율"; 분석
    // "평균 주문액"; 마케팅 "온라인 스토어 세션 / 온라인 스토어 전환율").
    '총 판매량': ['total_sales', 'currency'],
    세션: ['sessions', 'count'],
    '온라인 스토어 세션': ['sessions', 'count'],
    전환율: ['conversion_rate', 'percent'],
    '온라인 스토어 전환율': ['conversion_rate', 'percent'],
    '평균 주문액': ['average_order_value', 'currency'],
    '총 주문 수': ['orders', 'count'],
    // German: help.shopify.com/de ("Gesamtumsatz", "durchschnittlichen Bestellwert", the report
    // "Sitzungen im Zeitverlauf").
    gesamtumsatz: ['total_sales', 'currency'],
    sitzungen: ['sessions', 'count'],
    'sitzungen im zeitverlauf': ['sessions', 'count'],
    'durchschnittlicher bestellwert': ['average_order_value', 'currency'],
    bestellungen: ['orders', 'count'],
  }),
  // Titles in the admin sidebar ("Orders" with its badge) and chart furniture are not cards.
  notALabel: `${NOT_A_LABEL}, [class*="Legend"]`,
  notShown: `${NOT_SHOWN}, .Polaris-Text--visuallyHidden`,
  // Change indicators and comparison values between a title and its figure.
  comparisonClass: /(chang|delta|trend|compar|badge|previous|diff|legend|tooltip|axis)/i,
  comparisonText: /\b(vs\.?|previous|compared|compare to)\b/i,
};

/**
 * Shopify counts days in the store's timezone. Dates in the URL (`since=2026-03-01`) or stated
 * on the date button are used as they are; relative ones (`since=-30d`, "Last 30 days") only
 * when the page shows the store's timezone — and what a preset covers (today or not) was not
 * verified, so a preset's text alone gives null.
 */
function period(doc: Document, url: URL, now: Date, locale: string | undefined): DateRange | null {
  const since = url.searchParams.get('since');
  const until = url.searchParams.get('until');
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  if (since && until && iso.test(since) && iso.test(until)) return shopifyRangeFromUrl(url, now);
  const zone = shownTimeZone(doc.body);
  const local = zone ? wallClock(now, zone) : null;
  if (since) return local ? shopifyRangeFromUrl(url, local) : null;
  for (const button of doc.querySelectorAll(DATE_BUTTON)) {
    const text = textOf(button);
    if (!text || /compar|vergleich|비교/i.test(text) || isUnseen(button, CARDS.notShown)) continue;
    const range = statedRange(text, now, locale);
    if (range) return range;
  }
  return null;
}

/** Parameters that do not narrow the cards: the dates and the comparison's dates. */
const NOT_FILTERS = /^(since|until|compare\w*|comparison\w*|utm_\w+)$/i;

/**
 * Any other parameter may be a filter (sales channel, location): its figures get their own
 * key rather than the store's. Shopify's filter parameters were not verified.
 */
export const shopifyViewOf = (url: URL): FigureView | null => otherParamsView(url, NOT_FILTERS);

export const reader: Reader = {
  id: 'shopify',
  matches: ['https://admin.shopify.com/*'],
  script: 'shopify',
  detect(_doc, url) {
    return url.hostname === 'admin.shopify.com' && ANALYTICS_PATH.test(url.pathname);
  },
  read(doc, url, now) {
    try {
      const scope = ANALYTICS_PATH.exec(url.pathname)?.[1];
      if (!scope || !doc.body) return null;
      const locale = docLocale(doc);
      const view = shopifyViewOf(url);
      const figures = readLabelled(textNodes(doc.body), CARDS, locale).map((f) => ({
        ...f,
        key: viewKey(f.key, view),
        label: viewLabel(f.label, view),
      }));
      if (!figures.length) return null;
      const out: PageRead = {
        source: 'shopify',
        scope,
        period: period(doc, url, now, locale),
        figures,
      };
      if (view) out.view = view;
      return out;
    } catch {
      return null;
    }
  },
};

/*
 * Verified against: nothing captured. Fixtures (test/fixtures/shopify/, en-US store in USD, a
 * KRW store, a German EUR store and a Korean store, March 2026) are RECONSTRUCTED. Public
 * evidence: a written UI reference of the current Analytics page (card titles "Total sales over
 * time", "Sessions over time", …; "Compare to:" control), Shopify's help pages in en/ko/de for
 * the metric names (the "… over time" card titles in German and Korean were not found, so only
 * the plain names are known), the `/store/<handle>/` admin URLs and `since`/`until`. Periods:
 * stated dates only, or relative ones in a timezone the page shows ("Sales are shown in the time
 * zone of each individual store", Shopify's help); whether "Last 30 days" includes today was not
 * verified, so preset text alone gives null. Filter parameters were not verified: any unknown
 * parameter becomes part of the view. Money is shown to the cent (± half a cent); no compact
 * notation was seen. Confidence: titles and URL medium-high, markup low.
 */
