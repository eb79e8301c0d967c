import { describe, expect, it } from 'vitest';
import { getGoal, listGoals, openPacerDb, putGoal, StoreError } from '../../lib/store';
import { latestReview, listReviews, saveReview } from '../../lib/store/reviews';
import { makeGoal } from '../support/factories';
import { makeDecision, makeReview } from '../support/reviews';

const open = () => openPacerDb({ name: `reviews-${Math.random()}` });

describe('saveReview', () => {
  it('writes the review and the goals its decisions changed together', async () => {
    const db = await open();
    await putGoal(db, makeGoal());
    const revised = makeGoal({
      target: { value: 18000 },
      revisions: [
        {
          date: '2026-02-01',
          reason: 'Seasonal dip',
          target: { value: 20000 },
          deadline: '2026-03-31',
        },
      ],
    });
    const review = makeReview({
      decisions: [makeDecision({ kind: 'revise', revision: revised.revisions[0] })],
    });
    const r = await saveReview(db, review, [revised]);
    expect(r.review).toEqual(review);
    expect((await getGoal(db, 'g1'))!.target).toEqual({ value: 18000 });
    expect(await listReviews(db)).toEqual([review]);
  });

  it('writes nothing when a decision names a goal that does not exist', async () => {
    const db = await open();
    await putGoal(db, makeGoal());
    const review = makeReview({
      decisions: [makeDecision(), makeDecision({ goalId: 'gone', title: 'Deleted' })],
    });
    const changed = makeGoal({ title: 'Changed' });
    await expect(saveReview(db, review, [changed])).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringContaining('no goal "gone"'),
    });
    expect(await listReviews(db)).toEqual([]);
    expect((await getGoal(db, 'g1'))!.title).toBe('Grow monthly visitors to 20k');
  });

  it('accepts a decision on a goal that comes with the review', async () => {
    const db = await open();
    const review = makeReview({ decisions: [makeDecision({ goalId: 'new', title: 'New' })] });
    await saveReview(db, review, [makeGoal({ id: 'new', title: 'New' })]);
    expect((await listGoals(db)).goals.map((g) => g.id)).toEqual(['new']);
  });

  it('refuses a goal without a decision, and an invalid review or goal, writing nothing', async () => {
    const db = await open();
    await putGoal(db, makeGoal());
    const stray = saveReview(db, makeReview(), [makeGoal({ id: 'other' })]);
    await expect(stray).rejects.toBeInstanceOf(StoreError);
    await expect(stray).rejects.toThrow(/goal "other" has no decision/);
    await expect(saveReview(db, { ...makeReview(), date: '2026-02-30' }, [])).rejects.toThrow(
      /review: date/,
    );
    const bad = { ...makeGoal(), deadline: '2025-01-01' };
    await expect(saveReview(db, makeReview(), [bad])).rejects.toThrow(/goals\.0: deadline/);
    expect(await listReviews(db)).toEqual([]);
  });

  it('rolls back the goals when the review write fails', async () => {
    const db = await open();
    await putGoal(db, makeGoal());
    // Break the transaction at the review's put: the goal written before it must not stay.
    const real = db.transaction.bind(db);
    (db as { transaction: unknown }).transaction = ((...args: Parameters<typeof real>) => {
      const tx = real(...args);
      const store = tx.objectStore.bind(tx);
      (tx as { objectStore: unknown }).objectStore = (name: string) => {
        const s = store(name as never);
        if (name === 'reviews')
          (s as { put: unknown }).put = () => Promise.reject(new Error('disk on fire'));
        return s;
      };
      return tx;
    }) as typeof real;
    await expect(saveReview(db, makeReview(), [makeGoal({ title: 'Half' })])).rejects.toThrow(
      /disk on fire/,
    );
    (db as { transaction: unknown }).transaction = real;
    expect((await getGoal(db, 'g1'))!.title).toBe('Grow monthly visitors to 20k');
    expect(await listReviews(db)).toEqual([]);
  });
});

describe('listReviews and latestReview', () => {
  it('lists newest first (by day, then save time) and filters by goal', async () => {
    const db = await open();
    await putGoal(db, makeGoal());
    await putGoal(db, makeGoal({ id: 'g2', title: 'Second' }));
    const jan = makeReview({ date: '2026-01-05' });
    const mar = makeReview({
      date: '2026-03-05',
      decisions: [makeDecision({ goalId: 'g2', title: 'Second' })],
    });
    const marLater = makeReview({
      id: 'r-later',
      date: '2026-03-05',
      savedAt: '2026-03-05T18:00:00.000Z',
    });
    for (const r of [mar, jan, marLater]) await saveReview(db, r, []);
    expect((await listReviews(db)).map((r) => r.id)).toEqual(['r-later', mar.id, jan.id]);
    expect((await listReviews(db, 'g2')).map((r) => r.id)).toEqual([mar.id]);
    expect((await latestReview(db))!.id).toBe('r-later');
  });

  it('skips a stored record that no longer parses; null before the first review', async () => {
    const db = await open();
    expect(await latestReview(db)).toBeNull();
    await db.put('reviews', { id: 'broken', date: '2026-01-01' } as never);
    expect(await listReviews(db)).toEqual([]);
  });
});
