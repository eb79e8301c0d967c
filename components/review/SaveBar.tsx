import type { Ref } from 'preact';
import type { ReviewCadence } from '../../lib/review/schema';
import { SelectField } from '../editor/Field';
import { useI18n } from '../i18n';

const CADENCE_KEY = {
  weekly: 'reviewCoversWeek',
  monthly: 'reviewCoversMonth',
  quarterly: 'reviewCoversQuarter',
} as const;

/**
 * The end of the review: the period it covers (the settings' cadence unless changed here; a
 * monthly one when reminders are off), how many goals are decided, and "Save review" with the
 * save's error in words. Goals without a decision are left out, and it says so.
 */
export function SaveBar(p: {
  cadence: ReviewCadence;
  onCadence: (c: ReviewCadence) => void;
  decided: number;
  total: number;
  error: string | null;
  saving: boolean;
  buttonRef: Ref<HTMLButtonElement>;
  onSave: () => void;
}) {
  const { t } = useI18n();
  return (
    <div class="review-save group">
      <SelectField
        name="cadence"
        label={t('reviewCadenceLabel')}
        value={p.cadence}
        options={(['weekly', 'monthly', 'quarterly'] as const).map((c) => ({
          value: c,
          label: t(CADENCE_KEY[c]),
        }))}
        onChange={p.onCadence}
      />
      <p class="small muted">{t('reviewProgress', p.decided, p.total)}</p>
      {p.error && (
        <p class="notice" role="alert">
          {p.error}
        </p>
      )}
      <div class="buttons">
        <button
          type="button"
          class="primary"
          ref={p.buttonRef}
          disabled={p.saving || p.decided === 0}
          onClick={p.onSave}
        >
          {t('reviewSave', p.decided)}
        </button>
      </div>
    </div>
  );
}
