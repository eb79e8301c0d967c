/**
 * The export file (DESIGN.md, export v1) written and read in pieces: compact JSON (no pretty
 * print: ≈ 240 bytes a reading instead of ≈ 446), assembled from streamed chunks as a list of
 * strings (a Blob takes them as they are, so no single giant string is built), and an imported
 * file cut back into chunks for `data.import.chunk`.
 */
import type { Export, Goal, Reading } from '../goals/schema';
import { IMPORT_CHUNK } from './transfer-limits';

type Header = Omit<Export, 'goals' | 'readings'>;

/** Builds the file text in the same key order as `JSON.stringify(exportAll(…))`. */
export class ExportWriter {
  private readonly parts: string[] = [];
  private part: 'goals' | 'readings' = 'goals';
  private empty = true;
  goals = 0;
  readings = 0;

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
    if (this.part === 'goals') {
      this.parts.push('],"readings":[');
      this.part = 'readings';
      this.empty = true;
    }
    this.add(readings);
    this.readings += readings.length;
  }

  /** The file's text, in pieces. */
  finish(): string[] {
    this.addReadings([]);
    const { settings } = this.header;
    this.parts.push(`]${settings ? `,"settings":${JSON.stringify(settings)}` : ''}}`);
    return this.parts;
  }
}

/** An export cut into `data.import.chunk` payloads: goals by size, then readings by count. */
export function* importChunks(data: Export): Generator<{ goals: Goal[]; readings: Reading[] }> {
  let goals: Goal[] = [];
  let bytes = 0;
  for (const g of data.goals) {
    const size = JSON.stringify(g).length;
    if (goals.length && bytes + size > IMPORT_CHUNK.goalBytes) {
      yield { goals, readings: [] };
      goals = [];
      bytes = 0;
    }
    goals.push(g);
    bytes += size;
  }
  if (goals.length) yield { goals, readings: [] };
  for (let i = 0; i < data.readings.length; i += IMPORT_CHUNK.readings)
    yield { goals: [], readings: data.readings.slice(i, i + IMPORT_CHUNK.readings) };
}
