/**
 * Tables drawn with `<div>`s (Plausible's and Umami's top-pages and sources lists): a figure's row
 * is named by its dimension cell ("Google", "/pricing") and its column by the header row above
 * ("Visitors"). Issue 15, item 9: a tracker picked on "Google · Visitors" must follow Google when
 * the list re-ranks, and say not-found when Google is gone, never read the row now in its place.
 *
 * The shape, from the dashboards' own list components: a header row of labels (Plausible
 * `ListReport`: `<span>Source</span><div>Visitors</div>…`; Umami 3.x `ListTable`:
 * `<span>Path</span><span>Visitors</span>`), then one element per row whose cells line up with
 * the header's by position (Plausible: the bar holding the name, then one `<div>` per metric;
 * Umami: the name, the value, an unlabelled share). Plausible marks the name
 * `data-testid="dimension-value"` (confirmed on real v3 markup, test/locator/plausible-real.test.ts,
 * where the Visitors cell holds the count and then its share); without such a hook the row's first
 * cell names it when it holds words and no figure. No header row, no grid: cards in a row are not
 * a table.
 */
import { textOf } from '../readers/dom';
import { classify } from '../readers/generic-walk';
import { normLabel, usable } from './norm';
import type { Scan } from './scan';

// The dimension cell's hook (Plausible).
const DIMENSION = '[data-testid="dimension-value"]';
// How far above the figure the row's cells may start, and how far above the row its header.
const MAX_CELL_UP = 6;
const MAX_HEADER_UP = 3;
// Wrappers with a single child between a row and its cells (Plausible wraps each row twice).
const MAX_WRAP = 3;
/** How many levels above a figure its column header's row may sit (names are looked up there). */
export const GRID_HEADER_REACH = MAX_CELL_UP + MAX_WRAP + MAX_HEADER_UP;
// Keys of this module's entries in the scan cache.
const GRID = Symbol('grid');
const HOLDERS = Symbol('figure holders');
const DIMENSIONS = Symbol('dimension holders');
const MANY = 'many';

export interface GridPos {
  row: string;
  /** Null for a column without a title, and for a cell's second figure (see asRow). */
  head: string | null;
}

/** The row and column labels of a figure in a div table, or null when it is not in one. */
export function gridPos(s: Scan, el: Element): GridPos | null {
  let memo = s.cache.get(GRID) as Map<Element, GridPos | null> | undefined;
  if (!memo) s.cache.set(GRID, (memo = new Map()));
  if (memo.has(el)) return memo.get(el)!;
  let out: GridPos | null = null;
  let child: Element = el;
  for (let c = el.parentElement, up = 0; c && up < MAX_CELL_UP; c = c.parentElement, up++) {
    if (c.tagName === 'TR' || c.tagName === 'TABLE') break; // real tables: table.ts
    const row =
      c.children.length >= 2 ? asRow(s, c, Array.from(c.children).indexOf(child), el) : null;
    // The first level that is a row decides, header or not: above it are other rows.
    if (row) {
      out = row.headed ? { row: row.row, head: row.head } : null;
      break;
    }
    child = c;
  }
  memo.set(el, out);
  return out;
}

/** `cells` holds the figure `el`'s cell at `k`: name the row and find its column's header. */
function asRow(
  s: Scan,
  cells: Element,
  k: number,
  el: Element,
): { row: string; head: string | null; headed: boolean } | null {
  const cellList = Array.from(cells.children);
  const hooked = dimensionUnder(s, cells);
  if (hooked === MANY) return null; // a block of several rows
  const dimIndex = hooked
    ? cellList.findIndex((c) => c.contains(hooked))
    : hasFigure(s, cellList[0]!)
      ? -1
      : 0;
  if (dimIndex < 0 || k <= dimIndex || hasFigure(s, cellList[dimIndex]!)) return null;
  const row = rowName(s, hooked ?? cellList[dimIndex]!);
  if (!row) return null;
  // The row is the cells' element, or the wrappers around it that hold nothing else.
  let rowEl: Element = cells;
  for (let n = 0; n < MAX_WRAP && rowEl.parentElement?.children.length === 1; n++) {
    rowEl = rowEl.parentElement;
  }
  const header = headerAbove(s, rowEl);
  // A column title names its cell's first figure only: Plausible v3 puts the visitors' share
  // ("37.3%", shown on hover) in the Visitors cell after the count; it is not "Google · Visitors"
  // but still Google's (row-cell), so it follows Google too.
  const headed = !!header && header[dimIndex] !== undefined;
  const head = headed && firstFigure(s, cellList[k]!) === el ? (header[k] ?? null) : null;
  return { row, head, headed };
}

