import type { ComponentChildren } from 'preact';
import type { Ref } from 'preact';
import { formatDay } from '../../lib/i18n/format';
import type { ReviewItem } from '../../lib/messaging/review-schemas';
import type { DecisionDraft, DraftErrors } from '../../lib/review/decide';
import type { Decision } from '../../lib/review/schema';
import { useI18n } from '../i18n';
import { StatusChip } from '../StatusChip';
import { DecisionForm } from './DecisionForm';
import { decisionText, statusChangeText } from './review-text';

export interface ReviewGoalProps {
  item: ReviewItem;
  position: number;
  today: string;
  /** The goal's decision at its last review, with that review's day. */
  last: { date: string | null; status: Decision['status'] } | null;
  current: boolean;
  recorded: Decision | null;
  draft: DecisionDraft;
  errors: DraftErrors;
  /** "What moved" for this goal, when the movers are wired (see ReviewSection). */
  movers?: ComponentChildren;
  headingRef?: Ref<HTMLHeadingElement>;
  onOpen: () => void;
  onChange: (d: DecisionDraft) => void;
  onRecord: () => void;
  onSkip: () => void;
}

/**
 * One goal in the review: its status and change since the last review, what moved, overdue
 * actions and notes since; the current goal also shows the decision form. The others show one
 * line and a button, so Tab moves from goal to goal quickly.
 */
export function ReviewGoal(p: ReviewGoalProps) {
  const { t, lang } = useI18n();
  const { goal, evaluation } = p.item;
  const unit = p.item.unit ?? 'count';
  const headingId = `review-goal-${goal.id}`;
  return (
    <li
      class={`card review-goal${p.current ? ' current' : ''}`}
      data-goal-id={goal.id}
      data-status={evaluation.status}
      data-decision={p.recorded?.kind}
      aria-current={p.current ? 'step' : undefined}
    >
      <h4 id={headingId} ref={p.headingRef} tabIndex={-1} class="review-goal-title">
        <span class="muted">{p.position}.</span> {goal.title}
      </h4>
      <p class="card-line">
        <StatusChip status={evaluation.status} />{' '}
        <span class="review-change">
          {statusChangeText(t, lang, p.today, evaluation.status, p.last)}
        </span>
      </p>
      {p.recorded && (
        <p class="card-line small review-recorded">
          <span aria-hidden="true">✓ </span>
          {t('reviewRecorded', decisionText(t, lang, p.today, p.recorded, unit, p.item.currency))}
        </p>
      )}
      {!p.current && (
        <div class="row-buttons">
          <button type="button" onClick={p.onOpen} aria-describedby={headingId}>
            {t(p.recorded ? 'reviewChangeDecision' : 'reviewOpenGoal')}
          </button>
        </div>
      )}
      {p.current && (
        <div class="review-detail stack">
          {p.movers}
          <section aria-labelledby={`${headingId}-overdue`}>
            <h5 id={`${headingId}-overdue`}>{t('reviewOverdueHeading')}</h5>
            {p.item.overdueActions.length === 0 ? (
              <p class="small muted">{t('reviewNoOverdue')}</p>
            ) : (
              <ul class="overdue small">
                {p.item.overdueActions.map((a) => (
                  <li key={a.id}>
                    <span aria-hidden="true">◷ </span>
                    {t('cardOverdue', a.title, formatDay(a.due!, lang, p.today))}
                    {a.owner ? ` · ${a.owner}` : ''}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby={`${headingId}-notes`}>
            <h5 id={`${headingId}-notes`}>{t('reviewNotesHeading')}</h5>
            {p.item.notesSince.length === 0 ? (
              <p class="small muted">{t('reviewNoNotes')}</p>
            ) : (
              <ul class="rows notes small">
                {p.item.notesSince.map((n, i) => (
                  <li key={`${n.date}-${i}`} class="note">
                    <span class="muted">{formatDay(n.date, lang, p.today)}</span> {n.text}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <DecisionForm
            goal={goal}
            unit={unit}
            currency={p.item.currency}
            draft={p.draft}
            errors={p.errors}
            onChange={p.onChange}
            onRecord={p.onRecord}
            onSkip={p.onSkip}
          />
        </div>
      )}
    </li>
  );
}
