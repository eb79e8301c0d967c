import type { MessageKey } from './index';

type Status =
  'no-data' | 'stale' | 'early' | 'on-track' | 'at-risk' | 'off-track' | 'achieved' | 'missed';

/** The word for each status, shared by the UI and notifications. */
export const STATUS_KEY: Record<Status, MessageKey> = {
  'no-data': 'statusNoData',
  stale: 'statusStale',
  early: 'statusEarly',
  'on-track': 'statusOnTrack',
  'at-risk': 'statusAtRisk',
  'off-track': 'statusOffTrack',
  achieved: 'statusAchieved',
  missed: 'statusMissed',
};
