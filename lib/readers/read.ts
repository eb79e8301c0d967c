/**
 * Reading with a given list of readers: each content script passes its own, so it bundles only
 * the readers its hosts need (lib/content/run.ts); tests read with all (test/support/read-page.ts).
 * Readers only look at the document; one that throws on a strange page reads nothing, so one
 * broken dashboard release cannot take the content script down.
 */
import type { PageRead, Reader } from './types';

/** The first of `readers` that recognises the page, or null. Never throws. */
export function readerIn<R extends Pick<Reader, 'detect'>>(
  readers: readonly R[],
  doc: Document,
  url: URL,
): R | null {
  for (const r of readers) {
    try {
      if (r.detect(doc, url)) return r;
    } catch {
      // A detector that throws simply does not recognise the page.
    }
  }
  return null;
}

/** Reads a page that no reader reads, or null: the generic reader on sites the user enabled. */
export type Fallback = (doc: Document, url: URL, now: Date) => PageRead | null;

/** The page read by the first of `readers` that knows it, else by `fallback`. Never throws. */
export function readWith(
  readers: readonly Reader[],
  doc: Document,
  url: URL,
  now: Date,
  fallback?: Fallback,
): PageRead | null {
  return readBy(readerIn(readers, doc, url), doc, url, now, fallback);
}

/** The page read by `r`, the reader that recognised it (null: none did), else by `fallback`. */
export function readBy(
  r: Reader | null,
  doc: Document,
  url: URL,
  now: Date,
  fallback?: Fallback,
): PageRead | null {
  if (r) {
    try {
      const read = r.read(doc, url, now);
      if (read) return read;
    } catch {
      // Fall through: the page may still be readable by its labels.
    }
  }
  if (!fallback) return null;
  try {
    return fallback(doc, url, now);
  } catch {
    return null;
  }
}
