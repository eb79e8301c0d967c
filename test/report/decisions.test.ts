/** The decisions of the period's reviews in the report (issue 13): which, and in words (en/ko). */
import { describe, expect, it } from 'vitest';
import { buildReport, toCsv, toMarkdown } from '../../lib/report';
import type { Review } from '../../lib/review/schema';
import { daily, makeGoal } from '../support/factories';
import { makeDecision, makeReview } from '../support/reviews';

const visitors = makeGoal({
  id: 'visitors',
  title: 'Grow monthly visitors to 20k',
  target: { value: 18000 },
  deadline: '2026-04-30',
});
const signups = makeGoal({
  id: 'signups',
  title: 'Sign-ups\n# not a heading',
  metric: { source: 'plausible', scope: 'example.com', key: 'signups' },
  priority: 1,
});
const readings = daily('2026-01-01', '2026-03-01', (i) => 12000 + i * 50);

const february = makeReview({
  id: 'feb',
  date: '2026-02-05',
  decisions: [
    makeDecision({
      goalId: 'visitors',
      title: 'Grow monthly visitors to 20k',
      kind: 'revise',
      status: 'off-track',
      previousStatus: 'on-track',
      revision: {
        date: '2026-02-05',
        reason: 'Google traffic fell 28% after the update',
        target: { value: 20000 },
        deadline: '2026-03-31',
      },
      actions: ['Rewrite the pricing page'],
    }),
    makeDecision({
      goalId: 'signups',
      title: 'Sign-ups',
      kind: 'reprioritise',
      status: 'at-risk',
      priority: { from: null, to: 1 },
      note: 'Launch depends on it',
    }),
    makeDecision({
      goalId: 'gone',
      title: 'Old newsletter goal',
      kind: 'close',
      status: 'missed',
      closure: { date: '2026-02-05', outcome: 'abandoned', lesson: 'Nobody reads it' },
    }),
  ],
});
const later = makeReview({ id: 'feb2', date: '2026-02-26', savedAt: '2026-02-26T09:00:00.000Z' });
const outside = [
  makeReview({ id: 'jan', date: '2026-01-31' }),
  makeReview({ id: 'mar', date: '2026-03-01' }),
];

const report = (reviews: Review[]) =>
  buildReport({
    goals: [visitors, signups],
    readings,
    period: 'month',
    end: new Date('2026-03-02T08:00:00Z'),
    reviews,
  });

describe('the report’s decisions', () => {
  it('holds every decision of the reviews dated within the period, oldest review first', () => {
    const r = report([later, ...outside, february]);
    expect(r.period).toEqual({ start: '2026-02-01', end: '2026-02-28' });
    expect(r.decisions.map((d) => [d.reviewId, d.decision.goalId])).toEqual([
      ['feb', 'visitors'],
      ['feb', 'signups'],
      ['feb', 'gone'],
      ['feb2', 'g1'],
    ]);
    // The goal's unit and its target now, to write the revision against.
    expect(r.decisions[0]).toMatchObject({ unit: 'count', now: { target: 18000 } });
    expect(r.decisions[2]!.now).toBeNull();
    expect(report(outside).decisions).toEqual([]);
    expect(toMarkdown(report(outside), 'en')).not.toContain('Decisions at reviews');
  });

  it('writes each decision in words in Markdown, English', () => {
    const md = toMarkdown(report([february]), 'en').split('\n');
    const at = md.indexOf('## Decisions at reviews');
    expect(at).toBeGreaterThan(0);
    expect(md.slice(at + 1)).toEqual([
      '',
      '### Review of Feb 5, 2026',
      '- **Grow monthly visitors to 20k** — Revise the target or deadline (status then: Off track) · was 20K by Mar 31, 2026; now 18K by Apr 30, 2026 · reason: Google traffic fell 28% after the update · actions: Rewrite the pricing page',
      '- **Sign-ups** — Re-prioritise (status then: At risk) · priority unset → 1 · note: Launch depends on it',
      '- **Old newsletter goal** — Close the goal (status then: Missed) · abandoned · lesson: Nobody reads it',
      '',
    ]);
  });

  it('and in Korean', () => {
    const md = toMarkdown(report([february]), 'ko');
    expect(md).toContain('## 점검에서 내린 결정');
    expect(md).toContain('### 2026. 2. 5. 점검');
    expect(md).toContain(
      '- **Grow monthly visitors to 20k** — 목표·마감 재설정 (당시 상태: 뒤처짐) · 이전 목표: 2026. 3. 31.까지 2만; 현재 목표: 2026. 4. 30.까지 1.8만',
    );
    expect(md).toContain(
      '우선순위 조정 (당시 상태: 주의) · 우선순위 없음 → 1 · 메모: Launch depends on it',
    );
    expect(md).toContain('목표 종료 (당시 상태: 미달성) · 중단 · 교훈: Nobody reads it');
  });

  it('puts a goal’s decisions in its CSV row, one a line', () => {
    const csv = toCsv(report([february, later]), 'en');
    const header = csv.split('\r\n')[0]!.split('","');
    const col = header.indexOf('Decisions at reviews');
    expect(col).toBeGreaterThan(0);
    const visitorsRow = csv.split('\r\n').find((l) => l.startsWith('"visitors"'))!;
    expect(visitorsRow).toContain(
      '"2026-02-05 Revise the target or deadline (status then: Off track); was 20K by Mar 31, 2026; now 18K by Apr 30, 2026; reason: Google traffic fell 28% after the update; actions: Rewrite the pricing page"',
    );
    expect(toCsv(report([february]), 'ko')).toContain('"점검에서 내린 결정"');
  });
});
