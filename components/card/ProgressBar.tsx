import { formatPercent } from '../../lib/i18n/format';
import type { EvaluationView } from '../../lib/messaging/schemas';
import { useI18n } from '../i18n';

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** Progress so far, with a tick where the linear pace says it should be by now. */
export function ProgressBar({ evaluation: e }: { evaluation: EvaluationView }) {
  const { t, lang } = useI18n();
  if (e.progress === null) return null;
  const progress = e.progress;
  const label =
    e.expectedProgress !== null
      ? t('cardProgress', formatPercent(progress, lang), formatPercent(e.expectedProgress, lang))
      : t('cardProgressOnly', formatPercent(progress, lang));
  return (
    <div class="bar-row">
      <div
        class="bar"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(clamp01(progress) * 100)}
        aria-label={label}
      >
        <div class={`bar-fill fill-${e.status}`} style={{ width: `${clamp01(progress) * 100}%` }} />
        {e.expectedProgress !== null && (
          <div
            class="bar-pace"
            aria-hidden="true"
            style={{ left: `${clamp01(e.expectedProgress) * 100}%` }}
          />
        )}
      </div>
      <span class="bar-text small muted" aria-hidden="true">
        {label}
      </span>
    </div>
  );
}
