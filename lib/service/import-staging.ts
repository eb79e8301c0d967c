/**
 * A streamed import, held in the background until it is committed (issue 10, defect 3). Chunks
 * arrive one message at a time (each validated by the router); nothing touches the database until
 * `take` hands the whole file to `importAll`, which applies it in one transaction. Kept in the
 * worker's memory: a stopped worker loses a half-sent import, and the commit then says so —
 * nothing was written, which is the safe way to lose it.
 */
import type { Goal, Reading } from '../goals/schema';
import type { Review } from '../review/schema';
import type { Export } from '../goals/export';

export type ImportHeader = Omit<Export, 'goals' | 'readings' | 'reviews'>;
type Counts = { goals: number; readings: number; reviews: number };
export type ImportMode = 'merge' | 'replace';

interface Staged {
  id: string;
  mode: ImportMode;
  header: ImportHeader;
  expected: Counts;
  goals: Goal[];
  readings: Reading[];
  reviews: Review[];
  touchedAt: number;
}

/** An import not added to for this long is dropped (the options page was closed part way). */
export const STAGING_TTL_MS = 2 * 60_000;

const GONE =
  'the import was interrupted (the background restarted or another import began); nothing was changed';

export class ImportStaging {
  private current: Staged | null = null;

  constructor(
    private readonly now: () => number,
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  /** Start an import; one at a time, so an earlier unfinished one is dropped. */
  begin(mode: ImportMode, header: ImportHeader, expected: Counts) {
    const id = this.newId();
    this.current = {
      id,
      mode,
      header,
      expected,
      goals: [],
      readings: [],
      reviews: [],
      touchedAt: this.now(),
    };
    return id;
  }

  private get(id: string): Staged | null {
    const s = this.current;
    if (!s || s.id !== id) return null;
    if (this.now() - s.touchedAt > STAGING_TTL_MS) {
      this.current = null;
      return null;
    }
    return s;
  }

  /** Add a chunk; an error (and the import dropped) when it does not fit what `begin` announced. */
  add(id: string, goals: Goal[], readings: Reading[], reviews: Review[] = []): string | null {
    const s = this.get(id);
    if (!s) return GONE;
    if (
      s.goals.length + goals.length > s.expected.goals ||
      s.readings.length + readings.length > s.expected.readings ||
      s.reviews.length + reviews.length > s.expected.reviews
    ) {
      this.current = null;
      return 'the file sent more than it announced; nothing was changed';
    }
    for (const g of goals) s.goals.push(g);
    for (const r of readings) s.readings.push(r);
    for (const r of reviews) s.reviews.push(r);
    s.touchedAt = this.now();
    return null;
  }

  /** The whole file, once every announced chunk arrived; the staging is emptied either way. */
  take(id: string): { ok: true; data: Export; mode: ImportMode } | { ok: false; error: string } {
    const s = this.get(id);
    this.current = null;
    if (!s) return { ok: false, error: GONE };
    if (
      s.goals.length !== s.expected.goals ||
      s.readings.length !== s.expected.readings ||
      s.reviews.length !== s.expected.reviews
    )
      return { ok: false, error: 'part of the file did not arrive; nothing was changed' };
    // The Export schema's own rules, checked across chunks: one id, one goal (or review), and
    // reviews only in a v2 file.
    if (s.header.version === 1 && s.reviews.length)
      return {
        ok: false,
        error: 'reviews: reviews need export version 2; this file says version 1',
      };
    for (const [part, items] of [
      ['goals', s.goals],
      ['reviews', s.reviews],
    ] as const) {
      const ids = new Set<string>();
      for (const [i, x] of items.entries()) {
        if (ids.has(x.id))
          return {
            ok: false,
            error: `${part}.${i}.id: duplicate ${part === 'goals' ? 'goal' : 'review'} id "${x.id}"`,
          };
        ids.add(x.id);
      }
    }
    const { goals, readings, reviews } = s;
    const data: Export =
      s.header.version === 1
        ? { ...s.header, goals, readings }
        : { ...s.header, goals, readings, reviews };
    return { ok: true, mode: s.mode, data };
  }
}
