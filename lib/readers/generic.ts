/**
 * The generic, label-anchored reader for pages the user enabled (source `custom`). It knows no
 * markup: it pairs each figure with the label a person would read it by.
 *
 * Pairing, in order: a table cell takes its row label (first cell) or, when the row has none,
 * its column header (the cell above); anything else takes the nearest unused label before or
 * after it, "nearest" meaning the deepest common ancestor (same card beats same page), ties to
 * the label before. That covers label-above-value cards, "Visitors: 1,234", and value-first
 * sentences ("<strong>1,234</strong> visits, <strong>987</strong> unique visitors").
 * Comparisons (arrows, "+12%", "vs.", "previous period", change badges) are never values.
 */
import { parseDateRangeText } from '../parse';
import { docLocale, makeFigure, slugify, textOf } from './dom';
import {
  arrowBeside,
  classify,
  COMPARISON_HOOK,
  parentOf,
  walkNear,
  type Item,
} from './generic-walk';
import type { DateRange } from '../parse/types';
import type { PageFigure, PageRead } from './types';

// How far up a label and its figure may meet (card → grid → section is already too far).
const MAX_LCA_UP = 5;
// How many text items apart a label and its figure may be.
const MAX_ITEM_GAP = 4;
const MAX_FIGURES = 60;
// Raw-value attributes, in trust order: data-value is meant for machines, a title for people.
const RAW_ATTRS = ['data-value', 'data-raw-value', 'title', 'data-tooltip', 'aria-label'];

/** `el` and its ancestors (across shadow roots), up to `n` levels above it. */
function ancestors(el: Element, n: number, out: Element[] = []): Element[] {
  out.length = 0;
  for (let e: Element | null = el; e && out.length <= n; e = parentOf(e)) out.push(e);
  return out;
}

/** Levels above the figure (its ancestors `up`) where it meets `other`, or Infinity. */
function meetLevel(up: readonly Element[], other: Element): number {
  for (let e: Element | null = other, i = 0; e && i <= MAX_LCA_UP + 3; e = parentOf(e), i++) {
    const at = up.indexOf(e);
    if (at >= 0) return at;
  }
  return Infinity;
}

/** "vs. <b>1,020</b>": comparison words that wrap the figure (a badge beside it does not). */
function wraps(n: Item | undefined, it: Item): boolean {
  return n?.kind === 'comparison' && (n.el === it.el || n.el.contains(it.el));
}

/** A change badge or previous-period value, judged by its neighbours and its markup. */
function isComparison(items: Item[], i: number): boolean {
  const it = items[i]!;
  if (wraps(items[i - 1], it) || wraps(items[i + 1], it)) return true;
  for (let e: Element | null = it.el, up = 0; e && up <= 2; e = parentOf(e), up++) {
    const hook = `${e.id} ${e.getAttribute('class') ?? ''} ${e.getAttribute('data-testid') ?? ''}`;
    if (COMPARISON_HOOK.test(hook)) return true;
  }
  // An unsigned percentage beside an arrow icon (Umami's badge: direction only in the svg), in
  // its own small container: a KPI card with an icon in its header is not a badge.
  return it.figure?.unit === 'percent' && arrowBeside(it.el);
}

function cellOf(el: Element): Element | null {
  for (let e: Element | null = el, up = 0; e && up <= 3; e = parentOf(e), up++) {
    if (e.tagName === 'TD' || e.tagName === 'TH') return e;
  }
  return null;
}

function cellLabel(cell: Element | undefined, locale?: string): string | null {
  const c = cell ? classify(textOf(cell), locale) : null;
  return c?.kind === 'label' ? c.text : null;
}

/** Row label (first cell) or column header (same column, one row up). */
function tableLabel(cell: Element, locale?: string): string | null {
  const row = cell.parentElement;
  if (!row) return null;
  const cells = Array.from(row.children);
  const idx = cells.indexOf(cell);
  const rowLabel = idx > 0 ? cellLabel(cells[0], locale) : null;
  if (rowLabel) return rowLabel;
  let above = row.previousElementSibling;
  if (!above) above = row.parentElement?.previousElementSibling?.lastElementChild ?? null; // tbody → thead
  return above ? cellLabel(above.children[idx], locale) : null;
}

