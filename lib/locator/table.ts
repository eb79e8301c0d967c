/**
 * Table relations: the row's first cell and the column header of a figure's cell. Headers are
 * found once per table (the nearest row of labels above) and kept in the scan cache.
 */
import { textOf } from '../readers/dom';
import { classify } from '../readers/generic-walk';
import { normLabel, usable } from './norm';
import { figsUnder, type Scan } from './scan';

export function cellOf(el: Element): Element | null {
  for (let e: Element | null = el, up = 0; e && up <= 3; e = e.parentElement, up++) {
    if (e.tagName === 'TD' || e.tagName === 'TH') return e;
  }
  return null;
}

export interface TablePos {
  row: string | null;
  head: string | null;
}

export function table(s: Scan, cell: Element): TablePos {
  const row = cell.parentElement;
  if (!row || row.tagName !== 'TR') return { row: null, head: null };
  const cells = Array.from(row.children);
  const first = cells[0];
  const rowLabel = first && first !== cell ? cellLabel(s, first, true) : null;
  const tableEl = row.closest('table');
  const labels = tableEl ? headers(s, tableEl).get(row) : undefined;
  const head = labels?.[column(cell)] ?? null;
  return { row: rowLabel, head };
}

function cellLabel(s: Scan, cell: Element, rowHead = false): string | null {
  const text = textOf(cell);
  const c = classify(text, s.locale);
  if (c?.kind === 'label') return usable(s, c.text);
  // Pages are rows too: "/" and "/pricing" have no letters but name the row as well as any word.
  return rowHead && !c && text.length <= 100 && text.includes('/') ? normLabel(text) : null;
}

/** Visual column, counting colspans before the cell. */
function column(cell: Element): number {
  let col = 0;
  for (let c = cell.previousElementSibling; c; c = c.previousElementSibling) col += span(c);
  return col;
}

function span(c: Element): number {
  return Math.max(1, Math.min(50, Number(c.getAttribute('colspan')) || 1));
}

/**
 * Each row's column labels: those of the nearest header row above it, a header row being one
 * with no figure and at least two labelled cells (a one-cell group row, "Mobile", is not).
 * GoAccess puts min/max/avg rows in <thead> under the labels, so "last <thead> row" would not do.
 * Computed once per table and cached.
 */
function headers(s: Scan, tableEl: Element): Map<Element, (string | null)[]> {
  const hit = s.cache.get(tableEl) as Map<Element, (string | null)[]> | undefined;
  if (hit) return hit;
  const out = new Map<Element, (string | null)[]>();
  let current: (string | null)[] | null = null;
  for (const row of rowsOf(tableEl)) {
    if (current) out.set(row, current);
    if (figsUnder(s, row) > 0) continue;
    const labels: (string | null)[] = [];
    for (const c of Array.from(row.children)) {
      const label = cellLabel(s, c);
      for (let k = 0; k < span(c); k++) labels.push(label);
    }
    if (new Set(labels.filter(Boolean)).size >= 2) current = labels;
  }
  s.cache.set(tableEl, out);
  return out;
}

function rowsOf(tableEl: Element): Element[] {
  const rows: Element[] = [];
  for (const k of Array.from(tableEl.children)) {
    if (k.tagName === 'TR') rows.push(k);
    else if (/^T(?:HEAD|BODY|FOOT)$/.test(k.tagName)) {
      for (const r of Array.from(k.children)) if (r.tagName === 'TR') rows.push(r);
    }
  }
  return rows;
}
