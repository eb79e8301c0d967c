/**
 * `readPage` for tests and the benchmark: page DOM → figures with every reader, as no single
 * content script does (each carries only its own readers, lib/content/run.ts). Readers only look
 * at the document; any reader that throws on a strange page is treated as "nothing read".
 */
import { readers as ALL } from 'virtual:pacer-readers/all';
import { readGeneric } from '../../lib/readers/generic';
import { readerIn, readWith } from '../../lib/readers/read';
import type { PageRead, ReadOptions, Reader } from '../../lib/readers/types';

/** Every reader, in detection order (scripts/readers-catalog.mjs). */
export const READERS: readonly Reader[] = ALL;

/** The first reader that recognises the page, or null. Never throws. */
export function readerFor(doc: Document, url: URL): Reader | null {
  return readerIn(READERS, doc, url);
}

/**
 * The page's figures, read by the first of `options.readers` (default: every reader) that
 * recognises it; with `generic`, a page none of them reads is read by its labels.
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
