/**
 * "Track this number" locators: plain types only, because locators are built and resolved in the
 * content script (no zod there). The background validates stored locators with its own schema.
 */
import type { FigureUnit } from '../parse/types';

/**
 * How the label relates to its value. Two families, which matter when resolving: a label may move
 * between the "near" relations when a page is restyled (a `<dl>` becomes cards), but a table
 * header is never confused with a card title of the same text.
 * - `aria`: `aria-label` / `aria-labelledby` on the value or its one-figure parent.
 * - `header-cell`: the column header (same visual column) of the value's table cell.
 * - `row-cell`: the first cell of the value's row.
 * - `row-header`: both, as `row › column`: any table with a row name and a column header, also
 *   one drawn with `<div>`s (grid.ts). Never resolved by position: a re-ranked row is another.
 * - `same-card`: the first label in the nearest ancestor that holds no other figure.
 * - `previous-text` / `next-text`: the label item just before / after ("Orders: 87",
 *   "<b>1,234</b> visits").
 */
export type Relation =
  'aria' | 'header-cell' | 'row-cell' | 'row-header' | 'same-card' | 'previous-text' | 'next-text';

export interface Locator {
  version: 1;
  /** Label text near the figure, normalised (trimmed, collapsed whitespace, lowercased). */
  label: string | null;
  /** How the label relates to the value; null when there is no label. */
  relation: Relation | null;
  /**
   * Structural fallback: `tag.class:nth-of-type(n)` steps joined by ` > `, starting at `body`,
   * the nearest stable `#id`, or `:host` (top of a shadow tree); shadow boundaries are ` >>> `.
   */
  path: string;
  /** Unit seen when picked; with `sample`, the rough magnitude, to refuse a wildly different element. */
  unit: FigureUnit;
  currency?: string;
  /** Text of the value when picked (for the UI). */
  sample: string;
}

export type Resolution =
  | {
      ok: true;
      element: Element;
      value: number;
      unit: FigureUnit;
      currency?: string;
      precision: number;
      text: string;
      via: 'label' | 'path';
    }
  | { ok: false; reason: 'not-found' | 'ambiguous' | 'not-a-figure' | 'unit-changed' };
