/**
 * One pass over a page for the generic reader and the locators: the visible text nodes in
 * reading order (the document first, then each open shadow root in the order its host is found),
 * classified as figure, label, comparison or noise.
 *
 * Hot path (issue "Read the figures on real dashboards": 20,000 nodes in a few ms): TreeWalkers
 * with no JavaScript filter, one over text nodes and one over elements for shadow hosts; a filter
 * function called for every element cost 30× the walk itself. Hidden-ness is judged only for
 * the text that gets classified, by walking up its ancestors with a cache, and the generic
 * reader classifies only text near a candidate (a digit or a relative date word), since a
 * figure's label and badge are never far from it. The host walk is most of what is left: no DOM
 * API lists open shadow roots without visiting every element, and a page has more elements
 * than text nodes.
 */
import { parseFigure } from '../parse';
import type { Figure } from '../parse/types';
import { isHiddenElement } from './dom';

/** `unit`: a unit in its own element after a number ("원", "건"), joined to that figure. */
export type Kind = 'figure' | 'label' | 'comparison' | 'date' | 'unit';

export interface Item {
  kind: Kind;
  text: string;
  /** The element holding the text node. */
  el: Element;
  figure?: Figure;
}

// Subtrees that never hold a figure a person reads as a KPI (svg: chart axes and legends).
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'canvas',
  'select',
  'option',
  'head',
  'title',
]);
// Change badges and previous-period values: arrows, signed numbers, comparison words.
const COMPARISON =
  /[↑↓▲▼△▽⬆⬇⇧⇩]|^[+\u2212-]\s*[\d.,]+\s*%?$|previous (?:period|year|month|week)|\bvs\.?(?:\s|$)|\bversus\b|\bfrom last\b|\bcompared (?:to|with)\b|\bprev\.?(?:\s|$)|전기 대비|지난.*대비/i;
// Class, id or test-id words that mark a change badge or a previous value, not the value itself.
export const COMPARISON_HOOK =
  /(?:^|[\s_-])(?:previous|prev|comparison|compare|change|delta|diff|trend|evolution)(?:$|[\s_-])/i;
// Text worth classifying for itself: a figure has a digit; a relative date is the page's period
// even without one, and the only digit-free dates the generic reader takes are whole phrases
// that start with one of these words ("Yesterday", "This month", "Last year"). Anything else is
// only read when it sits near such text (the label or badge of a figure).
const DIGIT = /\d/;
const DATE_WORD = /^\s*(?:last|this|today|yesterday)\b/i;
/** Whether a text starting with char code `c` may match DATE_WORD: cheaper than the regex. */
function mayStartDate(c: number): boolean {
  const lower = c | 0x20; // ASCII letters to lower case
  return c <= 0x20 || c >= 0x80 || lower === 0x6c || lower === 0x74 || lower === 0x79; // space, l t y
}
const MAX_TEXT = 100;
const INLINE_PAIR = /^(\p{L}[^:：\d]{0,47})[:：]\s*(\S.*)$/u;
const SHOW_ELEMENT = 0x1; // NodeFilter.SHOW_ELEMENT, without relying on a global
const SHOW_TEXT = 0x4; // NodeFilter.SHOW_TEXT

export function classify(
  raw: string,
  locale?: string,
): { kind: Kind; figure?: Figure; text: string } | null {
  const text = raw.replace(/[\s\u00a0]+/g, ' ').trim();
  if (!text || text.length > MAX_TEXT) return null;
  if (COMPARISON.test(text)) return { kind: 'comparison', text };
  if (/\d/.test(text)) {
    // "87건", "12회", "3件": a count with its counter word (Korean and Japanese shops).
    const counted = /^(.*\d) ?[건명회개件人回個次]$/.exec(text);
    const figure = parseFigure(text, locale) ?? (counted && parseFigure(counted[1]!, locale));
    if (figure && (!counted || figure.unit === 'count')) return { kind: 'figure', figure, text };
  }
  // A label names something: it has letters and is not a sentence fragment of numbers.
  const label = text.replace(/\s*[:：]$/, '');
  // Exclamations and questions are prose ("Welcome back!"), not names of figures.
  // Long enough for Matomo's "visits have bounced (left the website after one page)".
  const words = label.split(' ').length;
  // Letter-free dates ("2026. 9. 1. ~ 2026. 9. 30.", "01.09.2026") are labels the generic
  // reader turns into the page's period.
  const dateLike = /^\d{4}[./-] ?\d|^\d{1,2}[./]\d{1,2}[./]\d{2,4}/.test(label);
  if (
    (dateLike || /\p{L}/u.test(label)) &&
    label.length <= 90 &&
    words <= 12 &&
    !/[!?]$/.test(label)
  ) {
    return { kind: 'label', text: label };
  }
  return null;
}

/** Parent across shadow boundaries: a shadow root's top elements belong to the host. */
export function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode as (Node & { host?: Element }) | null;
  return root?.host ?? null;
}

