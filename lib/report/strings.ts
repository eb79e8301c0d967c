/**
 * Every word a report prints, in English and Korean, in the language the user picks for the
 * report (it is pasted into Slack or Notion), whatever the browser's language. Status words come
 * from the translator, as on every other surface.
 */
import type { GoalStatus } from '../goals/status';
import type { DecisionKind } from '../review/schema';
import { translator } from '../i18n';
import { STATUS_KEY } from '../i18n/status-words';
import type { PeriodKind } from './period';

export type ReportLang = 'en' | 'ko';

type Entry = { en: string; ko: string };
const t = (en: string, ko: string): Entry => ({ en, ko });

/** A status's word in the report's language: the same words as every other surface. */
export const statusWord = (status: GoalStatus, lang: ReportLang): string =>
  translator(lang)(STATUS_KEY[status]);

/** Emoji first so a status reads at a glance in a chat client that drops formatting. */
export const STATUS_EMOJI: Record<GoalStatus, string> = {
  achieved: '✅',
  'on-track': '🟢',
  early: '🌱',
  'no-data': '⚪',
  stale: '⏸️',
  'at-risk': '🟡',
  'off-track': '🔴',
  missed: '❌',
};

export const TITLE: Record<PeriodKind, Entry> = {
  week: t('Weekly KPI report', '주간 KPI 보고서'),
  month: t('Monthly KPI report', '월간 KPI 보고서'),
  quarter: t('Quarterly KPI report', '분기 KPI 보고서'),
};

/** "Change since …" names the previous report's period the way people say it. */
export const SINCE: Record<PeriodKind, Entry> = {
  week: t('Since last week', '지난주 대비'),
  month: t('Since last month', '지난달 대비'),
  quarter: t('Since last quarter', '지난 분기 대비'),
};

export const WORDS = {
  goalCount: t('{n} goals', '목표 {n}개'),
  tierSuccess: t('Successes', '성과'),
  tierWaiting: t('Waiting for data', '지켜보는 중'),
  tierAttention: t('Needs attention', '조치 필요'),
  trail: t('Start → now → target', '시작 → 현재 → 목표'),
  progress: t('Progress', '진행률'),
  expected: t('expected', '예상'),
  was: t('was', '이전'),
  unknown: t('unknown', '알 수 없음'),
  actionsDone: t('Done', '완료한 일'),
  actionsOverdue: t('Overdue', '기한 지남'),
  due: t('due', '기한'),
  notes: t('Notes', '메모'),
  anomalies: t('Unusual changes', '이상 변화'),
  checkins: t('Checked in by hand', '직접 입력한 값'),
  byHand: t('checked in by hand', '직접 입력'),
  owner: t('Owner', '담당'),
  deadline: t('Deadline', '마감'),
  none: t('No goals yet.', '아직 목표가 없습니다.'),
  /** Change of a percent figure, in percentage points. */
  points: t('{n} pts', '{n}%p'),
} satisfies Record<string, Entry>;

/** The decisions taken at the period's reviews (issue 13): one line each, in these words. */
export const DECISION_WORDS = {
  heading: t('Decisions at reviews', '점검에서 내린 결정'),
  reviewOf: t('Review of {date}', '{date} 점검'),
  status: t('status then', '당시 상태'),
  priority: t('priority {from} → {to}', '우선순위 {from} → {to}'),
  unset: t('unset', '없음'),
  revisedFrom: t('was {target} by {deadline}', '이전 목표: {deadline}까지 {target}'),
  now: t('now {target} by {deadline}', '현재 목표: {deadline}까지 {target}'),
  reason: t('reason', '이유'),
  actions: t('actions', '실행 항목'),
  lesson: t('lesson', '교훈'),
  note: t('note', '메모'),
} satisfies Record<string, Entry>;

export const DECISION_KIND: Record<DecisionKind, Entry> = {
  keep: t('Keep course', '현재 계획 유지'),
  'change-plan': t('Change the plan', '실행 계획 변경'),
  reprioritise: t('Re-prioritise', '우선순위 조정'),
  revise: t('Revise the target or deadline', '목표·마감 재설정'),
  close: t('Close the goal', '목표 종료'),
};

export const OUTCOME: Record<'achieved' | 'abandoned', Entry> = {
  achieved: t('achieved', '달성'),
  abandoned: t('abandoned', '중단'),
};

/** CSV header, in column order (csv.ts writes the cells in the same order). */
export const CSV_HEADER: Entry[] = [
  t('Goal ID', '목표 ID'),
  t('Title', '제목'),
  t('Objective', '목적'),
  t('Status', '상태'),
  t('Priority', '우선순위'),
  t('Owner', '담당'),
  t('Metric', '지표'),
  t('Unit', '단위'),
  t('Currency', '통화'),
  t('Baseline', '기준값'),
  t('Baseline date', '기준일'),
  t('Previous', '이전 값'),
  t('Change', '변화'),
  t('Current', '현재 값'),
  t('Current date', '현재 값 날짜'),
  t('Target', '목표값'),
  t('Deadline', '마감일'),
  t('Progress', '진행률'),
  t('Expected progress', '예상 진행률'),
  t('Actions done', '완료한 일'),
  t('Actions overdue', '기한 지난 일'),
  t('Notes', '메모'),
  t('Anomalies', '이상 변화'),
  t('Checked in by hand', '직접 입력한 값'),
  t('Decisions at reviews', '점검에서 내린 결정'),
  t('Period start', '기간 시작'),
  t('Period end', '기간 끝'),
];

/** `{n}`-style placeholders; a function, not string concatenation, because word order differs. */
export const fill = (s: string, subs: Record<string, string | number>): string =>
  s.replace(/\{(\w+)\}/g, (m, k: string) => (k in subs ? String(subs[k]) : m));
