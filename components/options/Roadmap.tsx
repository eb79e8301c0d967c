import { addMonths, dayOf, monthStart } from '../../lib/goals/dates';
import { formatDay } from '../../lib/i18n/format';
import { localeOf } from '../../lib/i18n';
import type { GoalView } from '../../lib/messaging/schemas';
import { useI18n } from '../i18n';
import { StatusChip } from '../StatusChip';

/** Month starts between two days, for the axis. */
function months(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = addMonths(monthStart(from), 1); m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

/**
 * The roadmap (article ch. 1 and 3): each goal from start to deadline and its actions on one time
 * axis, today marked. Positions are percentages, so it scales from a phone-width window up.
 */
export function Roadmap({ views, today }: { views: GoalView[]; today: string }) {
  const { t, lang } = useI18n();
  if (!views.length) return <p class="empty">{t('optionsNoGoals')}</p>;
  const days = views.flatMap((v) => [
    v.goal.start,
    v.goal.deadline,
    ...v.goal.actions.flatMap((a) => (a.due ? [a.due] : [])),
  ]);
  const from = [...days, today].reduce((a, b) => (a < b ? a : b));
  const to = [...days, today].reduce((a, b) => (a > b ? a : b));
  const span = Math.max(1, dayOf(to) - dayOf(from));
  const x = (d: string) => `${((dayOf(d) - dayOf(from)) / span) * 100}%`;
  const month = new Intl.DateTimeFormat(localeOf(lang), { month: 'short', timeZone: 'UTC' });
  const sorted = [...views].sort((a, b) => a.goal.start.localeCompare(b.goal.start));
  return (
    <div class="roadmap">
      <div class="roadmap-axis" aria-hidden="true">
        {months(from, to).map((m) => (
          <span key={m} class="roadmap-tick small muted" style={{ left: x(m) }}>
            {month.format(new Date(`${m}T00:00:00Z`))}
          </span>
        ))}
      </div>
      <ol class="roadmap-rows">
        <span class="roadmap-today" style={{ left: x(today) }} aria-hidden="true">
          <span class="small">{t('roadmapToday')}</span>
        </span>
        {sorted.map(({ goal, evaluation }) => (
          <li key={goal.id} class="roadmap-row">
            <div class="roadmap-label">
              <span>{goal.title}</span> <StatusChip status={evaluation.status} />
              <span class="small muted">
                {t(
                  'roadmapSpan',
                  formatDay(goal.start, lang, today),
                  formatDay(goal.deadline, lang, today),
                )}
              </span>
            </div>
            <div class="roadmap-track">
              <span
                class={`roadmap-bar fill-${evaluation.status}`}
                style={{
                  left: x(goal.start),
                  width: `calc(${x(goal.deadline)} - ${x(goal.start)})`,
                }}
                aria-hidden="true"
              />
              {goal.actions
                .filter((a) => a.due)
                .map((a) => (
                  <span
                    key={a.id}
                    class={`roadmap-action action-${a.status}${a.status !== 'done' && a.due! < today ? ' overdue' : ''}`}
                    style={{ left: x(a.due!) }}
                    role="img"
                    aria-label={t(
                      'roadmapAction',
                      a.title,
                      formatDay(a.due!, lang, today),
                      t(
                        a.status === 'done'
                          ? 'actionDone'
                          : a.status === 'doing'
                            ? 'actionDoing'
                            : 'actionTodo',
                      ),
                    )}
                    title={a.title}
                  />
                ))}
            </div>
          </li>
        ))}
      </ol>
      <p class="roadmap-key small muted" aria-hidden="true">
        <span>
          <span class="roadmap-action action-done" />
          {t('roadmapKeyDone')}
        </span>
        <span>
          <span class="roadmap-action" />
          {t('roadmapKeyOpen')}
        </span>
        <span>
          <span class="roadmap-action overdue" />
          {t('roadmapKeyOverdue')}
        </span>
      </p>
    </div>
  );
}
