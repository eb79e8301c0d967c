import { useState } from 'preact/hooks';
import type { Note } from '../../lib/goals/schema';
import { formatDay } from '../../lib/i18n/format';
import { useI18n } from '../i18n';

/** Dated qualitative notes (article ch. 4): what the numbers do not say. */
export function NotesField(props: { notes: Note[]; today: string; onChange: (n: Note[]) => void }) {
  const { t, lang } = useI18n();
  const [text, setText] = useState('');
  const add = () => {
    if (!text.trim()) return;
    props.onChange([...props.notes, { date: props.today, text: text.trim() }]);
    setText('');
  };
  return (
    <fieldset class="group">
      <legend>{t('notesHeading')}</legend>
      {props.notes.length === 0 && <p class="small muted">{t('notesEmpty')}</p>}
      <ul class="rows notes">
        {props.notes.map((n, i) => (
          <li key={`${n.date}-${i}`} class="note">
            <span class="small muted">{formatDay(n.date, lang, props.today)}</span> {n.text}
          </li>
        ))}
      </ul>
      <div class="add-row">
        <textarea
          rows={2}
          aria-label={t('noteNew')}
          placeholder={t('noteNewPlaceholder')}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button type="button" onClick={add} disabled={!text.trim()}>
          {t('noteAdd')}
        </button>
      </div>
    </fieldset>
  );
}
