import type { Reading } from '../../lib/goals/schema';
import { MAX_ERRORS, type Plan } from '../../lib/history';
import { formatValue } from '../../lib/i18n/format';
import { localeOf } from '../../lib/i18n';
import { useI18n } from '../i18n';
import { leftTexts, problemText, rowErrorText } from './history-text';

/** How many readings the preview shows from each end. */
const ENDS = 3;

/**
 * What an import would write, before it is written: how many readings, for which goal, over which
 * days, the first and last of them, what was left out and why — or the rows that stop it.
 */
export function HistoryPreview(p: {
  plan: Plan;
  goalTitle: string;
  period: { start: string; deadline: string; total: boolean };
  /** A problem found outside the plan (the goal's readings are in another unit). */
  extraProblem: string | null;
}) {
  const { t, lang } = useI18n();
  const { plan } = p;
  const n = (x: number) => new Intl.NumberFormat(localeOf(lang)).format(x);
  if (plan.errors.length)
    return (
      <div class="notice import-error stack" role="alert">
        <p>{t('historyErrors', n(plan.errors.length))}</p>
        <ul class="history-errors">
          {plan.errors.map((e) => (
            <li key={`${e.line}-${e.kind}`}>{rowErrorText(t, e)}</li>
          ))}
        </ul>
        {plan.errors.length >= MAX_ERRORS && <p>{t('historyMoreErrors', MAX_ERRORS)}</p>}
      </div>
    );
  const problem = p.extraProblem ?? (plan.problem ? problemText(t, plan.problem) : null);
  const left = leftTexts(t, plan.left, p.period);
  const { readings } = plan;
  const first = readings[0];
  const last = readings[readings.length - 1];
  const shown =
    readings.length <= 2 * ENDS
      ? readings
      : [...readings.slice(0, ENDS), null, ...readings.slice(-ENDS)];
  const exact = (r: Reading) =>
    r.unit === 'count' || r.unit === 'ratio'
      ? new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 4 }).format(r.value)
      : formatValue(r.value, r.unit, lang, r.currency);
  return (
    <div class="stack history-preview">
      {problem ? (
        <p class="notice import-error" role="alert">
          {problem}
        </p>
      ) : (
        first &&
        last && (
          <>
            <p role="status">
              {p.period.total
                ? t('historyWillWriteTotal', n(readings.length), p.goalTitle, p.period.start)
                : t('historyWillWriteLevel', n(readings.length), p.goalTitle)}{' '}
              {t('historySpan', first.period!.end, last.period!.end)}
            </p>
            <table class="history-table">
              <caption class="small muted">{t('historyPreviewCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('historyDay')}</th>
                  <th scope="col">{t('historyValue')}</th>
                  <th scope="col">{t('historyCovers')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((r, i) =>
                  r ? (
                    <tr key={r.observedAt}>
                      <td>{r.period!.end}</td>
                      <td class="num">{exact(r)}</td>
                      <td>
                        {r.period!.start === r.period!.end
                          ? r.period!.end
                          : `${r.period!.start} – ${r.period!.end}`}
                      </td>
                    </tr>
                  ) : (
                    <tr key={`gap-${i}`} aria-hidden="true">
                      <td colSpan={3}>⋮</td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          </>
        )
      )}
      {plan.scaled && <p class="small muted">{t('historyScaled')}</p>}
      {left.length > 0 && (
        <ul class="small muted history-left">
          {left.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
