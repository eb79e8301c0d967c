import type { Goal, Unit } from '../../lib/goals/schema';
import type { DecisionDraft, DraftErrors, DraftProblem } from '../../lib/review/decide';
import type { DecisionKind } from '../../lib/review/schema';
import type { MessageKey } from '../../lib/i18n';
import { ActionsField } from '../editor/ActionsField';
import { SelectField, TextField } from '../editor/Field';
import { useI18n } from '../i18n';
import { targetText } from './review-text';

const KINDS: { kind: DecisionKind; label: MessageKey; hint: MessageKey }[] = [
  { kind: 'keep', label: 'decisionKeep', hint: 'decisionKeepHint' },
  { kind: 'change-plan', label: 'decisionPlan', hint: 'decisionPlanHint' },
  { kind: 'reprioritise', label: 'decisionPriority', hint: 'decisionPriorityHint' },
  { kind: 'revise', label: 'decisionRevise', hint: 'decisionReviseHint' },
  { kind: 'close', label: 'decisionClose', hint: 'decisionCloseHint' },
];

const PROBLEM: Record<DraftProblem, MessageKey> = {
  'no-change': 'reviewErrNoChange',
  priority: 'reviewErrPriority',
  target: 'errNumber',
  deadline: 'errDate',
  'deadline-order': 'errDeadlineOrder',
  reason: 'errReason',
  outcome: 'reviewErrOutcome',
  lesson: 'reviewErrLesson',
  action: 'reviewErrAction',
};

/**
 * One goal's decision (article ch. 5): keep course, change the plan, re-prioritise, revise the
 * target or deadline with a reason, or close it with a lesson. A form, so Enter in any field
 * records it; the errors sit under their fields and are read with them.
 */
export function DecisionForm(p: {
  goal: Goal;
  unit: Unit;
  currency?: string | undefined;
  draft: DecisionDraft;
  errors: DraftErrors;
  onChange: (d: DecisionDraft) => void;
  onRecord: () => void;
  onSkip: () => void;
}) {
  const { t, lang } = useI18n();
  const { draft: d, goal } = p;
  const set = (patch: Partial<DecisionDraft>) => p.onChange({ ...d, ...patch });
  const err = (k: keyof DraftErrors) => (p.errors[k] ? t(PROBLEM[p.errors[k]!]) : undefined);
  const percent = 'changePercent' in goal.target;
  const plan = d.kind === 'change-plan' || d.kind === 'revise' || d.kind === 'reprioritise';
  return (
    <form
      class="decision-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        p.onRecord();
      }}
    >
      <fieldset class="group decision-kinds">
        <legend>{t('decisionHeading')}</legend>
        {KINDS.map((k) => (
          <label key={k.kind} class="decision-kind">
            <input
              type="radio"
              name={`kind-${goal.id}`}
              value={k.kind}
              checked={d.kind === k.kind}
              onChange={() => set({ kind: k.kind })}
            />
            <span>
              {t(k.label)} <span class="small muted">{t(k.hint)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {d.kind === 'reprioritise' && (
        <SelectField
          name="priority"
          label={t('fieldPriority')}
          value={d.priority}
          options={[
            { value: '', label: t('priorityNone') },
            ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) })),
          ]}
          onChange={(priority) => set({ priority })}
          error={err('priority')}
          hint={t('decisionPriorityNow', goal.priority ?? t('priorityNone'))}
        />
      )}
      {d.kind === 'revise' && (
        <div class="group">
          <TextField
            name="target"
            label={t(percent ? 'decisionNewTargetPercent' : 'decisionNewTarget')}
            inputMode="decimal"
            value={d.target}
            onInput={(target) => set({ target })}
            error={err('target')}
            hint={t('decisionTargetNow', targetText(goal.target, p.unit, lang, p.currency))}
          />
          <TextField
            name="deadline"
            type="date"
            label={t('decisionNewDeadline')}
            value={d.deadline}
            onInput={(deadline) => set({ deadline })}
            error={err('deadline')}
          />
          <TextField
            name="reason"
            label={t('revisionReason')}
            value={d.reason}
            onInput={(reason) => set({ reason })}
            error={err('reason')}
            hint={t('revisionAsk')}
            maxLength={1000}
          />
        </div>
      )}
      {d.kind === 'close' && (
        <div class="group">
          <fieldset
            class="group"
            aria-describedby={p.errors.outcome ? `outcome-${goal.id}` : undefined}
          >
            <legend>{t('decisionOutcome')}</legend>
            {(['achieved', 'abandoned'] as const).map((o) => (
              <label key={o} class="decision-kind">
                <input
                  type="radio"
                  name={`outcome-${goal.id}`}
                  value={o}
                  checked={d.outcome === o}
                  onChange={() => set({ outcome: o })}
                />
                <span>{t(o === 'achieved' ? 'outcomeAchieved' : 'outcomeAbandoned')}</span>
              </label>
            ))}
            {p.errors.outcome && (
              <p class="field-error small" id={`outcome-${goal.id}`}>
                {err('outcome')}
              </p>
            )}
          </fieldset>
          <TextField
            name="lesson"
            label={t('decisionLesson')}
            value={d.lesson}
            onInput={(lesson) => set({ lesson })}
            error={err('lesson')}
            hint={t('decisionLessonHint')}
            maxLength={2000}
          />
        </div>
      )}
      {plan && (
        <ActionsField
          actions={d.actions}
          onChange={(actions) => set({ actions })}
          error={err('actions')}
        />
      )}
      <TextField
        name="note"
        label={t('decisionNoteLabel')}
        value={d.note}
        onInput={(note) => set({ note })}
        maxLength={2000}
      />
      <div class="buttons">
        <button type="submit" class="primary">
          {t('decisionRecord')}
        </button>
        <button type="button" onClick={p.onSkip}>
          {t('decisionSkip')}
        </button>
      </div>
    </form>
  );
}
