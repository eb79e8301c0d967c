/**
 * The options page's side of a streamed export and import (protocol.ts: `data.export.*`,
 * `data.import.*`): files are compact JSON, optionally gzip (`CompressionStream`), the v2 format
 * either way (v1 files still import); an import file is read (and un-gzipped) with the size cap,
 * checked whole in the page, then sent in chunks and committed.
 */
import type { Export } from '../../lib/goals/export';
import { send } from '../../lib/messaging/client';
import type { ResponseOf } from '../../lib/messaging/protocol';
import { ExportWriter, importChunks } from '../../lib/store/transfer-file';
import { MAX_IMPORT_BYTES } from '../../lib/store/transfer-limits';

export interface Exported {
  blob: Blob;
  goals: number;
  readings: number;
}

/** Every goal and reading, chunk by chunk, as one file; null when the background did not answer. */
export async function streamExport(gzip: boolean): Promise<Exported | null> {
  const begin = await send('data.export.begin', {});
  if (!begin) return null;
  const file = new ExportWriter(begin.header);
  let cursor: typeof begin.cursor | null = begin.cursor;
  while (cursor) {
    const chunk: ResponseOf<'data.export.chunk'> | null = await send('data.export.chunk', {
      cursor,
      until: begin.until,
    });
    if (!chunk) return null;
    file.addGoals(chunk.goals);
    file.addReadings(chunk.readings);
    file.addReviews(chunk.reviews);
    cursor = chunk.next;
  }
  const json = new Blob(file.finish(), { type: 'application/json' });
  return {
    blob: gzip ? await compress(json) : json,
    goals: file.goals,
    readings: file.readings,
  };
}

export async function compress(blob: Blob): Promise<Blob> {
  const stream = blob.stream().pipeThrough(new CompressionStream('gzip'));
  return new Blob([await new Response(stream).arrayBuffer()], { type: 'application/gzip' });
}

export type FileText =
  { ok: true; text: string } | { ok: false; reason: 'too-big' | 'unreadable' | 'gzip' };

const isGzip = (head: Uint8Array) => head[0] === 0x1f && head[1] === 0x8b;

/**
 * A file's text: .json as it is, .json.gz (recognised by its first bytes, whatever its name)
 * decompressed, either one refused past MAX_IMPORT_BYTES of JSON.
 */
export async function readImportFile(file: Blob, limit = MAX_IMPORT_BYTES): Promise<FileText> {
  if (file.size > limit) return { ok: false, reason: 'too-big' };
  let reader: ReadableStreamDefaultReader<Uint8Array>;
  try {
    if (!isGzip(new Uint8Array(await file.slice(0, 2).arrayBuffer())))
      return { ok: true, text: await file.text() };
    reader = file.stream().pipeThrough(new DecompressionStream('gzip')).getReader();
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  try {
    const decoder = new TextDecoder();
    const parts: string[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        return { ok: false, reason: 'too-big' };
      }
      parts.push(decoder.decode(value, { stream: true }));
    }
    parts.push(decoder.decode());
    return { ok: true, text: parts.join('') };
  } catch {
    return { ok: false, reason: 'gzip' };
  }
}

/**
 * Send a checked file in chunks and commit it. `onProgress` hears the share sent (0…1). Null when
 * the background stopped answering: it then has nothing staged that could be written.
 */
export async function sendImport(
  data: Export,
  mode: 'merge' | 'replace',
  onProgress?: (share: number) => void,
): Promise<ResponseOf<'data.import.commit'> | null> {
  const { goals, readings, reviews = [], ...header } = data;
  const begin = await send('data.import.begin', {
    mode,
    header,
    goals: goals.length,
    readings: readings.length,
    reviews: reviews.length,
  });
  if (!begin?.ok) return begin;
  const total = goals.length + readings.length + reviews.length || 1;
  let sent = 0;
  for (const chunk of importChunks(data)) {
    const r = await send('data.import.chunk', { id: begin.id, ...chunk });
    if (!r) return null;
    if (!r.ok) return { ok: false, error: r.error ?? '' };
    sent += chunk.goals.length + chunk.readings.length + chunk.reviews.length;
    onProgress?.(sent / total);
  }
  return send('data.import.commit', { id: begin.id });
}
