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
import { parseDateRangeText, parseFigure } from '../parse';
import type { DateRange } from '../parse/types';
import { docLocale, isHidden as hiddenByMarkup, textOf } from './dom';
import type { PageFigure, Reader } from './types';

/** `/acct_…/` (a chosen account), `/test/` (test mode), then the page. */
const PATH = /^\/(?:(acct_[A-Za-z0-9]+)\/)?(?:(test)\/)?(dashboard|billing)?\/?$/;
/** The overview section's heading; figures above it belong to the "Today" block. */
const OVERVIEW_HEADING = /^(your overview|overview)$/i;
/** Where a title is not a card title: navigation, chart furniture, tooltips. */
const NOT_A_LABEL =
  'nav, [role="navigation"], svg, [role="tooltip"], [class*="legend"], [class*="tooltip"], [class*="Legend"]';
/** Change badges and previous-period wrappers. */
const COMPARISON_CLASS = /(chang|delta|trend|compar|badge|previous|diff|legend|tooltip|axis)/i;
/** Text a person does not see: screen-reader-only copies, scripts and templates. */
const NOT_SHOWN =
  'script, style, template, noscript, .sr-only, .visually-hidden, [class*="VisuallyHidden"]';

type Kind = 'count' | 'currency';

const LABELS: Record<string, [string, Kind]> = {
  'gross volume': ['gross_volume', 'currency'],
  'net volume from sales': ['net_volume', 'currency'],
  'net volume': ['net_volume', 'currency'],
  'new customers': ['new_customers', 'count'],
  'successful payments': ['successful_payments', 'count'],
  'failed payments': ['failed_payments', 'count'],
  mrr: ['mrr', 'currency'],
  'active subscribers': ['active_subscribers', 'count'],
  'spend per customer': ['spend_per_customer', 'currency'],
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
  // Net volume can be negative ("-$120.00"); for counts a leading minus is a change.
  if (/^[+▲▼↑↓]/.test(text) || (kind !== 'currency' && /^[-−–]/.test(text))) return true;
  if (/\b(vs\.?|previous|compared)\b/i.test(text)) return true;
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

function readOverview(nodes: Text[], locale: string | undefined): PageFigure[] {
  const figures: PageFigure[] = [];
  for (const node of nodes) {
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

/** The overview's date filter ("Last 7 days", "Last 4 weeks"); the comparison pill is skipped. */
function period(doc: Document, now: Date, locale: string | undefined): DateRange | null {
  for (const button of doc.querySelectorAll('button')) {
    const text = textOf(button);
    if (!text || /compar|previous/i.test(text) || isHidden(button)) continue;
    const range = parseDateRangeText(text.replace(/^date range:?\s*/i, ''), now, locale);
    if (range) return range;
  }
  return null;
}

export const reader: Reader = {
  id: 'stripe',
  matches: ['https://dashboard.stripe.com/*'],
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
      const figures = readOverview(nodes, locale);
      if (!figures.length) return null;
      return { source: 'stripe', scope, period: period(doc, now, locale), figures };
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
 * paths are Stripe's documented dashboard URLs. Confidence: titles and layout order medium,
 * class names and the "Your overview" heading text low.
 */
