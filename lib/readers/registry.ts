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
import { reader as ga4 } from './ga4';
import { reader as searchConsole } from './search-console';
import { reader as shopify } from './shopify';
import { reader as stripe } from './stripe';
import { reader as posthog } from './posthog';
import { reader as youtube } from './youtube';

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
  ga4,
  searchConsole,
  shopify,
  stripe,
  posthog,
  youtube,
]);
