/**
 * One pass over a page (or one shadow root) for locators: the generic reader's text walk
 * (`walkAll`, every item, open shadow roots included) plus per-ancestor counts, so that every later question
 * ("does this card hold another figure?", "which label comes first in it?") is a map lookup and a
 * 20,000-node page stays one walk.
 */
import { parseFigure } from '../parse';
import { docLocale, makeFigure } from '../readers/dom';
import {
  arrowBeside,
  COMPARISON_HOOK,
  parentOf,
  walkAll,
  type Item,
} from '../readers/generic-walk';
import type { FigureUnit } from '../parse/types';

/** How far above a figure its card (and its label) may be. */
export const MAX_UP = 5;
// Labels deeper in the card than the value (a title inside a header row) still count.
const STAT_UP = MAX_UP + 2;
const MAX_LABELS = 4;
// Raw machine values (docs/architecture.md, "Contracts": prefer them), numeric only: a title may also be prose.
const RAW_ATTRS = ['data-value', 'data-raw-value', 'title'];

interface Stat {
  /** Figures (not comparisons) under this element. */
  figs: number;
  /** First few label items under it, in walk order. */
  labels: number[];
}

export interface Scan {
  items: Item[];
  locale?: string;
  stats: Map<Element, Stat>;
  /** Figure item indices by the element that holds their text. */
  byEl: Map<Element, number[]>;
  /** Figure item indices, in walk order. */
  figures: number[];
  /** Caches filled by the label module (table headers, per-figure descriptions). */
  cache: Map<unknown, unknown>;
}

export interface Read {
  value: number;
  unit: FigureUnit;
  currency?: string;
  precision: number;
  text: string;
}

export function isDocument(root: Node): root is Document {
  return root.nodeType === 9;
}

/** Composed containment: `outer` is `inner` or one of its ancestors across shadow roots. */
export function within(outer: Element, inner: Element): boolean {
  for (let e: Element | null = inner; e; e = parentOf(e)) if (e === outer) return true;
  return false;
}

export function scan(root: Document | ShadowRoot): Scan {
  const doc = isDocument(root) ? root : root.ownerDocument;
  const locale = docLocale(doc);
  // Every item: a card's label may be far from its figure in reading order.
  const items = promote(walkAll(root, locale), locale);
  for (let i = 0; i < items.length; i++) {
    if (items[i]!.kind === 'figure' && isComparison(items, i)) items[i]!.kind = 'comparison';
  }
  const s: Scan = {
    items,
    locale,
    stats: new Map(),
    byEl: new Map(),
    figures: [],
    cache: new Map(),
  };
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.kind !== 'figure' && it.kind !== 'label') continue;
    if (it.kind === 'figure') {
      s.figures.push(i);
      const list = s.byEl.get(it.el);
      if (list) list.push(i);
      else s.byEl.set(it.el, [i]);
    }
    let e: Element | null = it.el;
    for (let up = 0; e && up <= STAT_UP; up++, e = parentOf(e)) {
      let st = s.stats.get(e);
      if (!st) s.stats.set(e, (st = { figs: 0, labels: [] }));
      if (it.kind === 'figure') st.figs++;
      else if (st.labels.length < MAX_LABELS) st.labels.push(i);
    }
  }
  return s;
}

export function figsUnder(s: Scan, el: Element | null): number {
  return el ? (s.stats.get(el)?.figs ?? 0) : 0;
}

/** The figure as the page shows it, the raw `data-value`/`title` number winning when consistent. */
export function readFigure(s: Scan, i: number): Read | null {
  const it = s.items[i]!;
  const f = makeFigure('', '', it.text, s.locale, rawOf(s, it.el), 'if-consistent', it.figure);
  if (!f) return null;
  const out: Read = { value: f.value, unit: f.unit, precision: f.precision, text: f.text };
  if (f.currency) out.currency = f.currency;
  return out;
}

function rawOf(s: Scan, el: Element): string | null {
  // The parent only when it wraps this one figure: a row's data-value is not a cell's.
  const parent = el.parentElement;
  for (const e of figsUnder(s, parent) === 1 ? [el, parent!] : [el]) {
    for (const a of RAW_ATTRS) {
      const v = e.getAttribute(a);
      if (v && /^\s*-?\d+(?:\.\d+)?\s*$/.test(v)) return v;
    }
  }
  return null;
}

/**
 * A figure split over elements ("<span>$</span><span>5,430</span>", "<b>41</b><i>%</i>") is read
 * from the parent that holds it whole, else "$5,430" would be tracked as the count 5430 and a
 * later switch to euros would go unnoticed. A label swallowed that way ("USD") is dropped.
 */
function promote(items: Item[], locale?: string): Item[] {
  const swallowed = new Set<Element>();
  for (const it of items) {
    const parent = it.el.parentElement;
    if (it.kind !== 'figure' || !parent || parent.childNodes.length > 4) continue;
    const text = (parent.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
    if (text === it.text || text.length > 40) continue;
    const f = parseFigure(text, locale);
    const same = f && Math.abs(f.value - it.figure!.value) <= f.precision + it.figure!.precision;
    if (!same || (f.unit === it.figure!.unit && f.currency === it.figure!.currency)) continue;
    for (const c of Array.from(parent.children)) swallowed.add(c);
    Object.assign(it, { el: parent, text, figure: f });
  }
  return swallowed.size
    ? items.filter((it) => it.kind !== 'label' || !swallowed.has(it.el))
    : items;
}

/** A change badge or previous value: wrapped in comparison words, or marked so in the markup. */
function isComparison(items: Item[], i: number): boolean {
  const it = items[i]!;
  for (const n of [items[i - 1], items[i + 1]]) {
    // "vs. <b>1,020</b>": the comparison words wrap the figure (a badge beside it does not).
    if (n?.kind === 'comparison' && n.el !== it.el && n.el.contains(it.el)) return true;
  }
  for (let e: Element | null = it.el, up = 0; e && up <= 2; e = e.parentElement, up++) {
    const hook = `${e.id} ${e.getAttribute('class') ?? ''} ${e.getAttribute('data-testid') ?? ''}`;
    if (COMPARISON_HOOK.test(hook)) return true;
  }
  return it.figure?.unit === 'percent' && arrowBeside(it.el);
}
