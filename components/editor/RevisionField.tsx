import type { Revision, Unit } from '../../lib/goals/schema';
import { formatDay, formatValue } from '../../lib/i18n/format';
import { useI18n } from '../i18n';
import { TextField } from './Field';

interface Props {
  needed: boolean;
  reason: string;
  onReason: (v: string) => void;
  error?: string | undefined;
  revisions: Revision[];
  today: string;
  unit: Unit;
}

/** Re-set targets keep their history (article ch. 5): why, and what the goal said before. */
export function RevisionField(p: Props) {
  const { t, lang } = useI18n();
  const target = (r: Revision) =>
    'changePercent' in r.target
      ? `${r.target.changePercent > 0 ? '+' : ''}${r.target.changePercent}%`
      : formatValue(r.target.value, p.unit, lang);
  if (!p.needed && p.revisions.length === 0) return null;
  return (
    <div class="group revision">
      {p.needed && (
        <div class="notice" role="status">
          <p class="card-line small">{t('revisionAsk')}</p>
          <TextField
            name="revisionReason"
            label={t('revisionReason')}
            value={p.reason}
            onInput={p.onReason}
            error={p.error}
            multiline
          />
        </div>
      )}
      {p.revisions.length > 0 && (
        <details>
          <summary>{t('revisionHistory', p.revisions.length)}</summary>
          <ul class="rows small">
            {p.revisions.map((r, i) => (
              <li key={i}>
                {t(
                  'revisionLine',
                  formatDay(r.date, lang, p.today),
                  target(r),
                  formatDay(r.deadline, lang, p.today),
                  r.reason,
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
