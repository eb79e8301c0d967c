/**
 * The zip a dashboard exports (Plausible: visitors.csv, sources.csv, …; Search Console: Dates.csv,
 * Queries.csv, …; YouTube Studio: Totals.csv, Table data.csv, …), so the user need not unzip it.
 * Only CSV files are inflated, each within the same size limit as a CSV chosen on its own.
 */
import { unzipSync } from 'fflate';

export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
}

/** As for a CSV file chosen directly: more than ten years of days with every column. */
export const MAX_ENTRY_BYTES = 20 * 1024 * 1024;

/** A zip starts with a local file header, "PK\3\4". */
export const isZip = (b: Uint8Array): boolean =>
  b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** The CSV files in a zip, in the zip's order; null when it cannot be read. */
export function csvEntries(bytes: Uint8Array): ZipEntry[] | null {
  try {
    const files = unzipSync(bytes, {
      filter: (f) =>
        /\.(csv|tsv|txt)$/i.test(f.name) &&
        !f.name.startsWith('__MACOSX/') &&
        f.originalSize <= MAX_ENTRY_BYTES,
    });
    return Object.entries(files).map(([name, b]) => ({ name, bytes: b }));
  } catch {
    return null;
  }
}
