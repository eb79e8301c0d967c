/**
 * The background's side of check-ins: find the goal, check the day and the value against it, and
 * store the reading. Every refusal is a code the UI can say in words; nothing is half-written.
 */
import {
  checkDate,
  checkinReading,
  expectedUnit,
  parseCheckinValue,
  type DateError,
  type ValueError,
} from '../checkins';
import { localeOf } from '../i18n';
import type { ParsedRequestOf } from '../messaging/protocol';
import { deleteCheckin, getGoal, latestUnit, putCheckin } from '../store';
import type { ServiceDeps } from './deps';

type Refused = {
  ok: false;
  error: DateError | ValueError | 'goal-not-found' | 'store';
  detail?: string;
};

const refuse = (error: Refused['error'], detail?: string): Refused => ({
  ok: false,
  error,
  ...(detail ? { detail } : {}),
});

export async function saveCheckin(deps: ServiceDeps, req: ParsedRequestOf<'checkin.save'>) {
  const db = await deps.db();
  const now = deps.now();
  const today = now.toISOString().slice(0, 10);
  const goal = await getGoal(db, req.goalId);
  if (!goal) return refuse('goal-not-found');
  const dateError = checkDate(req.date, goal, today);
  if (dateError) return refuse(dateError);
  const skip = [req.date, ...(req.replaces ? [req.replaces] : [])];
  const expected = expectedUnit(goal.metric, await latestUnit(db, goal.metric, skip));
  const value = parseCheckinValue(req.value, localeOf(req.lang), expected);
  if (!value.ok) return refuse(value.error);
  const reading = checkinReading(goal, req.date, value, req.note, now);
  try {
    const replaced = await putCheckin(
      db,
      reading,
      req.replaces && req.replaces !== req.date ? req.replaces : undefined,
    );
    return { ok: true as const, reading, replaced };
  } catch (err) {
    return refuse('store', (err as Error).message);
  }
}

export async function removeCheckin(deps: ServiceDeps, req: ParsedRequestOf<'checkin.delete'>) {
  const db = await deps.db();
  const goal = await getGoal(db, req.goalId);
  if (!goal) return refuse('goal-not-found');
  try {
    return { ok: true as const, deleted: await deleteCheckin(db, goal.metric, req.date) };
  } catch (err) {
    return refuse('store', (err as Error).message);
  }
}
