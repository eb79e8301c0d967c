/**
 * Reviews (issue 13): a review and the goals its decisions changed are written in one transaction,
 * so a failure leaves neither (no decision recorded against a goal that did not change, nor a
 * revised goal without the review that explains it). Read back, every record is parsed.
 */
import { Goal, MAX_GOALS, parseOrExplain } from '../goals/schema';
import { Review } from '../review/schema';
import type { PacerDb } from './db';
import { StoreError, toStoreError } from './errors';

/** Newest first: by the review's day, then by when it was saved (two reviews on one day). */
const newestFirst = (a: Review, b: Review): number =>
  b.date.localeCompare(a.date) || b.savedAt.localeCompare(a.savedAt);

/**
 * Save `review` with `goals` (the goals as its decisions left them). Refused, writing nothing,
 * when a record is invalid, when a decision names a goal that is neither stored nor in `goals`,
 * or when new goals would pass MAX_GOALS.
 */
export async function saveReview(
  db: PacerDb,
  review: unknown,
  goals: readonly unknown[],
): Promise<{ review: Review; goals: Goal[] }> {
  const r = parseOrExplain(Review, review);
  if (!r.ok) throw new StoreError('invalid', `review: ${r.error}`);
  const parsed: Goal[] = [];
  for (const [i, g] of goals.entries()) {
    const p = parseOrExplain(Goal, g);
    if (!p.ok) throw new StoreError('invalid', `goals.${i}: ${p.error}`);
    parsed.push(p.value);
  }
  const given = new Set(parsed.map((g) => g.id));
  // A goal is written only as the outcome of a decision on it: review.save is not a goal.save.
  const decided = new Set(r.value.decisions.map((d) => d.goalId));
  const stray = parsed.find((g) => !decided.has(g.id));
  if (stray) throw new StoreError('invalid', `goal "${stray.id}" has no decision in the review`);
  try {
    const tx = db.transaction(['reviews', 'goals'], 'readwrite');
    tx.done.catch(() => {}); // the abort below rejects it; the error thrown is what counts
    try {
      const goalStore = tx.objectStore('goals');
      for (const d of r.value.decisions) {
        if (given.has(d.goalId)) continue;
        if ((await goalStore.getKey(d.goalId)) === undefined)
          throw new StoreError('invalid', `no goal "${d.goalId}" for a decision`);
      }
      let added = 0;
      for (const g of parsed) if ((await goalStore.getKey(g.id)) === undefined) added++;
      if (added && (await goalStore.count()) + added > MAX_GOALS)
        throw new StoreError('too-many-goals');
      for (const g of parsed) await goalStore.put(g);
      await tx.objectStore('reviews').put(r.value);
    } catch (err) {
      // Whatever failed, nothing of it stays: the goals already put go with the transaction.
      try {
        tx.abort();
      } catch {
        // already finished (IndexedDB aborted it itself)
      }
      throw err;
    }
    await tx.done;
  } catch (err) {
    throw toStoreError(err);
  }
  return { review: r.value, goals: parsed };
}

/** Every stored review that parses, newest first; with `goalId`, those with a decision for it. */
export async function listReviews(db: PacerDb, goalId?: string): Promise<Review[]> {
  const out: Review[] = [];
  for (const row of await db.getAll('reviews')) {
    const r = Review.safeParse(row);
    if (!r.success) {
      console.warn('Pacer: skipped a stored review that does not parse');
      continue;
    }
    if (goalId === undefined || r.data.decisions.some((d) => d.goalId === goalId)) out.push(r.data);
  }
  return out.sort(newestFirst);
}

/** The most recent review, or null before the first. */
export async function latestReview(db: PacerDb): Promise<Review | null> {
  return (await listReviews(db))[0] ?? null;
}
