/**
 * What the content script sends: the page's figures as its reader sees them, plus the figures
 * the user tracks on this site, each found again by its locator — or the reason it was not.
 * Finding tracked figures is the locator part's work (lib/content/tracking.ts), loaded only on
 * pages with trackers (lib/content/parts.ts). Type-only imports keep zod out of this bundle.
 */
import { inBounds } from '../goals/limits';
import type { TrackedResult } from '../messaging/schemas';
import type { PageRead } from '../readers/types';
import type { TrackerRef } from './tracking';

export type { TrackerRef } from './tracking';

export interface PageReport {
  read: PageRead | null;
  tracked: TrackedResult[];
}

/**
 * `readPage` narrows to the readers of one content script (lib/content/run.ts); `track` finds
 * the trackers' figures (the locator part's `track`). Without it, tracked figures are left out of
 * this report rather than reported missing: the page was not looked at for them.
 */
export function readReport(
  doc: Document,
  url: URL,
  trackers: readonly TrackerRef[],
  readPage: (doc: Document, url: URL) => PageRead | null,
  track?: (doc: Document, trackers: readonly TrackerRef[]) => TrackedResult[],
): PageReport | null {
  const page = readPage(doc, url);
  // A figure Pacer cannot store (beyond ±1e15) is left out here: sent, it would have the
  // background refuse the whole report (issue 10, defect 4).
  const read = page && {
    ...page,
    figures: page.figures.filter((f) => inBounds(f.value) && inBounds(f.precision)),
    // The same for a breakdown table: one such row and the table is left out, not the report.
    ...(page.breakdowns && {
      breakdowns: page.breakdowns.filter((b) =>
        b.rows.every((r) => inBounds(r.value) && inBounds(r.precision)),
      ),
    }),
  };
  const tracked = trackers.length && track ? track(doc, trackers) : [];
  const hasFigures = !!read && read.figures.length > 0;
  return hasFigures || tracked.length ? { read: hasFigures ? read : null, tracked } : null;
}

/**
 * Values, periods, the view and the breakdown tables identify a report; label wording alone does
 * not. A table switched to another tab (Queries → Pages) with the same headline figures is a new
 * report: its breakdowns are evidence the background would otherwise never see.
 */
export function reportSignature(r: PageReport): string {
  const figures = (r.read?.figures ?? []).map((f) => `${f.key}=${f.value}${f.unit}`).sort();
  const breakdowns = (r.read?.breakdowns ?? [])
    .map(
      (b) =>
        `${b.dimension}:${b.key}:${b.rows.map((row) => `${row.label}=${row.value}`).join(',')}`,
    )
    .sort();
  const tracked = r.tracked.map((t) =>
    t.ok ? `${t.trackerId}=${t.figure.value}` : `${t.trackerId}!${t.reason}`,
  );
  return [
    r.read?.source,
    r.read?.scope,
    r.read?.period?.start,
    r.read?.period?.end,
    r.read?.view?.id,
    ...figures,
    ...breakdowns,
    ...tracked,
  ].join('|');
}
