/**
 * `readPage` (docs/architecture.md, "Contracts"): page DOM → figures. Readers only look at the
 * document; nothing here writes to it. Any reader that throws on a strange page is treated as
 * "nothing read" so one broken dashboard release cannot take the content script down.
 */
import { readGeneric } from './generic';
import { readerIn, readWith } from './read';
import { READERS } from './registry';
import type { PageRead, ReadOptions, Reader } from './types';

export { READERS, defineRegistry } from './registry';
export { readGeneric } from './generic';
export { readerIn, readWith, type Fallback } from './read';
export type { PageFigure, PageRead, ReadOptions, Reader } from './types';

/** The first registered reader that recognises the page, or null. Never throws. */
export function readerFor(doc: Document, url: URL): Reader | null {
  return readerIn(READERS, doc, url);
}

/**
 * The page's figures, read by the first of `options.readers` (default: every registered reader)
 * that recognises it; with `generic`, a page none of them reads is read by its labels.
 */
export function readPage(doc: Document, url: URL, options: ReadOptions = {}): PageRead | null {
  return readWith(
    options.readers ?? READERS,
    doc,
    url,
    options.now ?? new Date(),
    options.generic ? readGeneric : undefined,
  );
}
