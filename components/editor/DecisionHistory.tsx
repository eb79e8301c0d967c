import { useEffect, useState } from 'preact/hooks';
import type { Unit } from '../../lib/goals/schema';
import { formatDay } from '../../lib/i18n/format';

import type { Review } from '../../lib/review/schema';
import { decisionsOf } from '../../lib/review/history';
import { useI18n } from '../i18n';
import { decisionText } from '../review/review-text';

/**
 * A goal's review decisions (issue 13), dated and in words, beside its revisions and notes: what
 * was decided about it and why. Loaded once; null from the loader says it failed.
 */
export function DecisionHistory(p: {
  goalId: string;
  today: string;
  unit: Unit;
  currency?: string | undefined;
  load: (goalId: string) => Promise<Review[] | null>;
}) {
  const { t, lang } = useI18n();
  const [reviews, setReviews] = useState<Review[] | null | 'failed'>(null);
  useEffect(() => {
    let live = true;
    void p.load(p.goalId).then((r) => live && setReviews(r ?? 'failed'));
    return () => {
      live = false;
    };
  }, [p.goalId]);
  if (reviews === null) return null;
  if (reviews === 'failed') return <p class="small muted">{t('historyDecisionsFailed')}</p>;
  const list = decisionsOf(p.goalId, reviews);
  if (!list.length) return null;
  return (
    <details class="group decision-history" open>
      <summary>{t('historyDecisionsHeading', list.length)}</summary>
      <ul class="rows small">
        {list.map(({ date, decision }, i) => (
          <li key={`${date}-${i}`} data-decision={decision.kind}>
            {t(
              'historyDecisionLine',
              formatDay(date, lang, p.today),
              decisionText(t, lang, p.today, decision, p.unit, p.currency),
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
