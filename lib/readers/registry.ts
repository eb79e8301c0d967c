/**
 * The one place readers are registered. Each reader lives in `lib/readers/<id>.ts` and exports
 * `reader`; add a source by importing it here and appending it to the list below. Order matters
 * only for detection: the first reader whose `detect` says yes reads the page, so hosted readers
 * with a precise host check can go anywhere, markup-only detectors should stay specific.
 *
 * The generic label-anchored reader (`generic.ts`) is deliberately NOT in this list: it would
 * detect every page, so `readPage` only calls it on request (`{ generic: true }`).
 */
import type { Reader } from './types';
import { reader as umami } from './umami';
import { reader as plausible } from './plausible';
import { reader as matomo } from './matomo';
import { reader as goaccess } from './goaccess';

/** Freezes a list of readers, refusing a duplicate or malformed id (it is a metric key prefix). */
export function defineRegistry(readers: readonly Reader[]): readonly Reader[] {
  const seen = new Set<string>();
  for (const r of readers) {
    if (!/^[a-z0-9-]+$/.test(r.id)) throw new Error(`Reader id "${r.id}" must be kebab-case`);
    if (seen.has(r.id)) throw new Error(`Reader "${r.id}" is registered twice`);
    seen.add(r.id);
  }
  return Object.freeze([...readers]);
}

export const READERS: readonly Reader[] = defineRegistry([
  umami,
  plausible,
  matomo,
  goaccess,
  // More readers (ga4, search-console, shopify, stripe, posthog, youtube) are appended here.
]);
