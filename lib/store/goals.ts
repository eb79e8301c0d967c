import { Goal, parseOrExplain } from '../goals/schema';
import { StoreError, toStoreError } from './errors';
import type { PacerDb } from './db';

/** All goals that still parse; a record that no longer does is reported, not shown half-broken. */
export async function listGoals(db: PacerDb): Promise<{ goals: Goal[]; invalid: string[] }> {
  const rows = await db.getAll('goals');
  const goals: Goal[] = [];
  const invalid: string[] = [];
  for (const row of rows) {
    const r = parseOrExplain(Goal, row);
    if (r.ok) goals.push(r.value);
    else invalid.push(`${(row as { id?: string }).id ?? '?'}: ${r.error}`);
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
    await db.put('goals', r.value);
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
