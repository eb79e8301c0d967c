/**
 * A review's facts in words (en/ko through the translator): a status's change since the last
 * review, a decision as the review, the goal's history and the report's readers see it, and a
 * past goal's lesson. Pure: tested in test/components/review-text.test.ts.
 */
import type { Goal, Target, Unit } from '../../lib/goals/schema';
import { worseBy, type GoalStatus } from '../../lib/goals/status';
import { formatDay, formatValue } from '../../lib/i18n/format';
import type { Lang, Translate } from '../../lib/i18n';
import { STATUS_KEY } from '../../lib/i18n/status-words';
import type { Decision } from '../../lib/review/schema';

/** "Slipped: was On track at the review of Oct 31", or "First review of this goal". */
export function statusChangeText(
  t: Translate,
  lang: Lang,
  today: string,
  status: GoalStatus,
  last: { date: string | null; status: GoalStatus } | null,
): string {
  if (!last) return t('reviewFirstTime');
  const was = t(STATUS_KEY[last.status]);
  if (last.status === status)
    return last.date
      ? t('reviewUnchangedSince', formatDay(last.date, lang, today))
      : t('reviewUnchanged');
  const key = worseBy(last.status, status) > 0 ? 'reviewSlipped' : 'reviewImproved';
  return last.date
    ? t(key, was, formatDay(last.date, lang, today))
    : t(key === 'reviewSlipped' ? 'reviewSlippedNoDate' : 'reviewImprovedNoDate', was);
}

export function targetText(target: Target, unit: Unit, lang: Lang, currency?: string): string {
  if ('changePercent' in target)
    return `${target.changePercent > 0 ? '+' : ''}${target.changePercent}%`;
  return formatValue(target.value, unit, lang, currency);
}

/** One decision in a sentence: what was decided, then the user's note. */
export function decisionText(
  t: Translate,
  lang: Lang,
  today: string,
  d: Decision,
  unit: Unit = 'count',
  currency?: string,
): string {
  const main = (() => {
    switch (d.kind) {
      case 'keep':
        return t('decisionKeepDone');
      case 'change-plan':
        return t('decisionPlanDone', (d.actions ?? []).join(', ') || '—');
      case 'reprioritise':
        return d.priority?.from
          ? t('decisionPriorityDone', d.priority.to, d.priority.from)
          : t('decisionPriorityNewDone', d.priority?.to ?? '—');
      case 'revise':
        return d.revision
          ? t(
              'decisionReviseDone',
              targetText(d.revision.target, unit, lang, currency),
              formatDay(d.revision.deadline, lang, today),
              d.revision.reason,
            )
          : t('decisionReviseDone', '—', '—', '—');
      case 'close':
        return d.closure
          ? t(
              d.closure.outcome === 'achieved' ? 'decisionAchievedDone' : 'decisionAbandonedDone',
              d.closure.lesson,
            )
          : t('decisionCloseDone');
    }
  })();
  const plan =
    d.kind !== 'change-plan' && d.actions?.length
      ? ` ${t('decisionAlsoPlan', d.actions.join(', '))}`
      : '';
  const note = d.note ? ` ${t('decisionNote', d.note)}` : '';
  return `${main}${plan}${note}`;
}

/** "Last time: abandoned on 2026-09-30 — “Paid ads doubled visits but not signups”". */
export function lessonText(
  t: Translate,
  lang: Lang,
  today: string,
  closed: NonNullable<Goal['closed']>,
): string {
  return t(
    closed.outcome === 'achieved' ? 'lessonAchieved' : 'lessonAbandoned',
    formatDay(closed.date, lang, today),
    closed.lesson,
  );
}

/** "Abandoned on Sep 30" for a closed goal in a list. */
export function closedText(
  t: Translate,
  lang: Lang,
  today: string,
  closed: NonNullable<Goal['closed']>,
): string {
  return t(
    closed.outcome === 'achieved' ? 'closedAchieved' : 'closedAbandoned',
    formatDay(closed.date, lang, today),
  );
}

/** Whether a review is due, in a sentence ("A monthly review is due since Nov 30."). */
export function reviewDueText(
  t: Translate,
  lang: Lang,
  today: string,
  s: {
    cadence: 'off' | 'weekly' | 'monthly' | 'quarterly';
    due: boolean;
    dueSince: string | null;
    lastReview: { date: string } | null;
  },
): string {
  const last = s.lastReview
    ? t('reviewLast', formatDay(s.lastReview.date, lang, today))
    : t('reviewNever');
  if (s.cadence === 'off') return `${last} ${t('reviewRemindersOff')}`;
  const every = t(
    s.cadence === 'weekly'
      ? 'reviewEveryWeek'
      : s.cadence === 'monthly'
        ? 'reviewEveryMonth'
        : 'reviewEveryQuarter',
  );
  if (s.due)
    return s.dueSince
      ? `${t('reviewDueSince', every, formatDay(s.dueSince, lang, today))} ${last}`
      : `${t('reviewDue', every)} ${last}`;
  return `${last} ${t('reviewNotDue', every)}`;
}
