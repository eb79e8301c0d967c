/**
 * The generic, label-anchored reader for pages the user enabled (source `custom`). It knows no
 * markup: it pairs each figure with the label a person would read it by.
 *
 * Pairing, in order: a table cell is named by its row and its column header
 * (generic-table.ts), never by a word nearby; anything else takes the nearest unused label
 * before or after it, "nearest" meaning the deepest common ancestor (same card beats same
 * page), ties to the label before. That covers label-above-value cards, "Visitors: 1,234", and
 * value-first sentences ("<strong>1,234</strong> visits, <strong>987</strong> unique visitors").
 * Comparisons (arrows, "+12%", "vs.", "previous period", change badges) are never values; a unit
 * in its own element after a number ("1,284,500<span>원</span>") belongs to the number; years
 * beside month names and clock times beside dates are dates. Headline figures come first,
 * listings' rows after them with their `group`.
 */
import { parseDateRangeText, parseFigure } from '../parse';
import { docLocale, makeFigure, slugify, textOf } from './dom';
import { cellLabel, cellOf, DATE_WORD, type TableCache } from './generic-table';
import { arrowBeside, COMPARISON_HOOK, parentOf, walkNear, type Item } from './generic-walk';
import { makeDay, monthEnd, range, yearEnd, yearStart } from '../parse/calendar';
import { parseDayText } from '../parse/day-text';
import type { DateRange } from '../parse/types';
import type { PageFigure, PageRead } from './types';

// How far up a label and its figure may meet (card → grid → section is already too far).
const MAX_LCA_UP = 5;
// How many text items apart a label and its figure may be.
const MAX_ITEM_GAP = 4;
const MAX_FIGURES = 60;
// Figures looked at before the headline ones are put first and the list is cut to MAX_FIGURES.
const MAX_CANDIDATES = 200;
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
    const it = items[i]!;
    if (it.kind !== 'figure') continue;
    if (isComparison(items, i)) it.kind = 'comparison';
    else if (isDatePart(items, i)) it.kind = 'date';
    else joinUnit(items, i, locale);
  }
  const used = new Set<number>();
  const headline: PageFigure[] = [];
  const listed: PageFigure[] = [];
  const keys = new Set<string>();
  const tables: TableCache = new Map();
  for (let i = 0; i < items.length && headline.length + listed.length < MAX_CANDIDATES; i++) {
    const it = items[i]!;
    if (it.kind !== 'figure') continue;
    const cell = cellOf(it.el);
    // In a table the row and column name a figure; a nearby word never does (a rank's "URL 1").
    const named = cell ? cellLabel(cell, tables, locale) : null;
    let label = named?.label ?? null;
    if (!cell) {
      const j = labelFor(items, i, used);
      if (j === null) continue;
      used.add(j);
      label = items[j]!.text;
    }
    if (!label || (YEAR.test(it.text) && isDateWord(label))) continue; // "Jan" = 2026
    const key = slugify(label);
    // Repeated labels (mobile and desktop copies, legends, sticky headers): the first one wins.
    if (!key || keys.has(key)) continue;
    const fig = makeFigure(key, label, it.text, locale, rawOf(it.el), 'if-consistent', it.figure);
    if (!fig) continue;
    keys.add(key);
    if (named?.group) listed.push({ ...fig, group: named.group });
    else headline.push(fig);
  }
  // Headline figures first, then the listings' rows in page order (the side panel folds them).
  const figures = [...headline, ...listed].slice(0, MAX_FIGURES);
  if (figures.length === 0) return null;
  return { source: 'custom', scope: url.hostname || 'local', period, figures };
}

// A bare year: "2026" beside "Jan" in awstats' monthly history is a date, not 2,026 visits.
const YEAR = /^(?:19|20)\d\d$/;
// Clock times ("23:59") read as durations; beside a date they are a time of day.
const CLOCK = /^\d{1,2}:\d\d(?::\d\d)?$/;
const MONTH =
  /^(?:jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz])[a-zä]*\.?$|^\d{1,2} ?[월月]$/i;

const isDateWord = (text: string) => MONTH.test(text) || DATE_WORD.test(text);

const UPDATED = /updat|generat|aktualis|erstellt|업데이트|생성|更新|\btime\b|\bzeit\b/i;

/** A year beside a month name ("Jan<br>2026"), or a clock time beside a date or "Updated". */
function isDatePart(items: Item[], i: number): boolean {
  const it = items[i]!;
  const year = YEAR.test(it.text);
  // Most figures are neither: look at no ancestors for them.
  if (!year && !CLOCK.test(it.text)) return false;
  const up = ancestors(it.el, 2, []);
  const beside = (n: Item | undefined): n is Item => !!n && meetLevel(up, n.el) <= 1;
  if (year) {
    return [items[i - 1], items[i + 1]].some((n) => beside(n) && isDateWord(n.text));
  }
  const before = items[i - 1];
  return beside(before) && (before.kind === 'date' || UPDATED.test(before.text));
}

