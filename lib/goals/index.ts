/** The goal engine's public surface (docs/architecture.md, "Contracts"): schemas, evaluation, SMART check, templates. */
export * from './schema';
export * from './export';
export * from './types';
export {
  evaluate,
  expectedProgress,
  DEFAULT_STALE_DAYS,
  DEFAULT_TOLERANCE,
  EARLY_SHARE,
  EARLY_MIN_DAYS,
  ON_PACE_MARGIN,
} from './evaluate';
export { judgeFromDay } from './verdict';
export { StatusReason, ReasonRule } from './reason';
export { statusHistory, lastTransition } from './transitions';
export { resolveTarget, meets, levelProgress, totalProgress } from './progress';
export { trendProjection, runRateProjection, paceProjection, TREND_DAYS } from './projection';
export { detectAnomalies, robustZ, ANOMALY_Z, PRECISION_FLOOR, LEVEL_FLOOR } from './anomalies';
export { dailySeries, type DailySeries } from './series';
export {
  checkSmart,
  smartPasses,
  bestRate,
  STRETCH_RATIO,
  UNACHIEVABLE_RATIO,
  type GoalDraft,
  type SmartLetter,
  type SmartResult,
  type Achievability,
} from './smart';
export {
  TEMPLATES,
  templateById,
  type Template,
  type TemplateParams,
  type TemplateSlot,
} from './templates';
