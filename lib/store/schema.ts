import type { DBSchema } from 'idb';
import type { Goal, Period, Reading, Unit } from '../goals/schema';
import type { BreakdownDimension, BreakdownRow } from '../readers/breakdown';
import type { Review } from '../review/schema';
import type { Tracker } from './tracker-schema';

/** A stored reading: the Reading plus its metric id (for the index) and an auto key. */
export type StoredReading = Reading & { metricId: string; seq?: number };

/**
 * A stored breakdown (issue 13): the top rows of one table beside a headline metric, one record
 * per metric, dimension, period and day (the day's latest read wins). Only breakdowns whose
 * period is known are stored: without it no earlier one is comparable.
 */
export interface StoredBreakdown {
  /** `metricId|dimension|start..end|day`: the key that makes the day's latest read win. */
  id: string;
  metricId: string;
  dimension: BreakdownDimension;
  period: Period;
  /** The day it was read (`YYYY-MM-DD`, the user's local day). */
  day: string;
  observedAt: string;
  unit: Unit;
  currency?: string;
  rows: BreakdownRow[];
}

export interface PacerSchema extends DBSchema {
  goals: { key: string; value: Goal };
  readings: { key: number; value: StoredReading; indexes: { byMetricTime: [string, string] } };
  settings: { key: string; value: unknown };
  trackers: { key: string; value: Tracker; indexes: { byOrigin: string } };
  breakdowns: {
    key: string;
    value: StoredBreakdown;
    indexes: { byMetricDay: [string, string]; byDay: string };
  };
  reviews: { key: string; value: Review; indexes: { byDate: string } };
}
