import type { GoalView } from '../lib/messaging/schemas';
import { formatDay } from '../lib/i18n/format';
import { useI18n } from './i18n';
import { StatusChip } from './StatusChip';

/** One goal on a line, for lists where full cards would be too much (popup, options). */
export function GoalRow(p: {
  view: GoalView;
  today: string;
  onEdit: (v: GoalView) => void;
  /** Offer "Check in" (a value entered by hand). */
  onCheckin?: (v: GoalView) => void;
  onDelete?: (v: GoalView) => void;
  confirmDelete?: boolean;
}) {
  const { t, lang } = useI18n();
  const { goal, evaluation } = p.view;
  return (
    <li
      class="goal-row"
      data-goal-id={goal.id}
      data-status={evaluation.status}
      data-closed={goal.closed ? goal.closed.outcome : undefined}
    >
      <div class="goal-row-text">
        <span class="goal-row-title">{goal.title}</span>
        <span class="small muted">
          {goal.priority ? `${t('priorityShort', goal.priority)} · ` : ''}
          {goal.owner ? `${goal.owner} · ` : ''}
          {t('cardDeadline', formatDay(goal.deadline, lang, p.today))}
        </span>
      </div>
      {/* A closed goal no longer has a pace to judge: say how it ended instead (issue 13). */}
      {goal.closed ? (
        <span class="chip chip-closed">
          {t(goal.closed.outcome === 'achieved' ? 'rowClosedAchieved' : 'rowClosedAbandoned')}
        </span>
      ) : (
        <StatusChip status={evaluation.status} />
      )}
      <div class="row-buttons">
        <button
          type="button"
          aria-label={t('cardEditNamed', goal.title)}
          onClick={() => p.onEdit(p.view)}
        >
          {t('cardEdit')}
        </button>
        {p.onCheckin && (
          <button
            type="button"
            aria-label={t('checkinButtonNamed', goal.title)}
            onClick={() => p.onCheckin!(p.view)}
          >
            {t('checkinButton')}
          </button>
        )}
        {p.onDelete && (
          <button
            type="button"
            class={p.confirmDelete ? 'danger' : ''}
            aria-label={t(
              p.confirmDelete ? 'goalDeleteConfirmNamed' : 'goalDeleteNamed',
              goal.title,
            )}
            onClick={() => p.onDelete!(p.view)}
          >
            {t(p.confirmDelete ? 'goalDeleteConfirm' : 'goalDelete')}
          </button>
        )}
      </div>
    </li>
  );
}
