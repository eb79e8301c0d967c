import { useI18n } from '../i18n';
import { SelectField, TextField } from './Field';
import type { GoalForm } from './form';
import type { Errors } from './validate';

/** Priority, owner and tolerance: how the goal sits among the others and how strict its verdict is. */
export function DetailFields(p: {
  form: GoalForm;
  set: (patch: Partial<GoalForm>) => void;
  errors: Errors;
}) {
  const { t } = useI18n();
  const { form, set, errors } = p;
  return (
    <div class="pair three">
      <SelectField
        name="priority"
        label={t('fieldPriority')}
        value={form.priority}
        onChange={(priority) => set({ priority })}
        options={[
          { value: '', label: t('priorityNone') },
          ...[1, 2, 3, 4, 5].map((n) => ({
            value: String(n),
            label: n === 1 ? t('priorityHighest', n) : n === 5 ? t('priorityLowest', n) : String(n),
          })),
        ]}
      />
      <TextField
        name="owner"
        label={t('fieldOwner')}
        value={form.owner}
        onInput={(owner) => set({ owner })}
        error={errors.owner}
      />
      <TextField
        name="tolerance"
        label={t('fieldTolerance')}
        value={form.tolerance}
        inputMode="decimal"
        onInput={(tolerance) => set({ tolerance })}
        error={errors.tolerance}
        hint={t('toleranceHint')}
      />
    </div>
  );
}
