import type { Goal } from '../../lib/goals/schema';

import { lessonsFor } from '../../lib/review/history';
import { useI18n } from '../i18n';
import { lessonText } from '../review/review-text';

/**
 * The lessons of closed goals on the figure a new goal follows (issue 13): what was achievable
 * before, the "A" of SMART, shown where the target is set. Nothing when there are none.
 */
export function LessonsNote(p: {
  metric: { source: string; scope: string; key: string };
  goals: Goal[];
  exceptId: string;
  today: string;
}) {
  const { t, lang } = useI18n();
  const lessons = lessonsFor(p.metric, p.goals, p.exceptId);
  if (!lessons.length) return null;
  return (
    <section class="group lessons" aria-labelledby="lessons-h">
      <h3 id="lessons-h" class="small">
        {t('lessonsHeading')}
      </h3>
      <p class="small muted">{t('lessonsHint')}</p>
      <ul class="rows small">
        {lessons.slice(0, 5).map((l) => (
          <li key={l.goalId} data-lesson-of={l.goalId}>
            <strong>{l.title}</strong> — {lessonText(t, lang, p.today, l.closed)}
          </li>
        ))}
      </ul>
    </section>
  );
}
