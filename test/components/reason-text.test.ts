/**
 * "Why this status" (issue 14): the one line each card says about its verdict, in English and
 * Korean, from real evaluations (engine → toGoalView → words).
 */
import { describe, expect, it } from 'vitest';
import { reasonText } from '../../components/card/reason-text';
import { addDays } from '../../lib/goals/dates';
import type { Goal, Reading } from '../../lib/goals/schema';
import { translator, type Lang } from '../../lib/i18n';
import { EvaluationView } from '../../lib/messaging/schemas';
import { toGoalView } from '../../lib/service/views';
import { goal, metric } from '../goals/helpers';
import { daily } from '../support/factories';

const TODAY = '2026-02-15';
const NOW = new Date(`${TODAY}T12:00:00.000Z`);
const say = (g: Goal, rs: Reading[], lang: Lang, now = NOW) =>
  reasonText(toGoalView(g, rs, now), translator(lang), lang, TODAY);
// Default goal: 1000 → 2000 from Jan 1 to Mar 31; on Feb 15 the pace says 45/89 = 50.6%.
const pace = (share: number) => (i: number) => 1000 + (1000 * share * i) / 89;
const toNow = (f: (i: number) => number) => daily('2026-01-01', TODAY, f);

describe('reasonText', () => {
  // Issue 14, seen case 1: a goal 120 days into 180, first reading 12,300 of 10,000 → 30,000.
  const start = addDays(TODAY, -120);
  const seen1 = goal({
    baseline: { value: 10_000, date: start },
    target: { value: 30_000 },
    start,
    deadline: addDays(TODAY, 60),
  });
  const first: Reading[] = [
    { metric, value: 12_300, unit: 'count', period: null, observedAt: `${TODAY}T09:00:00.000Z` },
  ];

  it('says why a goal is off track, with progress, pace, tolerance and projection (en)', () => {
    expect(say(seen1, first, 'en')).toBe(
      // 13,450 exactly: ties round toward zero (lib/i18n/format.ts), as for a floored figure.
      'Off track: 11.5% done vs 66.7% expected by today, 55.2 pts behind, more than the ' +
        'tolerance (10 pts); projected 13.4K < target 30K',
    );
  });

  it('says the same in Korean', () => {
    expect(say(seen1, first, 'ko')).toBe(
      '뒤처짐: 오늘까지 예상 66.7% 대비 11.5% 진행, 55.2%p 부족, 허용 오차(10%p) 초과; ' +
        '예상 1.3만 < 목표 3만',
    );
  });

  it('names the on-pace band for on-track and at-risk goals', () => {
    expect(say(goal(), toNow(pace(1)), 'en')).toBe(
      'On track: 50.6% done vs 50.6% expected by today, within the on-pace band (±2 pts); ' +
        'projected 2,000 ≥ target 2,000',
    );
    expect(say(goal(), toNow(pace(0.85)), 'en')).toBe(
      'At risk: 43% done vs 50.6% expected by today, 7.6 pts behind, beyond the on-pace band ' +
        '(±2 pts); projected 1,850 < target 2,000',
    );
    expect(say(goal(), toNow(pace(0.85)), 'ko')).toBe(
      '주의: 오늘까지 예상 50.6% 대비 43% 진행, 7.6%p 부족, 정상 범위(±2%p) 밖; ' +
        '예상 1,850 < 목표 2,000',
    );
  });

  it('says how much of the window has passed while it is too early, and how old a stale reading is', () => {
    const jan4 = new Date('2026-01-04T12:00:00.000Z');
    const early = daily('2026-01-01', '2026-01-04', pace(1));
    expect(say(goal(), early, 'en', jan4)).toBe(
      'Too early: 3 of 89 days have passed; the pace is judged from day 9',
    );
    expect(say(goal(), early, 'ko', jan4)).toBe(
      '초기 단계: 89일 중 3일 지남, 페이스는 9일째부터 판단합니다',
    );
    const stale = daily('2026-01-01', '2026-02-10', pace(1));
    expect(say(goal(), stale, 'en')).toBe('Stale: the last reading is 5 days old (stale after 3)');
    expect(say(goal(), stale, 'ko')).toBe('오래된 데이터: 마지막 기록이 5일 전(기준 3일 초과)');
  });

  it('explains stay-above goals and budgets in their own terms', () => {
    const stay = goal({ direction: 'at-least', target: { value: 1000 } });
    expect(
      say(
        stay,
        toNow((i) => 1500 - 10 * i),
        'en',
      ),
    ).toBe('At risk: 1,050 holds the 1,000 line; the trend crosses it by Mar 31 (projected 610)');
    expect(
      say(
        stay,
        toNow(() => 900),
        'ko',
      ),
    ).toBe('뒤처짐: 900, 기준선 1,000 아래');
    const budget = goal({
      accumulation: 'period-total',
      direction: 'at-most',
      target: { value: 90_000 },
    });
    const spend = daily('2026-01-01', TODAY, (i) => 1050 * (i + 1), { periodStart: '2026-01-01' });
    expect(say(budget, spend, 'en')).toBe(
      'At risk: heading for 94.5K against a 90K budget, 5% over (band ±2%)',
    );
    expect(say(budget, spend, 'ko')).toBe('주의: 예산 9만 대비 9.4만 예상, 5% 초과(정상 범위 ±2%)');
  });

  it('says what settled achieved and missed goals', () => {
    expect(
      say(
        goal(),
        toNow((i) => 1000 + 30 * i),
        'en',
      ),
    ).toBe('Achieved: 2,350 meets the target 2,000');
    const late = new Date('2026-04-02T08:00:00.000Z');
    expect(say(goal(), daily('2026-01-01', '2026-04-01', pace(0.8)), 'ko', late)).toBe(
      '미달성: 3월 31일 기준 1,800, 마감까지 목표 2,000에 못 미침',
    );
  });

  it('is part of the view the background sends, and passes its schema', () => {
    const v = toGoalView(seen1, first, NOW);
    expect(v.evaluation.reason?.rule).toBe('far-behind');
    expect(EvaluationView.parse(v.evaluation)).toEqual(v.evaluation);
  });

  it('says nothing when a view carries no reason (older background)', () => {
    const v = toGoalView(goal(), toNow(pace(1)), NOW);
    const { reason: _omitted, ...rest } = v.evaluation;
    expect(reasonText({ ...v, evaluation: rest }, translator('en'), 'en', TODAY)).toBeNull();
  });
});
