import { metricId } from '../lib/goals/schema';
import type { PageFigure, PageRead } from '../lib/messaging/schemas';
import { formatDate } from '../lib/i18n/format';
import { useI18n } from './i18n';

interface Props {
  read: PageRead;
  /** Metric ids that already have a goal: their figures get no "Track" button. */
  tracked?: ReadonlySet<string>;
  onTrack?: (figure: PageFigure) => void;
}

/** The figures Pacer read on the page, as the dashboard showed them. Page text is only ever text. */
export function FigureList({ read, tracked, onTrack }: Props) {
  const { t, lang } = useI18n();
  return (
    <section aria-labelledby="figures-h">
      <h2 id="figures-h">{t('panelFiguresHeading')}</h2>
      <p class="muted small">
        {read.source} · {read.scope} ·{' '}
        {read.period
          ? t('panelPeriod', formatDate(read.period.start, lang), formatDate(read.period.end, lang))
          : t('panelPeriodUnknown')}
      </p>
      <ul class="figures">
        {read.figures.map((f) => {
          const id = metricId({ source: read.source, scope: read.scope, key: f.key });
          return (
            <li key={f.key} class="figure" data-metric={id} data-value={String(f.value)}>
              <span class="figure-label">{f.label}</span>
              <span class="figure-value">{f.text}</span>
              {onTrack &&
                (tracked?.has(id) ? (
                  <span class="small muted">{t('figureTracked')}</span>
                ) : (
                  <button
                    type="button"
                    class="link-button small"
                    aria-label={t('figureTrackNamed', f.label)}
                    onClick={() => onTrack(f)}
                  >
                    {t('figureTrack')}
                  </button>
                ))}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
