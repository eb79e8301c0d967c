import { useState } from 'preact/hooks';
import type { GoalView } from '../../lib/messaging/schemas';
import { closedLast, GoalRow } from '../GoalRow';
import { useI18n } from '../i18n';

/** Objectives in the order of their most important goal; goals by priority within each. */
export function groupByObjective(views: GoalView[]): [string, GoalView[]][] {
  const prio = (v: GoalView) => v.goal.priority ?? 3;
  const groups = new Map<string, GoalView[]>();
  for (const v of [...views].sort(
    (a, b) => closedLast(a, b) || prio(a) - prio(b) || a.goal.title.localeCompare(b.goal.title),
  )) {
    const key = v.goal.objective.trim();
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  return [...groups.entries()];
}

export function GoalsByObjective(p: {
  views: GoalView[];
  today: string;
  onEdit: (v: GoalView) => void;
  onCheckin: (v: GoalView) => void;
  onDelete: (v: GoalView) => void;
}) {
  const { t } = useI18n();
  // Deleting takes two presses on the same goal: no modal dialog, no accident.
  const [confirming, setConfirming] = useState<string | null>(null);
  if (!p.views.length) return <p class="empty">{t('optionsNoGoals')}</p>;
  return (
    <div class="stack">
      {groupByObjective(p.views).map(([objective, views]) => (
        <section
          key={objective}
          class="card objective"
          aria-label={objective || t('optionsNoObjective')}
        >
          <h3>{objective || t('optionsNoObjective')}</h3>
          <ul class="goal-rows">
            {views.map((v) => (
              <GoalRow
                key={v.goal.id}
                view={v}
                today={p.today}
                onEdit={p.onEdit}
                onCheckin={p.onCheckin}
                confirmDelete={confirming === v.goal.id}
                onDelete={(x) => {
                  if (confirming !== x.goal.id) return setConfirming(x.goal.id);
                  setConfirming(null);
                  p.onDelete(x);
                }}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