function rowName(s: Scan, el: Element): string | null {
  const text = textOf(el);
  // One name: a cell holding several labels is a block of its own (a header, a card), not a row.
  if (!text || text.length > 200 || (s.stats.get(el)?.labels.length ?? 0) > 1) return null;
  const c = classify(text, s.locale);
  if (c?.kind === 'label') return usable(s, c.text);
  // Pages name rows too: "/" and "/pricing" have no letters.
  return !c && text.includes('/') ? normLabel(text) : null;
}

/**
 * The header's labels by column: the nearest element before the row (or before a wrapper of
 * the rows) that is not itself a row. Other rows above are stepped over; anything else that is
 * not a row of labels ends the search.
 */
function headerAbove(s: Scan, rowEl: Element): (string | null)[] | null {
  let e: Element | null = rowEl;
  for (let up = 0; e && up < MAX_HEADER_UP; up++, e = e.parentElement) {
    let sib = e.previousElementSibling;
    while (sib && hasFigure(s, sib)) sib = sib.previousElementSibling;
    if (sib) return headerLabels(s, sib);
  }
  return null;
}

// A bar of controls (site switcher, period picker) above cards is not a row of column titles.
const CONTROLS = 'button, select, input, textarea, [role="button"], [aria-haspopup]';

function headerLabels(s: Scan, el: Element): (string | null)[] | null {
  if (el.matches(CONTROLS) || el.querySelector(CONTROLS)) return null;
  let cells: Element = el;
  for (let n = 0; n < MAX_WRAP && cells.children.length === 1; n++) cells = cells.children[0]!;
  if (cells.children.length < 2) return null;
  const labels = Array.from(cells.children).map((c) => {
    const text = textOf(c);
    const k = text && text.length <= 60 ? classify(text, s.locale) : null;
    return k?.kind === 'label' ? usable(s, k.text) : null;
  });
  return labels.filter(Boolean).length >= 2 ? labels : null;
}

/**
 * The dimension cell under `el` (a few levels), `MANY` when there are several, else null. Found
 * once per scan, so that climbing from each figure never searches a subtree.
 */
function dimensionUnder(s: Scan, el: Element): Element | typeof MANY | null {
  let map = s.cache.get(DIMENSIONS) as Map<Element, Element | typeof MANY> | undefined;
  if (!map) {
    map = new Map();
    const doc = s.items[0]?.el.ownerDocument;
    for (const d of Array.from(doc?.querySelectorAll(DIMENSION) ?? [])) {
      let e: Element | null = d;
      for (let up = 0; e && up <= MAX_CELL_UP + MAX_WRAP; up++, e = e.parentElement) {
        map.set(e, map.has(e) ? MANY : d);
      }
    }
    s.cache.set(DIMENSIONS, map);
  }
  return map.get(el) ?? null;
}

function hasFigure(s: Scan, el: Element): boolean {
  return firstFigure(s, el) !== undefined;
}

/** The first figure (in reading order) under `el`, or undefined when it holds none. */
function firstFigure(s: Scan, el: Element): Element | undefined {
  let map = s.cache.get(HOLDERS) as Map<Element, Element> | undefined;
  if (!map) {
    // Every ancestor of every figure, once per scan: "holds a figure" is then a lookup. Figures
    // come in reading order, so an ancestor already seen keeps its first figure.
    map = new Map();
    for (const i of s.figures) {
      const fig = s.items[i]!.el;
      for (let e: Element | null = fig; e && !map.has(e); e = e.parentElement) map.set(e, fig);
    }
    s.cache.set(HOLDERS, map);
  }
  return map.get(el);
}