/**
 * An unsigned percentage whose direction lives only in an arrow icon (Umami: `<div><span><svg>
 * </span><span><div>5%</div></span></div>`; PostHog: `<div><svg>8%</div>`): an svg, or a
 * text-free wrapper of one, within two small levels. A card around a main "52%" has more
 * children, and a title with an info icon has text, so neither makes the value a badge.
 */
export function arrowBeside(el: Element): boolean {
  for (let e: Element | null = el, up = 0; e && up <= 2; e = e.parentElement, up++) {
    if (e.children.length > 2) return false;
    for (let c = e.firstElementChild; c; c = c.nextElementSibling) {
      if (c.localName === 'svg') return true;
      if (c.textContent?.trim()) continue;
      for (let g = c.firstElementChild; g; g = g.nextElementSibling) {
        if (g.localName === 'svg') return true;
      }
    }
  }
  return false;
}

/**
 * `isVisible(el)`: neither `el` nor an ancestor up to `stop` (exclusive, the walk's root) is
 * hidden by markup or a skipped tag; shadow roots count as part of their host. Each element is
 * judged once per walk: nodes of one card share most of their ancestors.
 */
function visibility(stop: Node): (el: Element) => boolean {
  const known = new Map<Element, boolean>();
  const path: Element[] = [];
  return (el) => {
    if (el === stop) return true;
    let ok = true;
    path.length = 0;
    for (let e: Element | null = el; e;) {
      const hit = known.get(e);
      if (hit !== undefined) {
        ok = hit;
        break;
      }
      path.push(e);
      if (SKIP_TAGS.has(e.localName) || isHiddenElement(e)) {
        ok = false;
        break;
      }
      // One DOM call per level in the usual case: the parent element (a shadow root's top
      // elements have none: their parent node is the root, which belongs to its host).
      const up: Element | null = e.parentElement;
      if (up) {
        if (up === stop) break;
        e = up;
        continue;
      }
      const p: Node | null = e.parentNode;
      if (!p || p === stop) break;
      e = (p as Node & { host?: Element }).host ?? null;
    }
    for (const e of path) known.set(e, ok);
    return ok;
  };
}

/** Open shadow roots of the visible hosts under `root`, in document order. */
function shadowRootsIn(doc: Document, root: Node, visible: (el: Element) => boolean): Node[] {
  const out: Node[] = [];
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT);
  for (let e = walker.nextNode(); e !== null; e = walker.nextNode()) {
    const shadow = (e as Element).shadowRoot;
    if (shadow && visible(e as Element)) out.push(shadow);
  }
  return out;
}

/** What a text node's value makes, before it is placed at an element. */
interface Shape {
  items: readonly Omit<Item, 'el'>[];
  /** A figure or a label: rules look at the items around it (they never look around a badge). */
  anchor: boolean;
}

/** The items a text node's value makes: none for noise, two for "Visitors: 1,234". */
function shapeOf(text: string, locale?: string): Shape | null {
  // "Visitors: 1,234" in one text node is a label and its figure.
  const inline = text.includes(':') || text.includes('：') ? INLINE_PAIR.exec(text.trim()) : null;
  const right = inline ? classify(inline[2]!, locale) : null;
  if (inline && right?.kind === 'figure') {
    return { items: [{ kind: 'label', text: inline[1]!.trim() }, right], anchor: true };
  }
  const c = classify(text, locale);
  return c ? { items: [c], anchor: c.kind !== 'comparison' } : null;
}

// Text a page shows again on every read (labels, unchanged figures) is classified once.
const SHAPE_MEMO_MAX = 2000;
const shapes = new Map<string, Map<string, Shape | null>>();
let shapeCount = 0;

function memoShapeOf(text: string, locale = ''): Shape | null {
  let byText = shapes.get(locale);
  if (!byText) shapes.set(locale, (byText = new Map()));
  let shape = byText.get(text);
  if (shape === undefined) {
    if (shapeCount >= SHAPE_MEMO_MAX) {
      shapes.clear();
      shapeCount = 0;
      shapes.set(locale, (byText = new Map()));
    }
    byText.set(text, (shape = shapeOf(text, locale || undefined)));
    shapeCount++;
  }
  return shape;
}

/** Whether a text node is shown: in an element (not straight under a shadow root), visible. */
function shownBy(visible: (el: Element) => boolean): (n: Node) => boolean {
  return (n) => {
    const el = n.parentElement; // null straight under a shadow root
    return !!el && visible(el);
  };
}

/** Appends the items of a text node of this shape, placed at its element; returns how many. */
function addItems(out: Item[], n: Node, shape: Shape): number {
  const el = n.parentNode as Element;
  for (const x of shape.items) out.push({ kind: x.kind, text: x.text, el, figure: x.figure });
  return shape.items.length;
}

/** Where the walk starts: the body (else the root element) of a document, or a shadow root. */
function startOf(root: Document | ShadowRoot): { doc: Document; start: Node } {
  if (root.nodeType !== 9) return { doc: root.ownerDocument!, start: root };
  const doc = root as Document;
  return { doc, start: doc.body ?? doc.documentElement };
}

