/**
 * Export → import round trip (issue 10, defect 3): the options page's own code (streamExport,
 * readImportFile, checkImportText, sendImport) against the real router and handlers over
 * fake-indexeddb. Past ~75,000 readings the old pretty-printed export could not be imported back.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkImportText } from '../../components/options/import-file';
import { readImportFile, sendImport, streamExport } from '../../components/options/transfer';
import { evaluate, type Export } from '../../lib/goals';
import { PROTOCOL } from '../../lib/messaging/protocol';
import { exportAll, openPacerDb, putGoal, readingsFor, type PacerDb } from '../../lib/store';
import { ExportWriter, importChunks } from '../../lib/store/transfer-file';
import { MAX_IMPORT_BYTES, MAX_IMPORT_READINGS } from '../../lib/store/transfer-limits';
import { history, seedReadings } from './seed';
import { background, NOW } from './transfer-background';

const evaluations = (db: PacerDb, data: { goals: Export['goals'] }) =>
  Promise.all(
    data.goals.map(async (g) => {
      const { excluded, ...verdict } = evaluate(g, await readingsFor(db, g.metric), NOW);
      return { ...verdict, excluded: excluded.length };
    }),
  );

describe('streamed export and import', () => {
  it('round-trips 80,000 readings (plain and gzip) into a fresh database with the same evaluations', async () => {
    const h = history(8, 400, 25, NOW);
    expect(h.readings.length).toBeGreaterThan(80_000);
    const a = await openPacerDb({ name: `a-${Math.random()}` });
    await seedReadings(a, h.readings);
    for (const g of h.goals) await putGoal(a, g);
    const bg = background(a);

    const plain = (await streamExport(false))!;
    const text = await plain.blob.text();
    // The same file as the one-message export, only compact and in pieces.
    expect(text).toBe(JSON.stringify(await exportAll(a, NOW)));
    expect(plain.readings).toBe(h.readings.length);
    expect(bg.sent.filter((t) => t === 'data.export.chunk').length).toBeGreaterThan(10);

    const gz = (await streamExport(true))!;
    expect(gz.blob.size).toBeLessThan(text.length / 5);
    const read = await readImportFile(gz.blob);
    expect(read).toEqual({ ok: true, text });

    const checked = checkImportText(text);
    if (!checked.ok) throw new Error(checked.error);
    const b = await openPacerDb({ name: `b-${Math.random()}` });
    bg.use(b);
    const r = await sendImport(checked.data, 'merge');
    expect(r).toEqual({
      ok: true,
      goals: h.goals.length,
      readings: h.readings.length,
      skippedReadings: 0,
      reviews: 0,
    });
    expect(await b.count('readings')).toBe(h.readings.length);
    expect(await evaluations(b, h)).toEqual(await evaluations(a, h));
    // Importing the same file again adds nothing.
    expect(await sendImport(checked.data, 'merge')).toMatchObject({
      readings: 0,
      skippedReadings: h.readings.length,
    });
  }, 180_000);

  it('writes nothing when a chunk is bad, missing, or the commit is for another import', async () => {
    const a = await openPacerDb({ name: `c-${Math.random()}` });
    background(a);
    const h = history(2, 5, 3, NOW);
    const data: Export = {
      format: 'pacer',
      version: 1,
      exportedAt: NOW.toISOString(),
      goals: h.goals,
      readings: h.readings,
    };
    const { goals: _g, readings: _r, ...header } = data;
    const send = (type: string, payload: unknown) =>
      fakeBrowser.runtime.sendMessage({ type, payload }) as Promise<Record<string, unknown> | null>;
    const begin = async () =>
      (await send('data.import.begin', {
        mode: 'replace',
        header,
        goals: data.goals.length,
        readings: data.readings.length,
      }))!.id as string;

    // A reading with a bad value: the router refuses the chunk; the commit then lacks it.
    let id = await begin();
    await send('data.import.chunk', { id, goals: data.goals });
    expect(
      await send('data.import.chunk', {
        id,
        readings: [{ ...data.readings[0], value: 'abc' }, ...data.readings.slice(1)],
      }),
    ).toBeNull();
    expect(await send('data.import.commit', { id })).toMatchObject({ ok: false });

    // Another import began meanwhile: the first one's commit is refused.
    id = await begin();
    await send('data.import.chunk', { id, goals: data.goals, readings: data.readings });
    await begin();
    expect(await send('data.import.commit', { id })).toMatchObject({ ok: false });
    // More than announced.
    id = await begin();
    await send('data.import.chunk', { id, goals: data.goals, readings: data.readings });
    expect(await send('data.import.chunk', { id, readings: data.readings })).toMatchObject({
      ok: false,
    });
    expect(await send('data.import.commit', { id })).toMatchObject({ ok: false });

    expect(await a.count('readings')).toBe(0);
    expect(await a.count('goals')).toBe(0);
  });

  it('500,000 readings: a compact file under the cap, every chunk under its message limit, read back the same', async () => {
    const h = history(50, 400, 25, NOW);
    const readings = h.readings.slice(0, 500_000);
    expect(readings).toHaveLength(500_000);
    expect(readings.length).toBeLessThanOrEqual(MAX_IMPORT_READINGS);
    const file = new ExportWriter({ format: 'pacer', version: 1, exportedAt: NOW.toISOString() });
    file.addGoals(h.goals);
    for (let i = 0; i < readings.length; i += 5000) file.addReadings(readings.slice(i, i + 5000));
    const text = file.finish().join('');
    expect(text.length).toBeLessThan(MAX_IMPORT_BYTES);
    // What the old pretty-printed export of the same data would have been: far over the old cap.
    expect(text.length / readings.length).toBeLessThan(300);

    const checked = checkImportText(text);
    if (!checked.ok) throw new Error(checked.error);
    expect(checked.data.readings).toHaveLength(500_000);
    let count = 0;
    for (const chunk of importChunks(checked.data)) {
      const bytes = new TextEncoder().encode(JSON.stringify({ id: 'x', ...chunk })).length;
      expect(bytes).toBeLessThanOrEqual(PROTOCOL['data.import.chunk'].maxBytes);
      count += chunk.readings.length;
    }
    expect(count).toBe(500_000);
  }, 120_000);
});