function rawOf(el: Element): string | null {
  for (let e: Element | null = el, up = 0; e && up <= 1; e = parentOf(e), up++) {
    for (const a of RAW_ATTRS) {
      const v = e.getAttribute(a);
      if (v && /^\s*-?\d+(?:\.\d+)?\s*$/.test(v)) return v;
    }
  }
  return null;
}

const scratch: Element[] = [];

function labelFor(items: Item[], i: number, used: Set<number>): number | null {
  const up = ancestors(items[i]!.el, MAX_LCA_UP, scratch);
  let best: number | null = null;
  let bestLevel = Infinity;
  for (let dir = -1; dir <= 1; dir += 2) {
    for (
      let j = i + dir, steps = 0;
      j >= 0 && j < items.length && steps < MAX_ITEM_GAP;
      j += dir, steps++
    ) {
      const it = items[j]!;
      if (it.kind === 'figure') break; // another figure in between owns what lies beyond
      if (it.kind !== 'label' || used.has(j)) continue;
      const level = meetLevel(up, it.el);
      if (level < bestLevel) [best, bestLevel] = [j, level];
      break;
    }
  }
  return bestLevel <= MAX_LCA_UP ? best : null;
}

export function readGeneric(doc: Document, url: URL, now: Date): PageRead | null {
  const locale = docLocale(doc);
  // Every rule below looks at most MAX_ITEM_GAP items away from a figure or a date.
  const items = walkNear(doc, locale, MAX_ITEM_GAP + 1);
  // Mark comparison figures first, so label search steps over them like over badges; dates
  // ("1 May - 14 May 2024" under a Plausible value) are the period, never a figure's name.
  const period = markDates(items, now, locale);
  for (let i = 0; i < items.length; i++) {
    if (items[i]!.kind === 'figure' && isComparison(items, i)) items[i]!.kind = 'comparison';
  }
  const used = new Set<number>();
  const figures: PageFigure[] = [];
  const keys = new Set<string>();
  for (let i = 0; i < items.length && figures.length < MAX_FIGURES; i++) {
    const it = items[i]!;
    if (it.kind !== 'figure') continue;
    const cell = cellOf(it.el);
    let label = cell ? tableLabel(cell, locale) : null;
    if (!label) {
      const j = labelFor(items, i, used);
      if (j === null) continue;
      used.add(j);
      label = items[j]!.text;
    }
    const key = slugify(label);
    // Repeated labels (mobile and desktop copies, legends, sticky headers): the first one wins.
    if (!key || keys.has(key)) continue;
    const fig = makeFigure(key, label, it.text, locale, rawOf(it.el), 'if-consistent', it.figure);
    if (!fig) continue;
    keys.add(key);
    figures.push(fig);
  }
  if (figures.length === 0) return null;
  return { source: 'custom', scope: url.hostname || 'local', period, figures };
}

/**
 * Turns date-like labels into `date` items and returns the first range shown. A range split
 * over two elements ("<span>01/May/2024</span> — <span>14/May/2024</span>") is joined first.
 */
function markDates(items: Item[], now: Date, locale?: string): DateRange | null {
  let found: DateRange | null = null;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (
      it.kind !== 'label' ||
      (!/\d/.test(it.text) && !/\b(?:last|this|today|yesterday)\b/i.test(it.text))
    )
      continue;
    const r = parseDateRangeText(it.text, now, locale);
    if (!r) continue;
    it.kind = 'date';
    const next = items[i + 1];
    const joined =
      r.start === r.end &&
      next?.kind === 'label' &&
      meetLevel(ancestors(it.el, MAX_LCA_UP), next.el) <= 1
        ? parseDateRangeText(`${it.text} – ${next.text}`, now, locale)
        : null;
    if (joined) {
      next!.kind = 'date';
      i++;
    }
    found ??= joined ?? r;
  }
  return found;
}

/*
 * Verified against: hand-written layouts in test/readers/generic.test.ts (cards, label then
 * bare text, value-first sentences, header/row tables, shadow DOM, comparisons, duplicates)
 * and the Umami/Plausible/Matomo/GoAccess fixtures. A heuristic: expect misses on unusual pages.
 */
