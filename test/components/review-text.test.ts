import { describe, expect, it } from 'vitest';
import {
  closedText,
  decisionText,
  lessonText,
  reviewDueText,
  statusChangeText,
} from '../../components/review/review-text';
import { translator } from '../../lib/i18n';
import type { Decision } from '../../lib/review/schema';

const en = translator('en');
const ko = translator('ko');
const TODAY = '2026-11-30';
const base: Decision = {
  goalId: 'g',
  title: 'Visitors',
  kind: 'keep',
  status: 'off-track',
  previousStatus: 'on-track',
};

describe('statusChangeText', () => {
  it('says a slip with the day of the review it is measured from', () => {
    expect(
      statusChangeText(en, 'en', TODAY, 'off-track', { date: '2026-10-31', status: 'on-track' }),
    ).toBe('Slipped: was On track at the review of Oct 31.');
    expect(
      statusChangeText(en, 'en', TODAY, 'on-track', { date: '2026-10-31', status: 'at-risk' }),
    ).toBe('Improved: was At risk at the review of Oct 31.');
    expect(
      statusChangeText(en, 'en', TODAY, 'on-track', { date: '2026-10-31', status: 'on-track' }),
    ).toBe('Unchanged since the review of Oct 31.');
    expect(statusChangeText(en, 'en', TODAY, 'on-track', null)).toBe('First review of this goal.');
  });
});

describe('decisionText', () => {
  it('says each kind in words, with the note', () => {
    expect(decisionText(en, 'en', TODAY, { ...base, note: 'wait' })).toBe(
      'kept course. Note: “wait”.',
    );
    expect(
      decisionText(en, 'en', TODAY, {
        ...base,
        kind: 'revise',
        revision: {
          date: TODAY,
          reason: 'Ads paused',
          target: { value: 20000 },
          deadline: '2026-12-31',
        },
        actions: ['Restart the newsletter'],
      }),
    ).toBe(
      'revised the target or deadline (was 20K by Dec 31) because: “Ads paused”. Plan: Restart the newsletter.',
    );
    expect(
      decisionText(en, 'en', TODAY, {
        ...base,
        kind: 'reprioritise',
        priority: { from: 3, to: 1 },
      }),
    ).toBe('priority set to 1 (was 3).');
    const closure = {
      date: TODAY,
      outcome: 'abandoned' as const,
      lesson: 'Ads bring visits, not signups',
    };
    expect(decisionText(ko, 'ko', TODAY, { ...base, kind: 'close', closure })).toBe(
      '중단으로 종료했습니다. 배운 점: “Ads bring visits, not signups”.',
    );
  });
});

describe('lessons and closed goals', () => {
  const closed = {
    date: '2026-09-30',
    outcome: 'abandoned' as const,
    lesson: 'Paid ads doubled visits but not signups',
  };
  it('reads as the issue asks', () => {
    expect(lessonText(en, 'en', TODAY, closed)).toBe(
      'Last time: abandoned on Sep 30 — “Paid ads doubled visits but not signups”',
    );
    expect(closedText(en, 'en', '2027-01-05', closed)).toBe('Closed: abandoned on Sep 30, 2026');
  });
});

describe('reviewDueText', () => {
  const s = {
    cadence: 'monthly' as const,
    due: true,
    dueSince: '2026-11-30',
    lastReview: { date: '2026-10-31' },
  };
  it('says whether a review is due, and that one can review anyway', () => {
    expect(reviewDueText(en, 'en', TODAY, s)).toBe(
      'Your monthly review is due since Nov 30. Last review: Oct 31.',
    );
    expect(reviewDueText(en, 'en', TODAY, { ...s, due: false, dueSince: null })).toBe(
      'Last review: Oct 31. The next monthly review is not due yet; you can still review now.',
    );
    expect(reviewDueText(en, 'en', TODAY, { ...s, cadence: 'off', lastReview: null })).toBe(
      'No review yet. Review reminders are off; you can review whenever you like.',
    );
    expect(reviewDueText(ko, 'ko', TODAY, s)).toBe(
      '11월 30일부터 월간 점검 시기입니다. 마지막 점검: 10월 31일.',
    );
  });
});
