/** Periodic KPI reports (docs/architecture.md, "Contracts"): build once, render as Markdown or CSV. */
export { buildReport, STATUSES, TIER, type ReportInput } from './build-report';
export { reportPeriods, endOfDay, type DayRange, type PeriodKind } from './period';
export { toMarkdown } from './markdown';
export { toCsv, guardCell } from './csv';
export { statusWord, STATUS_EMOJI, type ReportLang } from './strings';
export type { GoalReport, Report, ReportSummary } from './types';
export { decisionsIn, decisionParts, type ReportDecision } from './decisions';
