/**
 * The export file (lib/goals/export.ts, v2) written and read in pieces: compact JSON (no pretty
 * print: ≈ 240 bytes a reading instead of ≈ 446), assembled from streamed chunks as a list of
 * strings (a Blob takes them as they are, so no single giant string is built), and an imported
 * file cut back into chunks for `data.import.chunk`.
 */
import type { Goal, Reading } from '../goals/schema';
import type { Review } from '../review/schema';
import type { Export } from '../goals/export';
import { IMPORT_CHUNK } from './transfer-limits';

type Header = Omit<Export, 'goals' | 'readings' | 'reviews'>;

/** Builds the file text in the same key order as `JSON.stringify(exportAll(…))`. */
export class ExportWriter {
  private readonly parts: string[] = [];
  private part: 'goals' | 'readings' | 'reviews' = 'goals';
  private empty = true;
  goals = 0;
  readings = 0;
  reviews = 0;

  constructor(private readonly header: Header) {
    const { format, version, exportedAt } = header;
    this.parts.push(`${JSON.stringify({ format, version, exportedAt }).slice(0, -1)},"goals":[`);
  }

  private add(items: unknown[]) {
    if (!items.length) return;
    this.parts.push(`${this.empty ? '' : ','}${JSON.stringify(items).slice(1, -1)}`);
    this.empty = false;
  }

  addGoals(goals: Goal[]): void {
    if (!goals.length) return;
    if (this.part !== 'goals') throw new Error('goals after readings');
    this.add(goals);
    this.goals += goals.length;
  }

  addReadings(readings: Reading[]): void {
    if (this.part === 'reviews') {
      if (readings.length) throw new Error('readings after reviews');
      return;
    }
    if (this.part === 'goals') {
      this.parts.push('],"readings":[');
      this.part = 'readings';
      this.empty = true;
    }
    this.add(readings);
    this.readings += readings.length;
  }

  /** Export v2's reviews, after the readings; a v1 file has no such part. */
  addReviews(reviews: Review[]): void {
    if (this.header.version < 2) {
      if (reviews.length) throw new Error('reviews need export version 2');
      return;
    }
    // Every chunk carries all three lists: an empty one must not close the readings.
    if (!reviews.length) return;
    this.openReviews();
    this.add(reviews);
    this.reviews += reviews.length;
  }

  private openReviews(): void {
    if (this.part !== 'reviews') {
      this.addReadings([]);
      this.parts.push('],"reviews":[');
      this.part = 'reviews';
      this.empty = true;
    }
  }

  /** The file's text, in pieces. */
  finish(): string[] {
    if (this.part === 'goals') this.addReadings([]);
    if (this.header.version >= 2) this.openReviews();
    const { settings } = this.header;
    this.parts.push(`]${settings ? `,"settings":${JSON.stringify(settings)}` : ''}}`);
    return this.parts;
  }
}

type ImportChunk = { goals: Goal[]; readings: Reading[]; reviews: Review[] };

/** `items` cut into runs of at most `maxBytes` of JSON (a larger item goes alone). */
function* bySize<T>(items: readonly T[], maxBytes: number, maxCount = Infinity): Generator<T[]> {
  let run: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = JSON.stringify(item).length;
    if (run.length && (bytes + size > maxBytes || run.length >= maxCount)) {
      yield run;
      run = [];
      bytes = 0;
    }
    run.push(item);
    bytes += size;
  }
  if (run.length) yield run;
}

/**
 * An export cut into `data.import.chunk` payloads: goals by size, then readings by count, then
 * (export v2) reviews by size and count.
 */
export function* importChunks(data: Export): Generator<ImportChunk> {
  const none: ImportChunk = { goals: [], readings: [], reviews: [] };
  for (const goals of bySize(data.goals, IMPORT_CHUNK.goalBytes)) yield { ...none, goals };
  for (let i = 0; i < data.readings.length; i += IMPORT_CHUNK.readings)
    yield { ...none, readings: data.readings.slice(i, i + IMPORT_CHUNK.readings) };
  const reviews = data.reviews ?? [];
  for (const run of bySize(reviews, IMPORT_CHUNK.reviewBytes, IMPORT_CHUNK.reviews))
    yield { ...none, reviews: run };
}
