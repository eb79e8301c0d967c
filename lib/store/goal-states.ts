/**
 * What Pacer last knew about each goal (lib/service/goal-states.ts turns evaluations into changes
 * with it), stored in `settings`. The schema and its types live here; the service imports them.
 */
import { z } from 'zod';
import { STATUSES_BEST_FIRST } from '../goals/status';
import type { PacerDb } from './db';
import { toStoreError } from './errors';

const KEY = 'goal-states';
const Status = z.enum(STATUSES_BEST_FIRST);
export const GoalState = z.object({
  status: Status,
  since: z.string(), // YYYY-MM-DD
  previous: Status.nullable(),
  anomalies: z.array(z.string()), // anomaly days already reported
});
export type GoalState = z.infer<typeof GoalState>;
const States = z.record(z.string(), GoalState);
export type GoalStates = z.infer<typeof States>;

/** A corrupt record is dropped (at worst an alert repeats once), never trusted. */
export async function getGoalStates(db: PacerDb): Promise<GoalStates> {
  const r = States.safeParse(await db.get('settings', KEY));
  return r.success ? r.data : {};
}

export async function putGoalStates(db: PacerDb, states: GoalStates): Promise<void> {
  try {
    await db.put('settings', states, KEY);
  } catch (err) {
    throw toStoreError(err);
  }
}
