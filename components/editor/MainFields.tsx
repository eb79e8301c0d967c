import { useId } from 'preact/hooks';
import { manualUnit } from '../../lib/checkins';
import { resolveTarget } from '../../lib/goals/progress';
import type { Direction, Accumulation } from '../../lib/goals/schema';
import { formatValue } from '../../lib/i18n/format';
import { useI18n } from '../i18n';
import { SelectField, TextField } from './Field';
import { MetricField, type MetricChoice } from './MetricField';
import { applyTemplate, templateChoices } from './from-template';
import { parseAmount, type GoalForm } from './form';
import type { Errors } from './validate';

interface Props {
  form: GoalForm;
  set: (patch: Partial<GoalForm>) => void;
  errors: Errors;
  isNew: boolean;
  choices: MetricChoice[];
  today: string;
}

/** The SMART core: what, why, which figure, from where to where, by when. */
export function MainFields({ form, set, errors, isNew, choices, today }: Props) {
  const { t, lang } = useI18n();
  const modeId = useId();
  const unit =
    manualUnit(form.metric) ??
    choices.find((c) => c.metric.key === form.metric.key && c.metric.scope === form.metric.scope)
      ?.unit ??
    'count';
  const baseline = parseAmount(form.baselineValue, lang);
  const amount = parseAmount(form.targetValue, lang);
  const resolved =
    form.targetMode === 'percent' && baseline !== null && amount !== null
      ? t(
          'targetResolved',
          formatValue(resolveTarget({ changePercent: amount }, baseline), unit, lang),
        )
      : null;
  return (
    <>
      {isNew && (
        <SelectField
          name="template"
          label={t('fieldTemplate')}
          value=""
          options={[{ value: '', label: t('templateNone') }, ...templateChoices(lang)]}
          onChange={(v) => v && set(applyTemplate(form, v, lang, today))}
        />
      )}
      <TextField
        name="title"
        label={t('fieldTitle')}
        value={form.title}
        onInput={(title) => set({ title })}
        error={errors.title}
        placeholder={t('titlePlaceholder')}
      />
      <TextField
        name="objective"
        label={t('fieldObjective')}
        value={form.objective}
        onInput={(objective) => set({ objective })}
        error={errors.objective}
        hint={t('objectiveHint')}
        multiline
      />
      <MetricField
        manualKey={form.id}
        metric={form.metric}
        choices={choices}
        error={errors.metric}
        onPick={(c) =>
          set({
            metric: { ...c.metric, label: c.metric.label ?? '' },
            // A fresh goal starts from where the figure stands now.
            ...(isNew && c.value !== undefined && !form.baselineValue
              ? { baselineValue: String(c.value) }
              : {}),
          })
        }
      />
      <SelectField<Direction>
        name="direction"
        label={t('fieldDirection')}
        value={form.direction}
        onChange={(direction) => set({ direction })}
        options={[
          { value: 'increase', label: t('directionIncrease') },
          { value: 'decrease', label: t('directionDecrease') },
          { value: 'at-least', label: t('directionAtLeast') },
          { value: 'at-most', label: t('directionAtMost') },
        ]}
      />
      <SelectField<Accumulation>
        name="accumulation"
        label={t('fieldAccumulation')}
        value={form.accumulation}
        onChange={(accumulation) => set({ accumulation })}
        options={[
          { value: 'level', label: t('accumulationLevel') },
          { value: 'period-total', label: t('accumulationTotal') },
        ]}
      />
      <div class="pair">
        <TextField
          name="baselineValue"
          label={t('fieldBaseline')}
          value={form.baselineValue}
          inputMode="decimal"
          onInput={(baselineValue) => set({ baselineValue })}
          error={errors.baselineValue}
          hint={t('baselineHint')}
        />
        <TextField
          name="baselineDate"
          type="date"
          label={t('fieldBaselineDate')}
          value={form.baselineDate}
          onInput={(baselineDate) => set({ baselineDate })}
          error={errors.baselineDate}
        />
      </div>
      <fieldset class="target-mode" aria-labelledby={modeId}>
        <span id={modeId} class="small muted">
          {t('fieldTargetMode')}
        </span>
        {(['value', 'percent'] as const).map((mode) => (
          <label key={mode} class="inline">
            <input
              type="radio"
              name="targetMode"
              value={mode}
              checked={form.targetMode === mode}
              onChange={() => set({ targetMode: mode })}
            />{' '}
            {t(mode === 'value' ? 'targetModeValue' : 'targetModePercent')}
          </label>
        ))}
      </fieldset>
      <TextField
        name="targetValue"
        label={t('fieldTarget')}
        value={form.targetValue}
        inputMode="decimal"
        onInput={(targetValue) => set({ targetValue })}
        error={errors.targetValue}
        hint={resolved ?? (form.targetMode === 'percent' ? t('targetPercentHint') : null)}
      />
      <div class="pair">
        <TextField
          name="start"
          type="date"
          label={t('fieldStart')}
          value={form.start}
          onInput={(start) => set({ start })}
          error={errors.start}
        />
        <TextField
          name="deadline"
          type="date"
          label={t('fieldDeadline')}
          value={form.deadline}
          onInput={(deadline) => set({ deadline })}
          error={errors.deadline}
        />
      </div>
    </>
  );
}
