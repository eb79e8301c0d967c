/**
 * A streamed import, held in the background until it is committed (issue 10, defect 3). Chunks
 * arrive one message at a time (each validated by the router); nothing touches the database until
 * `take` hands the whole file to `importAll`, which applies it in one transaction. Kept in the
 * worker's memory: a stopped worker loses a half-sent import, and the commit then says so —
 * nothing was written, which is the safe way to lose it.
 */
import type { Export, Goal, Reading } from '../goals/schema';

export type ImportHeader = Omit<Export, 'goals' | 'readings'>;
export type ImportMode = 'merge' | 'replace';

interface Staged {
  id: string;
  mode: ImportMode;
  header: ImportHeader;
  expected: { goals: number; readings: number };
  goals: Goal[];
  readings: Reading[];
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
  begin(mode: ImportMode, header: ImportHeader, expected: { goals: number; readings: number }) {
    const id = this.newId();
    this.current = { id, mode, header, expected, goals: [], readings: [], touchedAt: this.now() };
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
  add(id: string, goals: Goal[], readings: Reading[]): string | null {
    const s = this.get(id);
    if (!s) return GONE;
    if (
      s.goals.length + goals.length > s.expected.goals ||
      s.readings.length + readings.length > s.expected.readings
    ) {
      this.current = null;
      return 'the file sent more than it announced; nothing was changed';
    }
    for (const g of goals) s.goals.push(g);
    for (const r of readings) s.readings.push(r);
    s.touchedAt = this.now();
    return null;
  }

  /** The whole file, once every announced chunk arrived; the staging is emptied either way. */
  take(id: string): { ok: true; data: Export; mode: ImportMode } | { ok: false; error: string } {
    const s = this.get(id);
    this.current = null;
    if (!s) return { ok: false, error: GONE };
    if (s.goals.length !== s.expected.goals || s.readings.length !== s.expected.readings)
      return { ok: false, error: 'part of the file did not arrive; nothing was changed' };
    // The Export schema's own rule, checked across chunks: one id, one goal.
    const ids = new Set<string>();
    for (const [i, g] of s.goals.entries()) {
      if (ids.has(g.id)) return { ok: false, error: `goals.${i}.id: duplicate goal id "${g.id}"` };
      ids.add(g.id);
    }
    return { ok: true, mode: s.mode, data: { ...s.header, goals: s.goals, readings: s.readings } };
  }
}
