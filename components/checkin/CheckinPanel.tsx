/**
 * Checking in a value by hand for one goal: date (today by default), value as a dashboard would
 * show it, optional note; then the goal's check-ins, each editable and deletable. Used inside the
 * side panel's goal card and as a view of its own in the popup and the options page.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { checkinBounds, checkinDate } from '../../lib/checkins';
import type { Reading } from '../../lib/goals/schema';
import { formatDay, formatValue } from '../../lib/i18n/format';
import { send } from '../../lib/messaging/client';
import type { CheckinError } from '../../lib/messaging/protocol';
import type { GoalView } from '../../lib/messaging/schemas';
import { TextField } from '../editor/Field';
import { useI18n } from '../i18n';
import { errorText, fieldOf, preview, readValue, unitOf, unitWords } from './checkin-form';
import { useCheckins } from './use-checkins';

interface Props {
  /** The goal, and the unit of its newest reading (null before the first). */
  view: Pick<GoalView, 'goal' | 'unit' | 'currency'>;
  today: string;
  onClose: () => void;
  /** Heading level: 4 inside a goal card (its title is an h3), 2 as a view of its own. */
  level?: 2 | 4;
}

type Errors = { value?: string; date?: string; form?: string };

export function CheckinPanel({ view, today, onClose, level = 4 }: Props) {
  const { t, lang } = useI18n();
  const { goal } = view;
  const bounds = checkinBounds(goal, today);
  const expected = unitOf(view);
  const { list } = useCheckins(goal, today);
  const [date, setDate] = useState(bounds.max);
  const [text, setText] = useState('');
  const [note, setNote] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const root = useRef<HTMLFormElement>(null);

  // Keyboard users land in the value field: the date is usually today's.
  useEffect(
    () => root.current?.querySelector<HTMLInputElement>('[name="checkinValue"]')?.focus(),
    [],
  );

  const say = (e: CheckinError, detail?: string) =>
    errorText(e, { t, lang, goal, today, text, expected, detail });
  const focus = (field: 'value' | 'date') =>
    root.current
      ?.querySelector<HTMLInputElement>(
        `[name="${field === 'value' ? 'checkinValue' : 'checkinDate'}"]`,
      )
      ?.focus();
  const show = (v: number, u = expected) =>
    formatValue(v, u?.unit ?? view.unit ?? 'count', lang, u?.currency ?? view.currency);

  const submit = async (ev: Event) => {
    ev.preventDefault();
    setStatus(null);
    // The same checks the background makes, first here: the answer comes at once, in the field.
    const local = readValue(text, lang, expected);
    if (!local.ok) {
      setErrors({ value: say(local.error) });
      return focus('value');
    }
    setBusy(true);
    const r = await send('checkin.save', {
      goalId: goal.id,
      date,
      value: text.trim(),
      lang,
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(editing && editing !== date ? { replaces: editing } : {}),
    });
    setBusy(false);
    if (!r) return setErrors({ form: t('panelUnreachable') });
    if (!r.ok) {
      const field = fieldOf(r.error);
      setErrors({ [field]: say(r.error, r.detail) });
      if (field !== 'form') focus(field);
      return;
    }
    // Only a stored check-in clears the form: nothing typed is lost to a refusal.
    const day = formatDay(date, lang, today);
    const value = formatValue(r.reading.value, r.reading.unit, lang, r.reading.currency);
    setStatus(t(r.replaced > 0 && !editing ? 'checkinReplaced' : 'checkinSaved', value, day));
    setErrors({});
    setText('');
    setNote('');
    setEditing(null);
    setDate(bounds.max);
    focus('value');
  };

  const edit = (c: Reading) => {
    const day = checkinDate(c);
    setEditing(day);
    setDate(day);
    setText(show(c.value, { unit: c.unit, currency: c.currency }));
    setNote(c.note ?? '');
    setErrors({});
    setStatus(t('checkinEditing', formatDay(day, lang, today)));
    focus('value');
  };

  const remove = async (day: string) => {
    if (confirming !== day) return setConfirming(day);
    setConfirming(null);
    const r = await send('checkin.delete', { goalId: goal.id, date: day });
    if (!r) return setErrors({ form: t('panelUnreachable') });
    if (!r.ok) return setErrors({ form: say(r.error, r.detail) });
    if (editing === day) setEditing(null);
    setStatus(t('checkinDeleted', formatDay(day, lang, today)));
  };

  const reads = preview(text, lang, expected);
  const H = level === 2 ? 'h2' : 'h4';
  const H2 = level === 2 ? 'h3' : 'h5';
  const id = `checkin-${goal.id}`;
  return (
    <section class="checkin stack" aria-labelledby={`${id}-h`}>
      <H id={`${id}-h`} class="checkin-heading">
        {t('checkinHeading', goal.title)}
      </H>
      <p class="small muted">{t('checkinIntro')}</p>
      <form class="checkin-form" ref={root} onSubmit={(e) => void submit(e)} noValidate>
        <div class="pair">
          <TextField
            name="checkinDate"
            type="date"
            label={t('checkinDate')}
            value={date}
            min={bounds.min}
            max={bounds.max}
            onInput={(v) => {
              setDate(v);
              setErrors((e) => ({ ...e, date: undefined }));
            }}
            error={errors.date}
          />
          <TextField
            name="checkinValue"
            label={t('checkinValue')}
            value={text}
            maxLength={100}
            onInput={(v) => {
              setText(v);
              setErrors((e) => ({ ...e, value: undefined }));
            }}
            error={errors.value}
            hint={
              reads && text.trim()
                ? t('checkinReadsAs', reads)
                : expected
                  ? t('checkinValueHint', unitWords(expected, t))
                  : t('checkinValueHintAny')
            }
          />
        </div>
        <TextField
          name="checkinNote"
          label={t('checkinNote')}
          value={note}
          maxLength={500}
          placeholder={t('checkinNotePlaceholder')}
          onInput={setNote}
        />
        {errors.form && (
          <p class="notice small" role="alert">
            {errors.form}
          </p>
        )}
        <p class="small checkin-status" role="status">
          {status}
        </p>
        <div class="buttons">
          <button type="submit" class="primary" disabled={busy}>
            {busy ? t('checkinSaving') : t(editing ? 'checkinUpdate' : 'checkinSave')}
          </button>
          {editing && (
            <button
              type="button"
              onClick={() => {
                setEditing(null);
                setText('');
                setNote('');
                setDate(bounds.max);
                setStatus(null);
              }}
            >
              {t('checkinCancelEdit')}
            </button>
          )}
          <button type="button" onClick={onClose}>
            {t('checkinClose')}
          </button>
        </div>
      </form>
      <H2 class="checkin-list-heading small">{t('checkinListHeading')}</H2>
      {list && list.length === 0 && <p class="small muted">{t('checkinListEmpty')}</p>}
      {list && list.length > 0 && (
        <ul class="rows checkin-list">
          {list.map((c) => {
            const day = checkinDate(c);
            const named = formatDay(day, lang, today);
            return (
              <li key={day} class="checkin-row" data-date={day} data-value={c.value}>
                <span class="checkin-row-text">
                  <span class="small muted">{named}</span>{' '}
                  <strong>{formatValue(c.value, c.unit, lang, c.currency)}</strong>
                  {c.note ? <span class="small muted"> · {c.note}</span> : null}
                </span>
                <span class="row-buttons">
                  <button
                    type="button"
                    aria-label={t('checkinEditNamed', named)}
                    onClick={() => edit(c)}
                  >
                    {t('checkinEdit')}
                  </button>
                  <button
                    type="button"
                    class={confirming === day ? 'danger' : ''}
                    aria-label={t(
                      confirming === day ? 'checkinDeleteConfirmNamed' : 'checkinDeleteNamed',
                      named,
                    )}
                    onClick={() => void remove(day)}
                  >
                    {t(confirming === day ? 'checkinDeleteConfirm' : 'checkinDelete')}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
