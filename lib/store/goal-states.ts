import { z } from 'zod';
import { GoalStatus } from '../messaging/schemas';
import type { GoalStates } from '../service/goal-states';
import type { PacerDb } from './db';
import { toStoreError } from './errors';

const KEY = 'goal-states';
const Status = GoalStatus;
const States = z.record(
  z.string(),
  z.object({
    status: Status,
    since: z.string(),
    previous: Status.nullable(),
    anomalies: z.array(z.string()),
  }),
);

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
