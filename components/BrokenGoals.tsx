import { useState } from 'preact/hooks';
import { send } from '../lib/messaging/client';
import type { BrokenGoal } from '../lib/messaging/schemas';
import { useI18n } from './i18n';

/**
 * Goals Pacer could not read or evaluate, each with a delete button that works (two presses, as
 * elsewhere), and how many stored readings were skipped as invalid. One bad record is shown as
 * such; it never blanks the other goals (issue 10, defect 4).
 */
export function BrokenGoals(p: {
  broken: readonly BrokenGoal[];
  skippedReadings: number;
  onDeleted: () => void;
}) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const remove = (b: BrokenGoal) => {
    if (confirming !== b.id) return setConfirming(b.id);
    setConfirming(null);
    void send('goal.delete', { id: b.id }).then((r) => {
      setFailed(r?.ok ? null : t('goalDeleteFailed', r?.error ?? '—'));
      p.onDeleted();
    });
  };
  if (!p.broken.length && !p.skippedReadings) return null;
  return (
    <div class="stack">
      {p.skippedReadings > 0 && (
        <p class="notice small" role="status" data-skipped-readings={p.skippedReadings}>
          {t('readingsSkipped', p.skippedReadings)}
        </p>
      )}
      {p.broken.length > 0 && (
        <ul class="goal-rows">
          {p.broken.map((b) => {
            const name = b.title || b.id;
            return (
              <li class="goal-row" key={b.id} data-broken-goal-id={b.id}>
                <div class="goal-row-text">
                  <span class="goal-row-title">{name}</span>
                  <span class="small">
                    {t(b.kind === 'unreadable' ? 'goalUnreadable' : 'goalCouldNotEvaluate')}
                  </span>
                  <details class="small muted">
                    <summary>{t('goalBrokenDetail')}</summary>
                    {/* Schema or engine text: shown as text, never as HTML. */}
                    <code>{b.detail}</code>
                  </details>
                </div>
                <div class="row-buttons">
                  <button
                    type="button"
                    class={confirming === b.id ? 'danger' : ''}
                    aria-label={t(
                      confirming === b.id ? 'goalDeleteConfirmNamed' : 'goalDeleteNamed',
                      name,
                    )}
                    onClick={() => remove(b)}
                  >
                    {t(confirming === b.id ? 'goalDeleteConfirm' : 'goalDelete')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {failed && (
        <p class="notice" role="alert">
          {failed}
        </p>
      )}
    </div>
  );
}
