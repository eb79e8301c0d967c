import type { MetricRef, Unit } from '../../lib/goals/schema';
import { metricId } from '../../lib/goals/schema';
import { useI18n } from '../i18n';
import { SelectField } from './Field';
import type { GoalForm } from './form';

/** A figure the goal can follow: read on a page now, or followed by another goal. */
export interface MetricChoice {
  metric: MetricRef;
  value?: number;
  unit?: Unit;
}

interface Props {
  metric: GoalForm['metric'];
  choices: MetricChoice[];
  onPick: (choice: MetricChoice) => void;
  error?: string | undefined;
}

export function MetricField({ metric, choices, onPick, error }: Props) {
  const { t } = useI18n();
  const bound = !!metric.source && !!metric.key;
  const current = bound ? metricId(metric) : '';
  const options = [
    ...(bound ? [] : [{ value: '', label: t('metricPick', metric.label || '—') }]),
    ...(bound && !choices.some((c) => metricId(c.metric) === current)
      ? [{ value: current, label: describe(metric) }]
      : []),
    ...choices.map((c) => ({ value: metricId(c.metric), label: describe(c.metric) })),
  ];
  return (
    <SelectField
      name="metric"
      label={t('fieldMetric')}
      value={current}
      options={options}
      error={error}
      hint={choices.length === 0 && !bound ? t('metricNone') : null}
      onChange={(id) => {
        const c = choices.find((x) => metricId(x.metric) === id);
        if (c) onPick(c);
      }}
    />
  );
}

const describe = (m: GoalForm['metric'] | MetricRef) =>
  `${m.label || m.key} · ${m.source}/${m.scope || '—'}`;
