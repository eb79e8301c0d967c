// Entry of the in-page readers bundle for the extraction benchmark: the real `readPage`, as the
// content script runs it, exposed on `window` so a benchmark can call it inside Chromium.
import { readPage, readerFor } from '../../test/support/read-page';

const w = globalThis as unknown as Record<string, unknown>;
w.__pacerReadPage = readPage;
w.__pacerReaderFor = (doc: Document, url: URL) => readerFor(doc, url)?.id ?? null;