/** Every item of the page (or shadow root), in reading order (the locators' scan). */
export function walkAll(root: Document | ShadowRoot, locale?: string): Item[] {
  const { doc, start } = startOf(root);
  const visible = visibility(start);
  const shown = shownBy(visible);
  const items: Item[] = [];
  const roots: Node[] = [start];
  for (let r = 0; r < roots.length; r++) {
    const walker = doc.createTreeWalker(roots[r]!, SHOW_TEXT);
    for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
      const shape = shapeOf(n.nodeValue ?? '', locale);
      if (shape && shown(n)) addItems(items, n, shape);
    }
    roots.push(...shadowRootsIn(doc, roots[r]!, visible));
  }
  return items;
}

/**
 * The text node before `n` in document order, inside `root`. `TreeWalker.previousNode` would do,
 * but happy-dom's skips the earlier siblings of a subtree that ends without text (and its
 * `<template>` has the content's nodes as children, which a TreeWalker does not visit).
 */
function previousText(n: Node, root: Node): Node | null {
  for (let x: Node = n; x !== root;) {
    let p = x.previousSibling;
    if (!p) {
      const up = x.parentNode;
      if (!up || up === root) return null;
      x = up;
      continue;
    }
    while (p.nodeName !== 'TEMPLATE' && p.lastChild) p = p.lastChild;
    if (p.nodeType === 3) return p;
    x = p;
  }
  return null;
}

// How many of the last text nodes seen are kept, for the items before a candidate (a power of 2).
const RECENT = 32;

/**
 * The items within `reach` items of a candidate, in reading order, in one pass: text after a
 * candidate is classified as the walk reaches it; text before it is taken from the last nodes
 * seen, or found again by stepping back past a long run of empty or hidden text.
 */
export function walkNear(
  root: Document | ShadowRoot,
  locale: string | undefined,
  reach: number,
): Item[] {
  const { doc, start } = startOf(root);
  const visible = visibility(start);
  const shown = shownBy(visible);
  const shape = (n: Node) => memoShapeOf(n.nodeValue ?? '', locale);
  const items: Item[] = [];
  const recent: Node[] = [];
  const recentTree: number[] = [];
  /** Each tree walked so far (the document, then shadow roots): its root and last text node. */
  const trees: { root: Node; last: Node | null }[] = [];
  const before: Node[] = [];
  let at = 0; // position of the current text node in the whole walk
  let done = -1; // position of the last text node already looked at
  let left = 0; // items still wanted after the last candidate

  /** Adds the items of the nodes after `done` and before `at`, the last `reach` of them. */
  const addBefore = () => {
    before.length = 0;
    let n: Node | null = null;
    let t = 0;
    for (let p = at - 1, got = 0; p > done && got < reach; p--) {
      if (at - p < RECENT) {
        n = recent[p & (RECENT - 1)]!;
        t = recentTree[p & (RECENT - 1)]!;
      } else {
        // Older than what is kept: step back from the node after it, across trees if need be.
        n = previousText(n!, trees[t]!.root);
        while (!n && t > 0) n = trees[--t]!.last;
        if (!n) break;
      }
      const s = shape(n);
      if (!s || !shown(n)) continue;
      before.push(n);
      got += s.items.length;
    }
    for (let b = before.length - 1; b >= 0; b--) addItems(items, before[b]!, shape(before[b]!)!);
  };

  const roots: Node[] = [start];
  for (let r = 0; r < roots.length; r++) {
    const first = at;
    trees.push({ root: roots[r]!, last: null });
    const walker = doc.createTreeWalker(roots[r]!, SHOW_TEXT);
    for (let n = walker.nextNode(); n !== null; n = walker.nextNode(), at++) {
      recent[at & (RECENT - 1)] = n;
      recentTree[at & (RECENT - 1)] = r;
      const v = n.nodeValue!;
      if (DIGIT.test(v) || (mayStartDate(v.charCodeAt(0)) && DATE_WORD.test(v))) {
        const s = memoShapeOf(v, locale);
        // Badges ("▲ 12%") have digits but no rule looks around them.
        if (s?.anchor && shown(n)) {
          if (at - 1 > done) addBefore();
          addItems(items, n, s);
          left = reach;
          done = at;
          continue;
        }
      }
      if (left > 0) {
        const s = memoShapeOf(v, locale);
        if (s && shown(n)) left -= addItems(items, n, s);
        done = at;
      }
    }
    if (at > first) trees[r]!.last = recent[(at - 1) & (RECENT - 1)]!;
    roots.push(...shadowRootsIn(doc, roots[r]!, visible));
  }
  return items;
}

/**
 * The page's items in reading order: the document (or `root`) first, then each open shadow root
 * as its host is found. With `reach`, only the items within `reach` items of a figure or a
 * date-like label, still in order: enough for any rule that looks fewer than `reach` items away.
 */
export function walk(root: Document | ShadowRoot, locale?: string, reach?: number): Item[] {
  return reach === undefined ? walkAll(root, locale) : walkNear(root, locale, reach);
}
