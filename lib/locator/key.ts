/**
 * The metric key of a custom metric tracked by a locator. A label gives the same slug the generic
 * reader gives (`Monthly recurring revenue` → `monthly_recurring_revenue`), so a figure picked by
 * hand and the same figure read generically share history; without a label, a short path hash.
 */
import { slugify } from '../readers/dom';
import type { Locator } from './types';

export function locatorKey(locator: Locator): string {
  const slug = locator.label ? slugify(locator.label) : '';
  return slug || `path_${fnv1a(locator.path)}`;
}

/** 32-bit FNV-1a in base 36: short, stable across runs and engines, no crypto API needed. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
