import { metricId } from '../lib/goals/schema';
import type { PageRead } from '../lib/messaging/schemas';
import { formatDate } from '../lib/i18n/format';
import { useI18n } from './i18n';

/** The figures Pacer read on the page, as the dashboard showed them. Page text is only ever text. */
export function FigureList({ read }: { read: PageRead }) {
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
        {read.figures.map((f) => (
          <li
            key={f.key}
            class="figure"
            data-metric={metricId({ source: read.source, scope: read.scope, key: f.key })}
            data-value={String(f.value)}
          >
            <span class="figure-label">{f.label}</span>
            <span class="figure-value">{f.text}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
