/**
 * The reader contract (DESIGN.md, lib/readers). Plain types only: readers run in the content
 * script, which must stay free of zod and UI code.
 */
import type { DateRange, FigureUnit } from '../parse/types';
import type { PageBreakdown } from './breakdown';
import type { FigureView } from './view';

export interface PageFigure {
  /** Stable metric key within the source, e.g. `visitors`, `bounce_rate`. */
  key: string;
  /** The label as the dashboard shows it. */
  label: string;
  value: number;
  unit: FigureUnit;
  currency?: string;
  precision: number;
  /** The figure's text as displayed (what the user sees). */
  text: string;
  /**
   * The listing (a table with a header and several rows, e.g. "Top 30 of 45 Total URLs") the
   * figure is a row of; absent for headline figures. Readers list headline figures first.
   */
  group?: string;
}

export interface PageRead {
  source: string;
  scope: string;
  period: DateRange | null;
  figures: PageFigure[];
  /** What the figures cover when the page is filtered, segmented or realtime (see view.ts). */
  view?: FigureView | null;
  /**
   * The breakdown tables beside the headline figures (lib/readers/breakdown.ts), for readers that
   * read them; absent or empty otherwise. The generic reader never invents them.
   */
  breakdowns?: PageBreakdown[];
}

export interface ReadOptions {
  /** Read any page with the label-anchored generic reader (sites the user enabled). */
  generic?: boolean;
  /** Time of reading, for relative date ranges ("Last 30 days"). Defaults to now. */
  now?: Date;
  /** The readers to try, in order. Defaults to the registry (`READERS`). */
  readers?: readonly Reader[];
}

export interface Reader {
  /** Source id; equals the reader's file name (`lib/readers/<id>.ts`). */
  id: string;
  /** Match patterns of the hosted dashboard (also used by the meta-test); empty for self-hosted only. */
  matches: string[];
  /** Cheap check: is this page one of ours? Must not throw. */
  detect(doc: Document, url: URL): boolean;
  /** Read figures; return null when the page is ours but shows nothing readable yet. */
  read(doc: Document, url: URL, now: Date): PageRead | null;
}
