import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../lib/store/settings';
import { useI18n } from '../i18n';
import { SelectField, TextField } from '../editor/Field';

type Patch = Partial<Pick<Settings, 'language' | 'tolerance' | 'staleDays' | 'reviewCadence'>>;

/**
 * Global tolerance, stale days, language and how often a review is due. Each change is saved at once; numbers only once they
 * are valid, so a half-typed value never reaches the background.
 */
export function SettingsForm(p: {
  settings: Settings;
  onChange: (patch: Patch) => Promise<boolean>;
}) {
  const { t } = useI18n();
  const [tolerance, setTolerance] = useState(String(Math.round(p.settings.tolerance * 1000) / 10));
  const [stale, setStale] = useState(String(p.settings.staleDays));
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    setTolerance(String(Math.round(p.settings.tolerance * 1000) / 10));
    setStale(String(p.settings.staleDays));
  }, [p.settings.tolerance, p.settings.staleDays]);
  const save = (patch: Patch) =>
    void p.onChange(patch).then((ok) => setStatus(t(ok ? 'settingsSaved' : 'settingsFailed')));
  const tol = Number(tolerance);
  const tolBad = tolerance.trim() === '' || !Number.isFinite(tol) || tol < 0 || tol > 100;
  const days = Number(stale);
  const staleBad = !Number.isInteger(days) || days < 1 || days > 60;
  return (
    <div class="stack settings">
      <SelectField<Settings['language']>
        name="language"
        label={t('settingsLanguage')}
        value={p.settings.language}
        onChange={(language) => save({ language })}
        options={[
          { value: 'auto', label: t('settingsLanguageAuto') },
          { value: 'en', label: t('languageEnglish') },
          { value: 'ko', label: t('languageKorean') },
        ]}
      />
      <TextField
        name="tolerance"
        label={t('settingsTolerance')}
        value={tolerance}
        inputMode="decimal"
        hint={t('settingsToleranceHint')}
        error={tolBad ? t('errTolerance') : undefined}
        onInput={(v) => {
          setTolerance(v);
          const n = Number(v);
          if (v.trim() && Number.isFinite(n) && n >= 0 && n <= 100) save({ tolerance: n / 100 });
        }}
      />
      <TextField
        name="staleDays"
        label={t('settingsStaleDays')}
        value={stale}
        inputMode="decimal"
        hint={t('settingsStaleDaysHint')}
        error={staleBad ? t('errStaleDays') : undefined}
        onInput={(v) => {
          setStale(v);
          const n = Number(v);
          if (Number.isInteger(n) && n >= 1 && n <= 60) save({ staleDays: n });
        }}
      />
      <SelectField<Settings['reviewCadence']>
        name="reviewCadence"
        label={t('settingsReviewCadence')}
        value={p.settings.reviewCadence}
        hint={t('settingsReviewCadenceHint')}
        onChange={(reviewCadence) => save({ reviewCadence })}
        options={[
          { value: 'weekly', label: t('reviewCadenceWeekly') },
          { value: 'monthly', label: t('reviewCadenceMonthly') },
          { value: 'quarterly', label: t('reviewCadenceQuarterly') },
          { value: 'off', label: t('reviewCadenceOff') },
        ]}
      />
      <p class="small muted" role="status">
        {status}
      </p>
    </div>
  );
}
