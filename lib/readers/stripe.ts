/**
 * Stripe dashboard home (dashboard.stripe.com/dashboard, also in test mode and per account):
 * the "Your overview" charts — gross volume, net volume, new customers, successful payments,
 * MRR and active subscribers where the account shows them.
 *
 * Each overview card shows its title, a change badge ("+4.6%"), the selected period's figure and
 * then the previous period's figure. Reading label-anchored and taking the first figure of the
 * right unit after the title gets the current one. The "Today" block above the overview also has
 * a "Gross volume" (today only), so reading starts after the overview heading when there is one.
 */
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
import { pickerRange, shownTimeZone } from './zone';

/** `/acct_…/` (a chosen account), `/test/` (test mode), then the page. */
const PATH = /^\/(?:(acct_[A-Za-z0-9]+)\/)?(?:(test)\/)?(dashboard|billing)?\/?$/;
/** The overview section's heading; figures above it belong to the "Today" block. */
const OVERVIEW_HEADING = /^(your overview|overview)$/i;

type Kind = 'count' | 'currency';

const CARDS: CardLayout = {
  labels: labelMap<Kind>({
    'gross volume': ['gross_volume', 'currency'],
    'net volume from sales': ['net_volume', 'currency'],
    'net volume': ['net_volume', 'currency'],
    'new customers': ['new_customers', 'count'],
    'successful payments': ['successful_payments', 'count'],
    'failed payments': ['failed_payments', 'count'],
    mrr: ['mrr', 'currency'],
    'active subscribers': ['active_subscribers', 'count'],
    'spend per customer': ['spend_per_customer', 'currency'],
  }),
  // Where a title is not a card title: navigation, chart furniture, tooltips.
  notALabel: `${NOT_A_LABEL}, [class*="Legend"]`,
  notShown: `${NOT_SHOWN}, [class*="VisuallyHidden"]`,
  // Change badges and previous-period wrappers.
  comparisonClass: /(chang|delta|trend|compar|badge|previous|diff|legend|tooltip|axis)/i,
  comparisonText: /\b(vs\.?|previous|compared)\b/i,
};

/**
 * The overview's date filter. Stated dates are used as shown; a relative one ("Last 7 days",
 * "Mar 4 – Today") only in the account's timezone when the page shows it (the footers' "Today"
 * is the account's day; Stripe's presets include it). Otherwise null.
 */
function period(doc: Document, now: Date, locale: string | undefined): DateRange | null {
  const zone = shownTimeZone(doc.body);
  for (const button of doc.querySelectorAll('button')) {
    const text = textOf(button);
    if (!text || /compar|previous/i.test(text) || isUnseen(button, CARDS.notShown)) continue;
    const range = pickerRange(text.replace(/^date range:?\s*/i, ''), now, locale, zone, {
      includeToday: true,
    });
    if (range) return range;
  }
  return null;
}

/** Parameters of the home page that do not narrow the overview (the dates, the comparison). */
const NOT_FILTERS = /^(startDate|endDate|interval|compare\w*|utm_\w+)$/i;

/** Any other parameter may narrow the charts (a currency, a product): its own key. */
export const stripeViewOf = (url: URL): FigureView | null => otherParamsView(url, NOT_FILTERS);

export const reader: Reader = {
  id: 'stripe',
  matches: ['https://dashboard.stripe.com/*'],
  script: 'stripe',
  detect(_doc, url) {
    return url.hostname === 'dashboard.stripe.com' && PATH.test(url.pathname);
  },
  read(doc, url, now) {
    try {
      const m = PATH.exec(url.pathname);
      if (!m || !doc.body) return null;
      // Test-mode figures get their own scope so they never mix with live ones.
      const scope = `${m[1] ?? 'default'}${m[2] ? ':test' : ''}`;
      const locale = docLocale(doc);
      let nodes = textNodes(doc.body);
      const heading = nodes.findIndex((n) => OVERVIEW_HEADING.test(textOf(n)));
      if (heading >= 0) nodes = nodes.slice(heading + 1);
      const view = stripeViewOf(url);
      const figures = readLabelled(nodes, CARDS, locale).map((f) => ({
        ...f,
        key: viewKey(f.key, view),
        label: viewLabel(f.label, view),
      }));
      if (!figures.length) return null;
      const out: PageRead = { source: 'stripe', scope, period: period(doc, now, locale), figures };
      if (view) out.view = view;
      return out;
    } catch {
      return null;
    }
  },
};

/*
 * Verified against: nothing captured. Fixtures (test/fixtures/stripe/, live USD and test-mode
 * EUR, March 2026, en) are RECONSTRUCTED. Public evidence: several public clones of the Stripe
 * home agree on the overview card shape (title, change badge, current then previous-period
 * value, "Compared to previous period", period pills 1W/4W/…, "Dec 17 – Today" footers) and on
 * the titles "Gross volume", "Net volume from sales", "New customers"; `/test/` and `/acct_…/`
 * paths are Stripe's documented dashboard URLs. Languages: English only. No public source gave
 * the German or Korean card titles, so a dashboard in another language reads nothing rather
 * than under guessed keys. Periods: stated dates as shown; relative ones only in a timezone the
 * page states. Money is shown to the cent. Filter parameters were not verified: any unknown
 * parameter becomes part of the view. Confidence: titles and layout order medium, class names
 * and the "Your overview" heading text low.
 */
