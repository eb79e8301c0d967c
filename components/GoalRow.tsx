import type { GoalView } from '../lib/messaging/schemas';
import { formatDay } from '../lib/i18n/format';
import { useI18n } from './i18n';
import { EditButton } from './EditButton';
import { ClosedChip, StatusChip } from './StatusChip';

/** Lists show closed goals (issue 13) after the open ones: they no longer ask for anything. */
export const closedLast = (a: GoalView, b: GoalView): number =>
  Number(a.goal.closed !== undefined) - Number(b.goal.closed !== undefined);

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
      class={`goal-row${goal.closed ? ' closed' : ''}`}
      data-goal-id={goal.id}
      data-status={evaluation.status}
      data-closed={goal.closed?.outcome}
    >
      <div class="goal-row-text">
        <span class="goal-row-title">{goal.title}</span>
        <span class="small muted">
          {goal.priority ? `${t('priorityShort', goal.priority)} · ` : ''}
          {goal.owner ? `${goal.owner} · ` : ''}
          {t('cardDeadline', formatDay(goal.deadline, lang, p.today))}
        </span>
      </div>
      {goal.closed ? (
        <ClosedChip closed={goal.closed} today={p.today} />
      ) : (
        <StatusChip status={evaluation.status} />
      )}
      <div class="row-buttons">
        <EditButton view={p.view} onEdit={p.onEdit} />
        {p.onCheckin && !goal.closed && (
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
