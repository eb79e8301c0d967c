/**
 * What a table cell's figure is called, for the generic reader: its row label (the row's first
 * text cell) or its column header (the nearest header row above, by column, colspans counted),
 * both when the row holds several figures ("Viewed traffic · Unique visitors" in awstats'
 * summary). Never a figure from a rank or
 * index column ("#", "Rank", a first column of 1, 2, 3…) — webalizer's "URL 1" was one — and
 * never a figure with neither a row label nor a header: a bare number in a table is anyone's.
 *
 * Tables with a header row and more than a few data rows are listings ("Top 30 of 45 Total
 * URLs"): their figures carry the table's title as `group`, so the side panel can show the
 * headline figures first and fold the rows.
 */
import { textOf } from './dom';
import { classify, parentOf } from './generic-walk';

export interface CellLabel {
  label: string;
  /** The listing the cell belongs to; absent for summary tables (headline figures). */
  group?: string;
}

// Column headers of ranks and row numbers, and of dates (a "Year" column holds years).
const RANK = /^(?:#|no\.?|nr\.?|n°|rank|pos\.?|순위|번호|順位|番号)$/i;
export const DATE_WORD =
  /^(?:year|month|date|day|week|hour|time|jahr|monat|datum|tag|woche|stunde|zeit|연도|년|월|일|일자|날짜|주|시간|年|月|日|日付|週|時間)$/i;
// Listings need this many data rows under a header to be folded.
const LISTING_ROWS = 4;

export function cellOf(el: Element): Element | null {
  for (let e: Element | null = el, up = 0; e && up <= 3; e = parentOf(e), up++) {
    if (e.tagName === 'TD' || e.tagName === 'TH') return e;
  }
  return null;
}

function labelText(shape: TableShape, cell: Element | undefined, locale?: string) {
  const c = cell ? classify(textIn(shape, cell), locale) : null;
  return c?.kind === 'label' ? c.text : null;
}

const span = (c: Element) => Math.max(1, Number(c.getAttribute('colspan')) || 1);

/** The cell covering column `col` of `row`, colspans counted. */
function cellAt(row: Element, col: number): Element | undefined {
  let at = 0;
  for (const c of Array.from(row.children)) {
    at += span(c);
    if (at > col) return c;
  }
  return undefined;
}

function colOf(cell: Element): number {
  let col = 0;
  for (let c = cell.previousElementSibling; c; c = c.previousElementSibling) col += span(c);
  return col;
}

type RowKind = 'title' | 'header' | 'data' | 'other';

/**
 * A title row is one label across the table; a header row has only labels (or th cells); a
 * data row has figures (how many: a row with several is a matrix, named by row and column).
 */
function kindOf(shape: TableShape, row: Element, locale?: string): [RowKind, number] {
  let cells = 0;
  let spanned = false;
  let figures = 0;
  let labels = 0;
  // Each cell's text is read and classified once (a table is looked at on every read).
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
    const text = textIn(shape, c);
    if (!text) continue;
    if (++cells === 1) spanned = span(c) > 1;
    const kind = classify(text, locale)?.kind;
    // "<b>4,402</b><br />(4.94 visits/visitor)": the figure is the cell's first part.
    const first = kind === 'figure' ? null : c.firstElementChild;
    if (kind === 'figure' || (first && classify(textOf(first), locale)?.kind === 'figure'))
      figures++;
    else if (c.tagName === 'TH' || kind === 'label') labels++;
  }
  if (cells === 0) return ['other', 0];
  if (cells === 1 && spanned) return ['title', 0];
  if (figures) return ['data', figures];
  return [labels > 1 && labels === cells ? 'header' : 'other', 0];
}

export interface TableShape {
  kinds: Map<Element, RowKind>;
  figures: Map<Element, number>;
  rows: Element[];
  /** Each data row's block (see `headerOf`), and each listing header's group: found once. */
  blocks: Map<Element, Block>;
  groups: Map<Element, string>;
  /** Cells' text (`textOf`), read once per read: the rules look at a cell several times. */
  texts: Map<Element, string>;
}

function textIn(shape: TableShape, el: Element): string {
  let text = shape.texts.get(el);
  if (text === undefined) shape.texts.set(el, (text = textOf(el)));
  return text;
}

/** Tables seen during one read (a page changes between reads: never kept longer). */
export type TableCache = Map<Element, TableShape>;

function shapeOf(table: Element, shapes: TableCache, locale?: string): TableShape {
  let s = shapes.get(table);
  if (!s) {
    const rows = Array.from(table.querySelectorAll('tr')).filter(
      (r) => r.closest('table') === table,
    );
    const shape: TableShape = {
      rows,
      kinds: new Map(),
      figures: new Map(),
      blocks: new Map(),
      groups: new Map(),
      texts: new Map(),
    };
    for (const r of rows) {
      const [kind, figures] = kindOf(shape, r, locale);
      shape.kinds.set(r, kind);
      shape.figures.set(r, figures);
    }
    shapes.set(table, (s = shape));
  }
  return s;
}

