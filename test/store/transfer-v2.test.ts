/**
 * Export format v2 (issue 13): reviews and closed goals travel through the streamed export and
 * import (the options page's own code against the real router and handlers); a v1 file still
 * imports; a newer version is refused by name.
 */
import { describe, expect, it } from 'vitest';
import { checkImportText } from '../../components/options/import-file';
import { readImportFile, sendImport, streamExport } from '../../components/options/transfer';
import { Export, parseOrExplain } from '../../lib/goals';
import { EXPORT_CHUNK, exportAll, getGoal, openPacerDb, putGoal } from '../../lib/store';
import { listReviews, saveReview } from '../../lib/store/reviews';
import { importChunks } from '../../lib/store/transfer-file';
import { makeGoal, makeReading } from '../support/factories';
import { makeDecision, makeReview } from '../support/reviews';
import { history, seedReadings } from './seed';
import { background, NOW } from './transfer-background';

const closed = { date: '2026-02-10', outcome: 'achieved' as const, lesson: 'Launch posts work' };

/** A profile with goals (one closed), readings and `n` reviews. */
async function profile(n: number) {
  const db = await openPacerDb({ name: `v2-${Math.random()}` });
  const h = history(2, 20, 3, NOW);
  await seedReadings(db, h.readings);
  for (const g of h.goals) await putGoal(db, g);
  const first = h.goals[0]!;
  await putGoal(db, { ...first, closed });
  for (let i = 0; i < n; i++)
    await saveReview(
      db,
      makeReview({
        id: `r${String(i).padStart(4, '0')}`,
        date: '2026-02-01',
        savedAt: new Date(Date.UTC(2026, 1, 1, 0, 0, i)).toISOString(),
        decisions: [
          makeDecision({
            goalId: first.id,
            title: first.title,
            kind: i % 2 ? 'keep' : 'close',
            ...(i % 2 ? {} : { closure: closed, note: 'x'.repeat(1500) }),
          }),
        ],
      }),
      [],
    );
  return { db, h, first };
}

describe('export v2 through the streamed path', () => {
  it('round-trips reviews (over several chunks) and closed goals into a fresh profile', async () => {
    const n = EXPORT_CHUNK.reviews * 2 + 7;
    const a = await profile(n);
    const bg = background(a.db);
    const out = (await streamExport(true))!;
    const text = (await readImportFile(out.blob)) as { ok: true; text: string };
    expect(text.ok).toBe(true);
    // The same file as the one-message export, key for key.
    expect(text.text).toBe(JSON.stringify(await exportAll(a.db, NOW)));
    const checked = checkImportText(text.text);
    if (!checked.ok) throw new Error(checked.error);
    expect(checked.data.version).toBe(2);
    expect(checked.data.reviews).toHaveLength(n);
    expect(bg.sent.filter((t) => t === 'data.export.chunk').length).toBeGreaterThanOrEqual(4);
    expect([...importChunks(checked.data)].filter((c) => c.reviews.length).length).toBe(
      Math.ceil(n / 500),
    );

    const b = await openPacerDb({ name: `v2b-${Math.random()}` });
    bg.use(b);
    expect(await sendImport(checked.data, 'replace')).toEqual({
      ok: true,
      goals: a.h.goals.length,
      readings: a.h.readings.length,
      skippedReadings: 0,
      reviews: n,
    });
    expect(await listReviews(b)).toEqual(await listReviews(a.db));
    expect((await getGoal(b, a.first.id))!.closed).toEqual(closed);
  }, 60_000);

  it('imports a v1 file (no reviews) by merge and by replace', async () => {
    const a = await profile(3);
    background(a.db);
    const goal = makeGoal({ id: 'old', metric: { source: 'ga4', scope: 'p1', key: 'users' } });
    const v1 = JSON.stringify({
      format: 'pacer',
      version: 1,
      exportedAt: NOW.toISOString(),
      goals: [goal],
      readings: [makeReading(goal.metric, 5, '2026-01-02T00:00:00.000Z')],
    });
    const checked = checkImportText(v1);
    if (!checked.ok) throw new Error(checked.error);
    expect(await sendImport(checked.data, 'merge')).toMatchObject({
      ok: true,
      goals: 1,
      reviews: 0,
    });
    // Merge keeps the reviews there were.
    expect(await listReviews(a.db)).toHaveLength(3);
    expect(await sendImport(checked.data, 'replace')).toMatchObject({ ok: true, reviews: 0 });
    // Replace makes the profile the file: its goals, and no reviews of goals it no longer has.
    expect(await listReviews(a.db)).toEqual([]);
    expect(await a.db.getAllKeys('goals')).toEqual(['old']);
  });

  it('refuses a newer version with a message that says so, and reviews in a v1 file', () => {
    const base = { format: 'pacer', exportedAt: NOW.toISOString(), goals: [], readings: [] };
    expect(parseOrExplain(Export, { ...base, version: 3 })).toMatchObject({
      ok: false,
      path: 'version',
      error: expect.stringContaining('export version 3, from a newer Pacer; update Pacer'),
    });
    expect(checkImportText(JSON.stringify({ ...base, version: 3 }))).toMatchObject({
      ok: false,
      kind: 'invalid',
      error: expect.stringMatching(/newer Pacer/),
    });
    expect(parseOrExplain(Export, { ...base, version: '2' })).toMatchObject({
      ok: false,
      error: 'version: expected export version 1 or 2',
    });
    expect(parseOrExplain(Export, { ...base, version: 1, reviews: [makeReview()] })).toMatchObject({
      ok: false,
      path: 'reviews',
    });
    const dup = parseOrExplain(Export, {
      ...base,
      version: 2,
      reviews: [makeReview(), makeReview()],
    });
    expect(dup).toMatchObject({ ok: false, path: 'reviews.1.id' });
    expect(parseOrExplain(Export, { ...base, version: 2, reviews: [] }).ok).toBe(true);
  });
});
