import type { GoalView } from '../lib/messaging/schemas';
import { formatDate, formatPercent, formatValue } from '../lib/i18n/format';
import { StatusChip } from './StatusChip';
import { useI18n } from './i18n';

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** A required rate is advice, not accounting: 66.67 a day reads better as 67. */
const roundRate = (x: number) => (x >= 10 ? Math.round(x) : Number(x.toPrecision(2)));

/** "Needs N a day" only means something while a change is still owed before the deadline. */
function showRate({ goal, evaluation: e }: GoalView): boolean {
  const moving = goal.direction === 'increase' || goal.direction === 'decrease';
  const open = !['achieved', 'missed', 'no-data', 'stale'].includes(e.status);
  return moving && open && e.requiredPerDay !== null && Math.abs(e.requiredPerDay) > 0;
}

export function GoalCard({ view }: { view: GoalView }) {
  const { t, lang } = useI18n();
  const { goal, evaluation: e } = view;
  const fmt = (v: number) => formatValue(v, view.unit ?? 'count', lang, view.currency);
  const progress = e.progress;
  return (
    <article
      class="card goal-card"
      data-goal-id={goal.id}
      data-status={e.status}
      aria-label={goal.title}
    >
      <header class="card-head">
        <h3 class="card-title">{goal.title}</h3>
        <StatusChip status={e.status} />
      </header>
      {progress !== null && (
        <div
          class="bar"
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(clamp01(progress) * 100)}
          aria-label={
            e.expectedProgress !== null
              ? t(
                  'cardProgress',
                  formatPercent(progress, lang),
                  formatPercent(e.expectedProgress, lang),
                )
              : t('cardProgressOnly', formatPercent(progress, lang))
          }
        >
          <div
            class={`bar-fill fill-${e.status}`}
            style={{ width: `${clamp01(progress) * 100}%` }}
          />
          {e.expectedProgress !== null && (
            <div
              class="bar-pace"
              style={{ left: `${clamp01(e.expectedProgress) * 100}%` }}
              title="pace"
            />
          )}
        </div>
      )}
      <p class="card-line">
        {e.current !== null && e.target !== null
          ? t('cardCurrentOfTarget', fmt(e.current), fmt(e.target))
          : null}
        <span class="muted"> · {t('cardDeadline', formatDate(goal.deadline, lang))}</span>
      </p>
      {showRate(view) && e.requiredPerDay !== null && (
        <p class="card-line muted">
          {t(
            'cardNeedsPerDay',
            fmt(roundRate(Math.abs(e.requiredPerDay))),
            formatDate(goal.deadline, lang),
          )}
        </p>
      )}
    </article>
  );
}
