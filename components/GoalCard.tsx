import type { GoalView } from '../lib/messaging/schemas';
import { formatDate, formatPercent, formatValue } from '../lib/i18n/format';
import { StatusChip } from './StatusChip';
import { useI18n } from './i18n';

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

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
      {e.requiredPerDay !== null && e.status !== 'achieved' && e.status !== 'missed' && (
        <p class="card-line muted">
          {t('cardNeedsPerDay', fmt(Math.abs(e.requiredPerDay)), formatDate(goal.deadline, lang))}
        </p>
      )}
    </article>
  );
}
