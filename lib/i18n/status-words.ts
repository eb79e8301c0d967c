import type { GoalStatus } from '../goals/status';
import type { MessageKey } from './index';

/** The word for each status, shared by the UI and notifications. */
export const STATUS_KEY: Record<GoalStatus, MessageKey> = {
  'no-data': 'statusNoData',
  stale: 'statusStale',
  early: 'statusEarly',
  'on-track': 'statusOnTrack',
  'at-risk': 'statusAtRisk',
  'off-track': 'statusOffTrack',
  achieved: 'statusAchieved',
  missed: 'statusMissed',
};
