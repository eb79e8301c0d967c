import { useId } from 'preact/hooks';
import type { MoversResult } from '../../lib/review/schema';
import { useI18n } from '../i18n';
import { dimensionText, moversSummary, moverText } from './movers-text';

interface Props {
  /** From `movers.get`. Each mover carries its unit and currency, so amounts format as shown. */
  result: MoversResult;
  /** The metric in running text ("visitors"): "Google −1.2K visitors (−28%)". */
  metric?: string;
  /** Today as `YYYY-MM-DD`: a period of another year shows its year. */
  today: string;
  /** The heading's level: 4 inside a goal card (its title is an h3). */
  level?: 3 | 4 | 5;
}

/**
 * "What moved" (issue 13): the breakdown rows that changed most between the latest period and
 * the comparable earlier one, in words under a heading, with the periods compared — or which
 * limit kept Pacer from saying. Reused by the goal card and the review.
 */
export function WhatMoved({ result, metric, today, level = 4 }: Props) {
  const { t, lang } = useI18n();
  const id = useId();
  const Heading = `h${level}` as 'h4';
  return (
    <section class="what-moved" aria-labelledby={id} data-movers={result.status}>
      <Heading id={id} class="what-moved-heading">
        {t('moversHeading')}
      </Heading>
      <p class="card-line small muted">{moversSummary(result, t, lang, today)}</p>
      {result.status === 'ok' && (
        <ul class="movers small">
          {result.movers.map((m) => (
            <li
              key={`${m.dimension}|${m.label}`}
              data-dimension={m.dimension}
              data-label={m.label}
              data-change={m.change}
            >
              {t('moversLine', dimensionText(m.dimension, t), moverText(m, t, lang, metric))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