// Units a page writes in their own element after the number: counters join as counts, the
// rest is parsed with the number ("1,284,500" + "원" is ₩1,284,500; "87" + "%" is 87%).
const COUNTER = /^(?:건|명|회|개|件|人|回|個|次|Stk\.?)$/;
const UNIT = /^(?:%|ms|s|원|円|€|\$|£|¥|₩|[A-Z]{3})$/;

/** The text right after a figure's own text, when it is a unit in an element of its own. */
function unitAfter(el: Element, text: string): { unit: string; space: string } | null {
  let n: Node | null = null;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3 && (c.nodeValue ?? '').trim() === text) n = c.nextSibling;
  }
  // The figure is its element's only content: look after the element.
  if (!n && el.firstChild === el.lastChild) n = el.nextSibling;
  let space = '';
  while (n && n.nodeType === 3 && !(n.nodeValue ?? '').trim()) {
    space = ' ';
    n = n.nextSibling;
  }
  const unit = n ? textOf(n) : '';
  return unit && (COUNTER.test(unit) || UNIT.test(unit)) ? { unit, space } : null;
}

function joinUnit(items: Item[], i: number, locale?: string): void {
  const it = items[i]!;
  const after = unitAfter(it.el, it.text);
  if (!after) return;
  const { unit, space } = after;
  const f = COUNTER.test(unit)
    ? it.figure?.unit === 'count' && it.figure
    : (parseFigure(`${it.text}${unit}`, locale) ?? parseFigure(`${it.text} ${unit}`, locale));
  if (!f) return;
  it.figure = f;
  it.text = `${it.text}${space}${unit}`;
  // The unit's own item (a "label" "원") must not name the next figure.
  const next = items[i + 1];
  if (next?.text === unit) next.kind = 'unit';
}

// Words that say a date is the report's period ("Summary Period: September 2026").
const PERIOD_WORD = /period|zeitraum|statistics for|statistik für|summary|기간|통계|期間|集計/i;

/**
 * Report headings' forms that are not picker text: "Month Sep 2026", "September 2026",
 * "Year 2026", "2026년 9월", and "example.com, 01 Sep 2026 – 30 Sep 2026" (the dates after a
 * site name).
 */
function reportRange(text: string, now: Date, locale?: string): DateRange | null {
  // "Summary Period: September 2026": what follows the heading's colon.
  const colon = /^[^:：\d]{1,48}[:：]\s*/.exec(text);
  if (colon) {
    const rest = text.slice(colon[0].length);
    return parseDateRangeText(rest, now, locale) ?? reportRange(rest, now, locale);
  }
  const comma = text.lastIndexOf(', ');
  const tail = comma > 0 ? parseDateRangeText(text.slice(comma + 2), now, locale) : null;
  if (tail) return tail;
  const t = text.toLowerCase();
  const year = /^(?:year|jahr|année)?\s*(\d{4})(?:년|年)?$/.exec(t);
  if (year && /\D/.test(t))
    return range(yearStart(Date.UTC(+year[1]!, 0, 1)), yearEnd(Date.UTC(+year[1]!, 0, 1)));
  const m =
    /^(?:(?:month|monat|mois)\s+)?([a-zäéû]+)\.?\s+(\d{4})$/.exec(t) ??
    /^(\d{4})\s?[년年]\s?(\d{1,2})\s?[월月]$/.exec(t);
  if (!m) return null;
  const day = /^\d/.test(m[1]!)
    ? parseDayText(`${m[1]}-${m[2]!.padStart(2, '0')}-01`)
    : parseDayText(`1 ${m[1]} ${m[2]}`);
  const first = day?.year && day.month ? makeDay(day.year, day.month, 1) : null;
  return first === null ? null : range(first, monthEnd(first));
}

/**
 * Turns date-like labels into `date` items and returns the range the page shows: the first one
 * a report states as its period ("Reported period", "Summary Period: …"), else the first one.
 * A range split over two elements ("<span>01/May/2024</span> — <span>14/May/2024</span>") is
 * joined first.
 */
function markDates(items: Item[], now: Date, locale?: string): DateRange | null {
  let found: DateRange | null = null;
  let stated: DateRange | null = null;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (
      it.kind !== 'label' ||
      (!/\d/.test(it.text) && !/\b(?:last|this|today|yesterday)\b/i.test(it.text))
    )
      continue;
    const r = parseDateRangeText(it.text, now, locale) ?? reportRange(it.text, now, locale);
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
    if (PERIOD_WORD.test(`${items[i - 1]?.text} ${it.text}`)) stated ??= joined ?? r;
  }
  return stated ?? found;
}

/*
 * Verified against: hand-written layouts in test/readers/generic.test.ts (cards, label then
 * bare text, value-first sentences, header/row tables, shadow DOM, comparisons, duplicates),
 * test/fixtures/custom/ (AWStats 7.9- and Webalizer 2.23-shaped reports, a Korean commerce
 * dashboard, German and Japanese cards: own figures, hand-written in those tools' markup, not
 * captured) and the Umami/Plausible/Matomo/GoAccess fixtures. A heuristic: expect misses on
 * unusual pages.
 */
