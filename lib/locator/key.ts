/**
 * The metric key of a custom metric tracked by a locator. A label gives the same slug the generic
 * reader gives (`Monthly recurring revenue` → `monthly_recurring_revenue`), so a figure picked by
 * hand and the same figure read generically share history; without a label, a short path hash.
 */
import { fnv1a, slugify } from '../readers/dom';
import type { Locator } from './types';

export function locatorKey(locator: Locator): string {
  const slug = locator.label ? slugify(locator.label) : '';
  return slug || `path_${fnv1a(locator.path)}`;
}
