/**
 * The goal engine's tests: their clock, and goals from 1,000 to 2,000 over the first quarter of
 * 2026 (figures small enough to follow by hand). Goals and series come from the one factory
 * module, test/support/factories.ts.
 */
import type { Goal } from '../../lib/goals/schema';
import { GOAL_METRIC, makeGoal } from '../support/factories';

export const NOW = new Date('2026-02-15T12:00:00.000Z');
export const metric = GOAL_METRIC;

export const goal = (over: Partial<Goal> = {}): Goal =>
  makeGoal({ baseline: { value: 1000, date: '2026-01-01' }, target: { value: 2000 }, ...over });
