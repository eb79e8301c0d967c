import { Goal, MAX_GOALS, parseOrExplain } from '../goals/schema';
import { StoreError, toStoreError } from './errors';
import type { PacerDb } from './db';

/** A stored goal record that no longer parses: enough to name it and delete it. */
export interface InvalidGoal {
  id: string;
  title: string | null;
  error: string;
}

/** All goals that still parse; a record that no longer does is reported, not shown half-broken. */
export async function listGoals(db: PacerDb): Promise<{ goals: Goal[]; invalid: InvalidGoal[] }> {
  const rows = await db.getAll('goals');
  const goals: Goal[] = [];
  const invalid: InvalidGoal[] = [];
  for (const row of rows) {
    const r = parseOrExplain(Goal, row);
    if (r.ok) goals.push(r.value);
    else {
      const { id, title } = row as { id?: unknown; title?: unknown };
      invalid.push({
        id: String(id ?? ''),
        title: typeof title === 'string' ? title.slice(0, 200) : null,
        error: r.error.slice(0, 500),
      });
    }
  }
  return { goals, invalid };
}

/** One goal by id, or null when there is none (or it no longer parses). */
export async function getGoal(db: PacerDb, id: string): Promise<Goal | null> {
  const r = parseOrExplain(Goal, await db.get('goals', id));
  return r.ok ? r.value : null;
}

export async function putGoal(db: PacerDb, goal: unknown): Promise<Goal> {
  const r = parseOrExplain(Goal, goal);
  if (!r.ok) throw new StoreError('invalid', r.error);
  try {
    // One transaction: the count and the write cannot interleave with another save.
    const tx = db.transaction('goals', 'readwrite');
    const exists = (await tx.store.getKey(r.value.id)) !== undefined;
    if (!exists && (await tx.store.count()) >= MAX_GOALS) {
      tx.abort();
      tx.done.catch(() => {});
      throw new StoreError('too-many-goals');
    }
    await tx.store.put(r.value);
    await tx.done;
  } catch (err) {
    throw toStoreError(err);
  }
  return r.value;
}

export async function deleteGoal(db: PacerDb, id: string): Promise<void> {
  try {
    await db.delete('goals', id);
  } catch (err) {
    throw toStoreError(err);
  }
}
