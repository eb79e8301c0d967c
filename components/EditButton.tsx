import type { GoalView } from '../lib/messaging/schemas';
import { useI18n } from './i18n';

/** "Edit", named with the goal's title for screen readers (a list has many). */
export function EditButton({ view, onEdit }: { view: GoalView; onEdit: (view: GoalView) => void }) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      aria-label={t('cardEditNamed', view.goal.title)}
      onClick={() => onEdit(view)}
    >
      {t('cardEdit')}
    </button>
  );
}
