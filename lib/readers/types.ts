/**
 * The reader contract (docs/architecture.md, lib/readers). Plain types only: readers run in the content
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
  /** The readers to try, in order. Defaults to every reader. */
  readers?: readonly Reader[];
}

/**
 * Where a reader runs. Its file (`lib/readers/<id>.ts`, exporting `reader`) is its only
 * registration: the content scripts, the manifest's hosts and the background's identity rules
 * are built from these fields (scripts/readers-catalog.mjs, docs/architecture.md "Readers").
 */
export interface ReaderRegistration {
  /** Source id; equals the reader's file name (`lib/readers/<id>.ts`). */
  id: string;
  /** Match patterns of the hosted dashboard; empty for self-hosted only. */
  matches: string[];
  /** The content script that carries it on those hosts: `entrypoints/<script>.content.ts`. */
  script?: string;
  /**
   * Known by its markup on sites the user enabled: its rank in the sites script's detection order
   * (lower first). The sites script carries only its exported `detect`; the reader itself is the
   * on-demand part `entrypoints/part-<id>.ts` (lib/content/parts.ts).
   */
  sites?: number;
}

export interface Reader extends ReaderRegistration {
  /** Cheap check: is this page one of ours? Must not throw. */
  detect(doc: Document, url: URL): boolean;
  /** Read figures; return null when the page is ours but shows nothing readable yet. */
  read(doc: Document, url: URL, now: Date): PageRead | null;
}

/** A reader's id and detector only: the sites script's view of a self-hosted reader. */
export type Detector = Pick<Reader, 'id' | 'detect'>;
