/**
 * How big an import may be, from the retention rule (compact.ts) and the write budget
 * (lib/service/write-budget.ts), with headroom:
 *
 * - a heavy user: 100 metrics, each stored 100 times a day (the budget allows at most 147);
 * - retention keeps 35 days of that (3,500 readings a metric) and one a day before: three years
 *   of history is 3,500 + 1,095 ≈ 4,600 readings a metric, 460,000 in all;
 * - twice that for headroom: at most 1,000,000 readings in a file;
 * - a compact reading is ≈ 240 bytes of JSON with its URL (≈ 180 without), so 1,000,000 readings
 *   is ≈ 240 MB: the cap on the file (decompressed) is 256 MiB. An old pretty-printed export
 *   (≈ 446 bytes a reading) still fits up to ≈ 600,000 readings.
 */
export const MAX_IMPORT_READINGS = 1_000_000;
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;
/** A sanity bound for the protocol; the product's own goal cap is lower. */
export const MAX_IMPORT_GOALS = 100_000;
/** Reviews in one file (export v2): a weekly review for two centuries. */
export const MAX_IMPORT_REVIEWS = 10_000;
/** Per `data.import.chunk` message: well under Chrome's 64 MiB message limit even at the
 * largest readings the schema allows (≈ 3.5 KB each). Goals and reviews are cut by size. */
export const IMPORT_CHUNK = {
  readings: 5000,
  goalBytes: 4 * 1024 * 1024,
  reviews: 500,
  reviewBytes: 4 * 1024 * 1024,
};
