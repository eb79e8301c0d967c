/**
 * A figure's label, the way a person finds it. Each relation is its own function so that
 * resolving can ask every figure "what is your label *by this relation*?" (the locator's), while
 * building takes the first relation that answers, most explicit first:
 * aria → table (row / column header) → same card → text before → text after.
 */
import { textOf } from '../readers/dom';
import { classify, parentOf } from '../readers/generic-walk';
import { normLabel, usable } from './norm';
import { MAX_UP, figsUnder, type Scan } from './scan';
import { gridPos } from './grid';
import { cellOf, table, type TablePos } from './table';
import type { Relation } from './types';

export interface Described {
  label: string | null;
  relation: Relation | null;
}

const NEAR: readonly Relation[] = ['aria', 'same-card', 'previous-text', 'next-text'];
// How many items a label may sit from its figure, comparisons ("▲ 12%") in between.
const MAX_GAP = 3;
// Alternating label/figure runs longer than this are scanned no further back.
const MAX_RUN = 40;

/** Near relations can trade places when a page is restyled; table ones are never mixed with them. */
export function family(r: Relation | null): 'near' | 'table' | null {
  return r === null ? null : NEAR.includes(r) ? 'near' : 'table';
}

export function describe(s: Scan, i: number): Described {
  const key = `d${i}`;
  const hit = s.cache.get(key) as Described | undefined;
  if (hit) return hit;
  let out: Described = { label: null, relation: null };
  const cell = cellOf(s.items[i]!.el);
  const grid = cell ? null : gridPos(s, s.items[i]!.el);
  const tableRel = cell ? tableRelation(table(s, cell)) : grid ? tableRelation(grid) : null;
  for (const r of ['aria', tableRel, 'same-card', 'previous-text', 'next-text'] as const) {
    const label = r ? labelUnder(s, i, r) : null;
    if (label && r) {
      out = { label, relation: r };
      break;
    }
  }
  s.cache.set(key, out);
  return out;
}

/** The figure's label by one relation, or null. */
export function labelUnder(s: Scan, i: number, r: Relation): string | null {
  const el = s.items[i]!.el;
  const cell = cellOf(el);
  switch (r) {
    case 'aria':
      return ariaLabel(s, el);
    case 'row-cell':
      return (cell ? table(s, cell) : gridPos(s, el))?.row ?? null;
    case 'header-cell':
      return cell ? table(s, cell).head : null;
    case 'row-header': {
      const t = cell ? table(s, cell) : gridPos(s, el);
      return t?.row && t.head ? `${t.row} › ${t.head}` : null;
    }
    case 'same-card':
      return cardLabel(s, i, cell);
    case 'previous-text':
    case 'next-text': {
      // A run of labels and figures has its labels on one side only: the side it starts with.
      const before = r === 'previous-text';
      if (labelsLead(s, i, cell) !== before) return null;
      const j = neighbour(s, i, before ? -1 : 1, cell);
      return j !== null && s.items[j]!.kind === 'label' ? usable(s, s.items[j]!.text) : null;
    }
  }
}

/**
 * A cell is its row and its column (issue 15, item 9): with both, a re-ranked or re-sorted table
 * is followed by its row's name, and another metric in the column's place is not taken for it.
 */
function tableRelation(t: TablePos): Relation | null {
  if (t.row && t.head) return 'row-header';
  if (t.row) return 'row-cell';
  return t.head ? 'header-cell' : null;
}

function ariaLabel(s: Scan, el: Element): string | null {
  // The parent only when it wraps this figure alone; a group's aria-label names the group.
  for (const e of figsUnder(s, el.parentElement) === 1 ? [el, el.parentElement!] : [el]) {
    let text = e.getAttribute('aria-label') ?? '';
    const ids = e.getAttribute('aria-labelledby');
    if (!text && ids) {
      const root = e.getRootNode() as Document | ShadowRoot;
      text = ids
        .split(/\s+/)
        .map((id) => textOf(root.getElementById?.(id)))
        .join(' ');
    }
    // Digits mean the attribute spells the value out ("1,234 visitors"), not its name.
    if (text.trim() && !/\d/.test(text) && classify(text, s.locale)?.kind === 'label') {
      return normLabel(text);
    }
  }
  return null;
}

/** First label in the nearest ancestor that holds no other figure (never above the table cell). */
function cardLabel(s: Scan, i: number, stop: Element | null): string | null {
  let e: Element | null = s.items[i]!.el;
  for (let up = 0; e && up <= MAX_UP; up++, e = parentOf(e)) {
    const st = s.stats.get(e);
    if (!st || st.figs > 1) return null;
    for (const j of st.labels) {
      const label = usable(s, s.items[j]!.text);
      if (label) return label;
    }
    if (e === stop) return null;
  }
  return null;
}

/** The next label or figure item in direction `dir`, stepping over comparisons; null if far. */
function neighbour(s: Scan, i: number, dir: 1 | -1, stop: Element | null): number | null {
  const from = s.items[i]!.el;
  for (let j = i + dir, n = 0; j >= 0 && j < s.items.length && n < MAX_GAP; j += dir, n++) {
    const it = s.items[j]!;
    if (!near(from, it.el, stop)) return null;
    if (it.kind === 'label' || it.kind === 'figure') return j;
  }
  return null;
}

/**
 * Whether labels come before their figures here: walk back over the alternating run of labels
 * and figures this one belongs to. "Orders: 87 Refunds: 3" starts with a label; "<b>1,234</b>
 * visits, <b>987</b> unique visitors" with a figure, so "visits" belongs to 1,234, not to 987.
 * Null right after another figure ("3 · 1%" in a list row, then a "More" button): such a run
 * pairs nothing with text.
 */
function labelsLead(s: Scan, i: number, stop: Element | null): boolean | null {
  let first = i;
  let expect = 'label';
  for (let n = 0, j = neighbour(s, i, -1, stop); j !== null && n < MAX_RUN; n++) {
    if (s.items[j]!.kind !== expect) {
      if (first === i) return null;
      break;
    }
    first = j;
    expect = expect === 'label' ? 'figure' : 'label';
    j = neighbour(s, j, -1, stop);
  }
  return s.items[first]!.kind === 'label';
}

/** Same tree, meeting within MAX_UP levels of `a`, and inside `stop` when given. */
function near(a: Element, b: Element, stop: Element | null): boolean {
  if (a.getRootNode() !== b.getRootNode() || (stop && !stop.contains(b))) return false;
  const up: Element[] = [];
  for (let e: Element | null = a; e && up.length <= MAX_UP; e = e.parentElement) up.push(e);
  for (let e: Element | null = b, n = 0; e && n <= MAX_UP + 3; e = e.parentElement, n++) {
    if (up.includes(e)) return true;
  }
  return false;
}
