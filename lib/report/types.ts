/** What a periodic report holds: plain data, so renderers and the UI share one source. */
import type { Action, Goal, MetricRef, Note, Unit } from '../goals/schema';
import type { Anomaly, GoalStatus } from '../goals/types';
import type { ReportDecision } from './decisions';
import type { DayRange, PeriodKind } from './period';

export interface GoalReport {
  id: string;
  title: string;
  objective: string;
  metric: MetricRef;
  direction: Goal['direction'];
  accumulation: Goal['accumulation'];
  priority: Goal['priority'];
  owner: string | undefined;
  /** Unit (and currency) of the metric's newest usable reading; 'count' when there is none. */
  unit: Unit;
  currency: string | undefined;
  /** Evaluated as of the last instant of the period. */
  status: GoalStatus;
  baseline: { value: number; date: string };
  current: number | null;
  currentDate: string | null;
  target: number;
  deadline: string;
  progress: number | null;
  expectedProgress: number | null;
  /** The same goal evaluated as of the end of the previous period; null before the goal began. */
  previous: { value: number | null; status: GoalStatus } | null;
  /** current − previous value; null when either is unknown. */
  change: number | null;
  /** Done actions due in the period (actions carry no completion date, so "due" stands in). */
  actionsDone: Action[];
  /** Not done and due on or before the period's last day. */
  actionsOverdue: Action[];
  notes: Note[];
  /** Unusual daily changes on days within the period. */
  anomalies: Anomaly[];
  /** Values the user checked in by hand on days within the period, oldest first. */
  checkins: { date: string; value: number; note?: string }[];
  /** Whether the current value is a check-in (the newest reading of its day was typed by hand). */
  currentByHand: boolean;
}

export interface ReportSummary {
  total: number;
  byStatus: Record<GoalStatus, number>;
}

export interface Report {
  kind: PeriodKind;
  period: DayRange;
  previous: DayRange;
  generatedAt: string;
  summary: ReportSummary;
  /** Successes first (article ch. 4), then waiting, then problems; by priority within a tier. */
  goals: GoalReport[];
  /** The decisions of the reviews dated within the period (issue 13), oldest review first. */
  decisions: ReportDecision[];
}
