import { isManual, MANUAL_UNITS, manualMetric } from '../../lib/checkins';
import type { MetricRef, Unit } from '../../lib/goals/schema';
import { metricId } from '../../lib/goals/schema';
import type { Translate } from '../../lib/i18n';
import { useI18n } from '../i18n';
import { SelectField } from './Field';
import type { GoalForm } from './form';
import { UNIT_WORD } from '../../lib/i18n/unit-words';

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
  /** The key a metric entered by hand gets (the goal's id: each such goal has its own). */
  manualKey: string;
}

export function MetricField({ metric, choices, onPick, error, manualKey }: Props) {
  const { t } = useI18n();
  const bound = !!metric.source && !!metric.key;
  const current = bound ? metricId(metric) : '';
  // A figure no dashboard shows: entered by hand, in the unit chosen here.
  const manual: MetricChoice[] = MANUAL_UNITS.map((unit) => ({
    metric: manualMetric(manualKey, unit, metric.label),
    unit,
  }));
  const all = [...choices, ...manual.filter((m) => !choices.some((c) => same(c, m)))];
  const options = [
    ...(bound ? [] : [{ value: '', label: t('metricPick', metric.label || '—') }]),
    ...(bound && !all.some((c) => metricId(c.metric) === current)
      ? [{ value: current, label: describe(metric, t) }]
      : []),
    ...choices.map((c) => ({ value: metricId(c.metric), label: describe(c.metric, t) })),
    ...manual
      .filter((m) => !choices.some((c) => same(c, m)))
      .map((m) => ({
        value: metricId(m.metric),
        label:
          metricId(m.metric) === current
            ? describe(metric, t)
            : t('metricManual', t(UNIT_WORD[m.unit!])),
      })),
  ];
  return (
    <SelectField
      name="metric"
      label={t('fieldMetric')}
      value={current}
      options={options}
      error={error}
      hint={
        isManual(metric)
          ? t('metricManualHint')
          : choices.length === 0 && !bound
            ? t('metricNone')
            : null
      }
      onChange={(id) => {
        const c = all.find((x) => metricId(x.metric) === id);
        if (c) onPick(c);
      }}
    />
  );
}

const same = (a: MetricChoice, b: MetricChoice) => metricId(a.metric) === metricId(b.metric);

const describe = (m: GoalForm['metric'] | MetricRef, t: Translate) =>
  isManual(m)
    ? t('metricManualDescribe', m.label || m.key)
    : `${m.label || m.key} · ${m.source}/${m.scope || '—'}`;
