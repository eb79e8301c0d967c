/**
 * The generic reader as the sites script uses it. That script runs only where the user enabled
 * Pacer, but a user may enable a host a dashboard script already reads: there its own reader
 * wins, never a reading by labels (a `custom` copy of every figure).
 */
import { readGeneric } from '../readers/generic';
import { isKnownDashboard } from '../readers/hosts';
import type { PageRead } from '../readers/types';

export function readByLabels(doc: Document, url: URL, now: Date): PageRead | null {
  return isKnownDashboard(url) ? null : readGeneric(doc, url, now);
}