interface Block {
  header: Element | null;
  title: string | null;
  dataRows: number;
}

/**
 * The header row above `row` in its block (title rows split a table into blocks), the block's
 * title, and how many data rows the block has under its header.
 */
function headerOf(shape: TableShape, row: Element): Block {
  const known = shape.blocks.get(row);
  if (known) return known;
  const { rows, kinds } = shape;
  const at = rows.indexOf(row);
  let start = at;
  while (start > 0 && kinds.get(rows[start - 1]!) !== 'title') start--;
  let header: Element | null = null;
  for (let j = at - 1; j >= start && !header; j--)
    if (kinds.get(rows[j]!) === 'header') header = rows[j]!;
  let dataRows = 0;
  for (let j = header ? rows.indexOf(header) : start; j < rows.length; j++) {
    const k = kinds.get(rows[j]!);
    if (k === 'title') break;
    if (k === 'data') dataRows++;
  }
  const title = start > 0 ? textIn(shape, rows[start - 1]!) : null;
  const block = { header, title, dataRows };
  shape.blocks.set(row, block);
  return block;
}

/** A row's own name: its first cell (other than `except`) that is text, not a figure. */
function rowLabelOf(shape: TableShape, row: Element, except: Element, locale?: string) {
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
    if (c === except) continue;
    const text = textIn(shape, c);
    const k = text && text.length <= 90 ? classify(text, locale)?.kind : 'figure';
    // "Viewed traffic *": a footnote mark is not part of the name.
    if (k !== 'figure' && k !== 'comparison' && k !== undefined)
      return text.replace(/\s*[:：*]+$/, '');
    if (k === undefined && text && !/^\d{1,3}\.?$/.test(text)) return text; // "/", "203.0.113.5"
  }
  return null;
}

/**
 * The heading a listing table sits under: its caption, else the nearest heading or short title
 * row before it (awstats puts "Monthly history" in a row of an outer table).
 */
function tableTitle(table: Element): string | null {
  const caption = textOf(table.querySelector('caption'));
  if (caption) return caption;
  for (let e: Element | null = table, up = 0; e && up < 4; e = e.parentElement, up++) {
    for (let s = e.previousElementSibling, n = 0; s && n < 3; s = s.previousElementSibling, n++) {
      const h = /^H[1-6]$/.test(s.tagName) ? s : s.querySelector('h1, h2, h3, h4, h5, h6');
      const text = textOf(h ?? (s.tagName === 'TR' ? s : null));
      if (text && text.length <= 80) return text;
    }
  }
  return null;
}

/**
 * The label of the figure in `cell`, or null when it has none a person would read it by (or
 * sits in a rank, index or date column).
 */
export function cellLabel(cell: Element, cache: TableCache, locale?: string): CellLabel | null {
  const row = cell.parentElement;
  const table = row?.closest('table');
  if (!row || !table) return null;
  const col = colOf(cell);
  const first = row.firstElementChild!;
  const shape = shapeOf(table, cache, locale);
  const { header, title, dataRows } = headerOf(shape, row);
  const head = header ? cellAt(header, col) : undefined;
  const headText = head ? textIn(shape, head) : '';
  if (RANK.test(headText) || DATE_WORD.test(headText)) return null;
  // No header: a first column of small whole numbers is a rank.
  if (!head && first === cell && /^\d{1,3}\.?$/.test(textIn(shape, cell))) return null;
  const listing = !!header && dataRows >= LISTING_ROWS;
  const rowLabel = rowLabelOf(shape, row, cell, locale);
  const colLabel = labelText(shape, head, locale);
  // A listing's row without a name of its own ("1 | 8215 | …") says nothing about the site.
  if (listing && !rowLabel) return null;
  // One figure in the row: its row names it, as a "Visitors | 1,234" list does. Several (a
  // matrix: awstats' "Viewed traffic | 890 | 4,402 | …"): the row and the column.
  const matrix = (shape.figures.get(row) ?? 0) > 1;
  const label =
    rowLabel && colLabel
      ? matrix
        ? `${rowLabel} · ${colLabel}`
        : rowLabel
      : (rowLabel ?? colLabel);
  if (!label) return null;
  if (header && dataRows >= LISTING_ROWS) {
    // The same for every row under this header (a header's block has one title).
    let group = shape.groups.get(header);
    if (group === undefined) {
      group =
        title ??
        tableTitle(table) ??
        Array.from(header.children, (c) => textIn(shape, c))
          .filter(Boolean)
          .join(' · ');
      shape.groups.set(header, group);
    }
    return { label, group };
  }
  return { label };
}
