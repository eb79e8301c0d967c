/**
 * `readPage` (DESIGN.md, lib/readers contract): page DOM → figures. Readers only look at the
 * document; nothing here writes to it. Any reader that throws on a strange page is treated as
 * "nothing read" so one broken dashboard release cannot take the content script down.
 */
import { readGeneric } from './generic';
import { READERS } from './registry';
import type { PageRead, ReadOptions, Reader } from './types';

export { READERS, defineRegistry } from './registry';
export { readGeneric } from './generic';
export type { PageFigure, PageRead, ReadOptions, Reader } from './types';

/** The first registered reader that recognises the page, or null. Never throws. */
export function readerFor(doc: Document, url: URL): Reader | null {
  for (const r of READERS) {
    try {
      if (r.detect(doc, url)) return r;
    } catch {
      // A detector that throws simply does not recognise the page.
    }
  }
  return null;
}

export function readPage(doc: Document, url: URL, options: ReadOptions = {}): PageRead | null {
  const now = options.now ?? new Date();
  const r = readerFor(doc, url);
  if (r) {
    try {
      const read = r.read(doc, url, now);
      if (read) return read;
    } catch {
      // Fall through: with `generic` the page may still be readable by labels.
    }
  }
  if (!options.generic) return null;
  try {
    return readGeneric(doc, url, now);
  } catch {
    return null;
  }
}
