import type { DBSchema } from 'idb';
import type { Goal, Reading } from '../goals/schema';
import type { Tracker } from './tracker-schema';

/** A stored reading: the Reading plus its metric id (for the index) and an auto key. */
export type StoredReading = Reading & { metricId: string; seq?: number };

export interface PacerSchema extends DBSchema {
  goals: { key: string; value: Goal };
  readings: { key: number; value: StoredReading; indexes: { byMetricTime: [string, string] } };
  settings: { key: string; value: unknown };
  trackers: { key: string; value: Tracker; indexes: { byOrigin: string } };
}
