/**
 * The goal editor wired to the background: used inline by the side panel, the popup and the
 * options page. What to edit comes in as an `EditTarget`; the result goes out through `onDone`.
 */
import type { Goal, MetricRef, Reading } from '../../lib/goals/schema';
import { metricId } from '../../lib/goals/schema';
import { send } from '../../lib/messaging/client';
import type { GoalView, PageRead } from '../../lib/messaging/schemas';
import { useI18n } from '../i18n';
import { reviewList } from '../review/api';
import { formFromGoal, newForm } from './form';
import { manualTemplateForm as templateForm } from './from-template';
import { GoalEditor } from './GoalEditor';
import type { MetricChoice } from './MetricField';

export type EditTarget =
  | {
      kind: 'new';
      metric?: MetricRef;
      value?: number;
      /** Start from a template slot, bound to a metric entered by hand (followed with check-ins). */
      template?: { id: string; slot: number };
    }
  | { kind: 'edit'; goal: Goal }
  /** An unsaved draft found in storage (the popup's "continue"). */
  | { kind: 'draft'; key: string };

export function draftKeyOf(target: EditTarget): string {
  if (target.kind === 'draft') return target.key;
  if (target.kind === 'edit') return target.goal.id;
  if (target.template) return `new:template:${target.template.id}#${target.template.slot}`;
  return `new:${target.metric ? metricId(target.metric) : '-'}`;
}

/** Figures on the page first (with their value now), then metrics other goals follow. */
export function metricChoices(read: PageRead | null, views: GoalView[]): MetricChoice[] {
  const out = new Map<string, MetricChoice>();
  for (const f of read?.figures ?? []) {
    const metric = { source: read!.source, scope: read!.scope, key: f.key, label: f.label };
    out.set(metricId(metric), { metric, value: f.value, unit: f.unit });
  }
  for (const v of views) {
    const id = metricId(v.goal.metric);
    if (!out.has(id)) out.set(id, { metric: v.goal.metric, ...(v.unit ? { unit: v.unit } : {}) });
  }
  return [...out.values()];
}

const loadHistory = async (m: MetricRef): Promise<Reading[]> =>
  (await send('readings.get', { metric: { source: m.source, scope: m.scope, key: m.key } }))
    ?.readings ?? [];

export function EditorHost(p: {
  target: EditTarget;
  choices: MetricChoice[];
  today: string;
  /** Every goal (for the lessons of closed ones on the same figure). */
  goals?: Goal[];
  onDone: (goal: Goal | null) => void;
}) {
  const { target } = p;
  const { lang } = useI18n();
  const initial = () =>
    target.kind === 'edit'
      ? formFromGoal(target.goal)
      : target.kind === 'new' && target.template
        ? templateForm(target.template, lang, p.today)
        : newForm({
            today: p.today,
            ...(target.kind === 'new' && target.metric ? { metric: target.metric } : {}),
            ...(target.kind === 'new' && target.value !== undefined
              ? { baseline: target.value }
              : {}),
          });
  return (
    <GoalEditor
      key={draftKeyOf(target)}
      draftKey={draftKeyOf(target)}
      initial={initial}
      original={target.kind === 'edit' ? target.goal : undefined}
      choices={p.choices}
      today={p.today}
      loadHistory={loadHistory}
      onSave={(goal) => send('goal.save', { goal })}
      {...(p.goals ? { pastGoals: p.goals } : {})}
      loadDecisions={reviewList}
      onDone={p.onDone}
    />
  );
}
