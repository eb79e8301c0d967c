import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { checkSmart } from '../../lib/goals/smart';
import { MAX_GOALS, metricId, type Goal, type Reading } from '../../lib/goals/schema';
import type { Review } from '../../lib/review/schema';
import { localeOf } from '../../lib/i18n';
import { useI18n } from '../i18n';
import { ActionsField } from './ActionsField';
import { DetailFields } from './DetailFields';
import { MainFields } from './MainFields';
import { NotesField } from './NotesField';
import { DecisionHistory } from './DecisionHistory';
import { LessonsNote } from './LessonsNote';
import { RevisionField } from './RevisionField';
import { SmartCheck } from './SmartCheck';
import { revisionNeeded, toDraft, type GoalForm } from './form';
import { clearDraft, useDraft } from './use-draft';
import { buildGoal, fieldErrors, FIELD_ORDER, type Errors } from './validate';
import type { MetricChoice } from './MetricField';

export type SaveResult = { ok: true } | { ok: false; error: string; code?: string } | null;

export interface EditorProps {
  /** Where the half-written form is kept (`draft:<key>` in storage.local). */
  draftKey: string;
  initial: () => GoalForm;
  /** The saved goal being edited; absent for a new one. */
  original?: Goal | undefined;
  choices: MetricChoice[];
  today: string;
  /** The metric's readings, for the SMART check's "achievable". */
  loadHistory?: (metric: Goal['metric']) => Promise<Reading[]>;
  onSave: (goal: Goal) => Promise<SaveResult>;
  /** Every goal Pacer keeps: a new goal shows the lessons of closed ones on its figure. */
  pastGoals?: Goal[];
  /** The reviews with a decision for a goal (its history); null when they could not be loaded. */
  loadDecisions?: (goalId: string) => Promise<Review[] | null>;
  /** Saved (with the goal) or cancelled (null). */
  onDone: (goal: Goal | null) => void;
}

export function GoalEditor(p: EditorProps) {
  const { t, lang } = useI18n();
  const { form, update, restored, discard } = useDraft(p.draftKey, p.initial);
  const [submitted, setSubmitted] = useState(false);
  const [saveErrors, setSaveErrors] = useState<Errors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [history, setHistory] = useState<Reading[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const metricKey = form && form.metric.source ? metricId(form.metric) : '';

  useEffect(() => {
    if (!form || !metricKey || !p.loadHistory) return setHistory([]);
    let live = true;
    void p.loadHistory(form.metric).then((r) => live && setHistory(r));
    return () => {
      live = false;
    };
  }, [metricKey]);

  // Opened from a button, the editor takes focus so keyboard and screen reader users land in it.
  const loaded = form !== null;
  useEffect(() => {
    if (loaded) headingRef.current?.focus();
  }, [loaded]);

  const now = useMemo(() => new Date(`${p.today}T12:00:00Z`), [p.today]);
  const smart = useMemo(
    () => (form ? checkSmart(toDraft(form, lang), history, now) : null),
    [form, lang, history, now],
  );
  if (!form || !smart) return <div class="editor-loading" aria-busy="true" />;

  const set = (patch: Partial<GoalForm>) => {
    setSaveErrors({});
    setSaveError(null);
    update({ ...form, ...patch });
  };
  const unit = p.choices.find((c) => metricId(c.metric) === metricKey)?.unit ?? 'count';
  const errors = { ...fieldErrors(form, p.original, t, lang, submitted), ...saveErrors };
  const first = FIELD_ORDER.find((f) => errors[f]);

  const submit = async (e: Event) => {
    e.preventDefault();
    setSubmitted(true);
    const built = buildGoal(form, p.original, p.today, t, lang);
    if (!built.ok) {
      setSaveErrors(built.errors);
      const bad = FIELD_ORDER.find((f) => built.errors[f]);
      formRef.current?.querySelector<HTMLElement>(`[name="${bad}"]`)?.focus();
      return;
    }
    setSaving(true);
    const res = await p.onSave(built.goal);
    setSaving(false);
    if (!res) return setSaveError(t('editorUnreachable'));
    if (!res.ok)
      return setSaveError(
        res.code === 'too-many-goals'
          ? t('goalsTooMany', MAX_GOALS.toLocaleString(localeOf(lang)))
          : t('editorSaveFailed', res.error),
      );
    await clearDraft(p.draftKey).catch(() => undefined);
    p.onDone(built.goal);
  };
  const cancel = async () => {
    await discard();
    p.onDone(null);
  };

  return (
    <form class="editor" ref={formRef} onSubmit={submit} noValidate aria-labelledby="editor-h">
      <header class="editor-head">
        <h2 id="editor-h" ref={headingRef} tabIndex={-1}>
          {p.original ? t('editorEditHeading') : t('editorNewHeading')}
        </h2>
        {restored && (
          <p class="small muted" role="status">
            {t('editorRestored')}{' '}
            <button
              type="button"
              class="link-button"
              onClick={() => void discard().then(() => update(p.initial()))}
            >
              {t('editorStartOver')}
            </button>
          </p>
        )}
      </header>
      <div class="editor-main">
        <MainFields
          form={form}
          set={set}
          errors={errors}
          isNew={!p.original}
          choices={p.choices}
          today={p.today}
        />
      </div>
      <aside class="editor-side">
        {!p.original && p.pastGoals && (
          <LessonsNote
            metric={form.metric}
            goals={p.pastGoals}
            exceptId={form.id}
            today={p.today}
          />
        )}
        <SmartCheck result={smart} />
      </aside>
      <div class="editor-rest">
        <DetailFields form={form} set={set} errors={errors} />
        <ActionsField
          actions={form.actions}
          onChange={(actions) => set({ actions })}
          error={errors.actions}
        />
        <NotesField notes={form.notes} today={p.today} onChange={(notes) => set({ notes })} />
        <RevisionField
          needed={revisionNeeded(form, p.original, lang)}
          reason={form.revisionReason}
          onReason={(revisionReason) => set({ revisionReason })}
          error={errors.revisionReason}
          revisions={form.revisions}
          today={p.today}
          unit={unit}
        />
        {p.original && p.loadDecisions && (
          <DecisionHistory
            goalId={p.original.id}
            today={p.today}
            unit={unit}
            load={p.loadDecisions}
          />
        )}
        {submitted && first && (
          <p class="notice" role="alert">
            {t('editorFix', errors[first]!)}
          </p>
        )}
        {saveError && (
          <p class="notice" role="alert">
            {saveError}
          </p>
        )}
        <div class="buttons">
          <button type="submit" class="primary" disabled={saving}>
            {t('editorSave')}
          </button>
          <button type="button" onClick={() => void cancel()}>
            {t('editorCancel')}
          </button>
        </div>
      </div>
    </form>
  );
}
