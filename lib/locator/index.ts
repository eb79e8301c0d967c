/**
 * lib/locator: "Track this number". A user picks any figure on a page Pacer may read; a locator
 * finds it again on later visits, by its label first and by a structural path as a fallback, and
 * says why when it cannot. Pure DOM (content script): no zod, no extension APIs, no layout.
 */
export type { Locator, Relation, Resolution } from './types';
export { buildLocator } from './build';
export { resolveLocator } from './resolve';
export { scan, type Scan } from './scan';
export { locatorKey } from './key';
export { GRID_HEADER_REACH } from './grid';
