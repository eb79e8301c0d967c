/**
 * "Track this number" in the page: find the figures the user tracks again by their locators, and
 * describe the figure the user right-clicked or picked. Loaded on demand (lib/content/parts.ts,
 * entrypoints/part-locator.ts): only pages with trackers and the user's own actions need it.
 * Type-only imports from the protocol keep zod out of this bundle.
 */
import { inBounds } from '../goals/limits';
import {
  buildLocator,
  GRID_HEADER_REACH,
  locatorKey,
  resolveLocator,
  scan,
  type Locator,
  type Scan,
} from '../locator';
import { normLabel } from '../locator/norm';
import type { PageFigure, TrackedResult } from '../messaging/schemas';
import { unknownRounding } from '../locator/rounding';

export interface TrackerRef {
  id: string;
  locator: Locator;
}

export interface Picked {
  locator: Locator;
  figure: PageFigure;
}

/** Each tracker's figure as the page shows it now, or why it was not found (one scan for all). */
export function trackAll(doc: Document, trackers: readonly TrackerRef[]): TrackedResult[] {
  let s: Scan | undefined;
  return trackers.map((t): TrackedResult => {
    const r = resolveLocator(doc, t.locator, (s ??= scan(doc)));
    if (!r.ok) return { trackerId: t.id, ok: false, reason: r.reason };
    const figure = figureOf(t.locator, r);
    // A figure Pacer cannot store (beyond ±1e15) is not a figure (issue 10, defect 4).
    return inBounds(figure.value) && inBounds(figure.precision)
      ? { trackerId: t.id, ok: true, figure }
      : { trackerId: t.id, ok: false, reason: 'not-a-figure' };
  });
}

/** The figure the user right-clicked: its locator, and the figure as it reads now. */
export function pickFigure(doc: Document, target: Element | null): Picked | null {
  if (!target) return null;
  const locator = buildLocator(target);
  if (!locator) return null;
  const r = resolveLocator(doc, locator);
  // A figure that its own locator cannot find again would be lost on the next visit: refuse now.
  if (!r.ok) return null;
  return { locator, figure: figureOf(locator, r) };
}

/**
 * The label as the page writes it ("MRR", not the stored "mrr"): the nearest text around the
 * figure that normalises to the locator's label. Falls back to the stored form. A table cell is
 * named by its row and its column, in the page's words: "Google · Visitors".
 */
function displayLabel(locator: Locator, element: Element | undefined): string {
  if (!locator.label) return locator.sample;
  if (locator.relation !== 'row-header') return pageText(locator.label, element, 6);
  // The column header may sit a few wrappers above the row (div tables): as far as grid.ts looks
  // for it (Plausible v3's header row is 10 levels above the figure).
  return locator.label
    .split(' › ')
    .map((part) => pageText(part, element, GRID_HEADER_REACH + 1))
    .join(' · ');
}

function pageText(label: string, element: Element | undefined, maxDepth: number): string {
  let node: Element | null = element ?? null;
  for (let depth = 0; node && depth < maxDepth; depth++, node = node.parentElement) {
    const walker = node.ownerDocument.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const raw = t.nodeValue ?? '';
      if (normLabel(raw) === label)
        return raw
          .replace(/\s+/g, ' ')
          .trim()
          .replace(/[:：,]$/, '');
    }
  }
  return label;
}

function figureOf(
  locator: Locator,
  r: {
    element?: Element;
    value: number;
    unit: PageFigure['unit'];
    currency?: string;
    precision: number;
    text: string;
  },
): PageFigure {
  // The page's own rounding rule is unknown here: a shortened "4.6k" may be floored or rounded.
  const { value, precision } = unknownRounding(r.value, r.precision, r.text);
  return {
    key: locatorKey(locator),
    label: displayLabel(locator, r.element).slice(0, 200),
    value,
    unit: r.unit,
    ...(r.currency ? { currency: r.currency } : {}),
    precision,
    text: r.text.slice(0, 200),
  };
}
