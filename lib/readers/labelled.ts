/**
 * Label-anchored reading of metric cards, for dashboards whose class names are generated and
 * change between releases (GA4, Search Console, Shopify, Stripe): find a text node whose text is
 * a label the reader knows, then take the first visible figure of that metric's unit after it,
 * inside the same card, skipping comparison chips ("+12%", "vs. previous period").
 *
 * Why this module exists: those four readers each carried their own copy of this walk, so a fix
 * (a hidden copy read, a chip taken for the value) had to be made four times and the copies had
 * started to drift. What really differs per dashboard — its labels, where label text is not a
 * label, what a person does not see, how its comparisons look — is passed in as data
 * (`CardLayout`); the walk is one. Unlike `generic.ts`, which guesses labels on any page, this
 * only pairs labels the reader names.
 */
import { parseFigure } from '../parse';
import type { Figure, FigureUnit } from '../parse/types';
import { isHidden as hiddenByMarkup, textOf } from './dom';
import type { PageFigure } from './types';

/** What a card label stands for: the metric key, and the unit its figure must have. */
export interface LabelledMetric {
  key: string;
  unit: FigureUnit;
}

/** One dashboard's cards: everything the label-anchored readers do not share. */
export interface CardLayout {
  /** Label text, lower-cased → metric. Text not in here is never a label. */
  labels: ReadonlyMap<string, LabelledMetric>;
  /** Selector of places where a label's text is not a card label (navigation, legends). */
  notALabel: string;
  /** Selector of elements whose text a person never sees (see `NOT_SHOWN`). */
  notShown: string;
  /** Class words of wrappers, between a label and its value, that hold a comparison. */
  comparisonClass: RegExp;
  /** Text that is a comparison, never a value ("vs. previous period"). No `g` flag. */
  comparisonText: RegExp;
}

/** Navigation, chart furniture and tooltips: a metric name there is not a card label. */
export const NOT_A_LABEL =
  'nav, [role="navigation"], svg, [role="tooltip"], [class*="legend"], [class*="tooltip"]';
/** Text a person does not see: scripts, templates and the usual screen-reader-only classes. */
export const NOT_SHOWN = 'script, style, template, noscript, .sr-only, .visually-hidden';

/** A card: the label's parent and this many ancestors above it. */
const CARD_LEVELS = 4;
/** Visible text nodes after a label that may be looked at before giving up. */
const MAX_AFTER = 6;

/** `{ 'total clicks': ['total_clicks', 'count'] }` → the `labels` map of a `CardLayout`. */
export function labelMap<U extends FigureUnit>(
  table: Record<string, readonly [key: string, unit: U]>,
): ReadonlyMap<string, LabelledMetric> {
  return new Map(Object.entries(table).map(([label, [key, unit]]) => [label, { key, unit }]));
}

/** Non-empty text nodes below `root`, in document order. */
export function textNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (textOf(n)) out.push(n as Text);
  return out;
}

/** Missing, hidden by markup (`hidden`, `aria-hidden`, inline style), or inside `notShown`. */
export function isUnseen(el: Element | null, notShown: string): boolean {
  return !el || hiddenByMarkup(el) || !!el.closest(notShown);
}

/**
 * Each labelled metric's figure, in the order its label first appears in `nodes` (usually
 * `textNodes(doc.body)`, or the part of it after a heading). The first label with a figure wins.
 */
export function readLabelled(
  nodes: readonly Text[],
  layout: CardLayout,
  locale: string | undefined,
): PageFigure[] {
  const figures: PageFigure[] = [];
  for (const node of nodes) {
    const metric = metricOf(node, layout);
    const el = node.parentElement;
    if (!metric || figures.some((f) => f.key === metric.key)) continue;
    if (!el || el.closest(layout.notALabel) || isUnseen(el, layout.notShown)) continue;
    const found = valueAfter(node, metric.unit, layout, locale);
    if (found)
      figures.push({ key: metric.key, label: textOf(node), ...found.figure, text: found.text });
  }
  return figures;
}

const metricOf = (t: Text, layout: CardLayout) => layout.labels.get(textOf(t).toLowerCase());

/** The first visible figure of `unit` after `label`, within its card and before the next label. */
function valueAfter(
  label: Text,
  unit: FigureUnit,
  layout: CardLayout,
  locale: string | undefined,
): { figure: Figure; text: string } | null {
  let box: Element | null = label.parentElement;
  for (let i = 0; i < CARD_LEVELS && box?.parentElement; i++) box = box.parentElement;
  if (!box) return null;
  let seen = 0;
  for (const node of textNodes(box)) {
    if (!(label.compareDocumentPosition(node) & 4 /* DOCUMENT_POSITION_FOLLOWING */)) continue;
    if (isUnseen(node.parentElement, layout.notShown)) continue;
    // Reached the next card's label, or strayed too far from this one.
    if (metricOf(node, layout) || ++seen > MAX_AFTER) return null;
    if (isComparison(node, label, unit, layout)) continue;
    const text = textOf(node);
    const figure = parseFigure(text, locale);
    if (figure?.unit === unit) return { figure, text };
  }
  return null;
}

/** A change chip, an arrow, "vs. preceding period": never the figure itself. */
function isComparison(node: Text, label: Text, unit: FigureUnit, layout: CardLayout): boolean {
  const text = textOf(node);
  // Money can be negative (net sales, net volume); for any other unit a leading minus is a change.
  if (/^[+▲▼↑↓]/.test(text) || (unit !== 'currency' && /^[-−–]/.test(text))) return true;
  if (layout.comparisonText.test(text)) return true;
  for (let e = node.parentElement; e && !e.contains(label); e = e.parentElement) {
    if (layout.comparisonClass.test(e.getAttribute('class') ?? '')) return true;
  }
  return false;
}
