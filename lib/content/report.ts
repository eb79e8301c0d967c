/**
 * What the content script sends: the page's figures as its reader sees them, plus the figures
 * the user tracks on this site, each found again by its locator — or the reason it was not.
 * Type-only imports from the protocol keep zod out of this bundle.
 */
import {
  buildLocator,
  locatorKey,
  resolveLocator,
  scan,
  type Locator,
  type Scan,
} from '../locator';
import { inBounds } from '../goals/limits';
import { normLabel } from '../locator/norm';
import type { PageFigure, TrackedResult } from '../messaging/schemas';
import type { PageRead } from '../readers/types';

export interface PageReport {
  read: PageRead | null;
  tracked: TrackedResult[];
}

export interface TrackerRef {
  id: string;
  locator: Locator;
}

/** `readPage` narrows to the readers of one content script (lib/content/run.ts). */
export function readReport(
  doc: Document,
  url: URL,
  trackers: TrackerRef[],
  readPage: (doc: Document, url: URL) => PageRead | null,
): PageReport | null {
  const page = readPage(doc, url);
  // A figure Pacer cannot store (beyond ±1e15) is left out here: sent, it would have the
  // background refuse the whole report (issue 10, defect 4).
  const read = page && {
    ...page,
    figures: page.figures.filter((f) => inBounds(f.value) && inBounds(f.precision)),
  };
  // One scan of the page for all of its tracked figures.
  let s: Scan | undefined;
  const tracked = trackers.map((t): TrackedResult => {
    const r = resolveLocator(doc, t.locator, (s ??= scan(doc)));
    const figure = r.ok ? figureOf(t.locator, r) : null;
    if (!r.ok) return { trackerId: t.id, ok: false, reason: r.reason };
    return figure && inBounds(figure.value) && inBounds(figure.precision)
      ? { trackerId: t.id, ok: true, figure }
      : { trackerId: t.id, ok: false, reason: 'not-a-figure' };
  });
  const hasFigures = !!read && read.figures.length > 0;
  return hasFigures || tracked.length ? { read: hasFigures ? read : null, tracked } : null;
}

/** Values and periods identify a report; label wording alone does not. */
export function reportSignature(r: PageReport): string {
  const figures = (r.read?.figures ?? []).map((f) => `${f.key}=${f.value}${f.unit}`).sort();
  const tracked = r.tracked.map((t) =>
    t.ok ? `${t.trackerId}=${t.figure.value}` : `${t.trackerId}!${t.reason}`,
  );
  return [
    r.read?.source,
    r.read?.scope,
    r.read?.period?.start,
    r.read?.period?.end,
    ...figures,
    ...tracked,
  ].join('|');
}

/**
 * The label as the page writes it ("MRR", not the stored "mrr"): the nearest text around the
 * figure that normalises to the locator's label. Falls back to the stored form. A table cell is
 * named by its row and its column, in the page's words: "Google · Visitors".
 */
function displayLabel(locator: Locator, element: Element | undefined): string {
  if (!locator.label) return locator.sample;
  if (locator.relation !== 'row-header') return pageText(locator.label, element, 6);
  // The column header may sit a few wrappers above the row (div tables).
  return locator.label
    .split(' › ')
    .map((part) => pageText(part, element, 10))
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
  return {
    key: locatorKey(locator),
    label: displayLabel(locator, r.element).slice(0, 200),
    value: r.value,
    unit: r.unit,
    ...(r.currency ? { currency: r.currency } : {}),
    precision: r.precision,
    text: r.text.slice(0, 200),
  };
}

/** The figure the user right-clicked: its locator, and the figure as it reads now. */
export function pickFigure(
  doc: Document,
  target: Element | null,
): { locator: Locator; figure: PageFigure } | null {
  if (!target) return null;
  const locator = buildLocator(target);
  if (!locator) return null;
  const r = resolveLocator(doc, locator);
  // A figure that its own locator cannot find again would be lost on the next visit: refuse now.
  if (!r.ok) return null;
  return { locator, figure: figureOf(locator, r) };
}
