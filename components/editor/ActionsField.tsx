import { useState } from 'preact/hooks';
import type { Action } from '../../lib/goals/schema';
import { useI18n } from '../i18n';
import { newId } from './form';

interface Props {
  actions: Action[];
  onChange: (actions: Action[]) => void;
  error?: string | undefined;
}

/** The action plan (article ch. 3): steps with owner, due date, resources and status. */
export function ActionsField({ actions, onChange, error }: Props) {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const update = (id: string, patch: Partial<Action>) =>
    onChange(actions.map((a) => (a.id === id ? dropEmpty({ ...a, ...patch }) : a)));
  // Re-ordering (article ch. 5: re-prioritise the work) keeps keyboard focus on the moved step.
  const move = (i: number, by: -1 | 1, e: Event) => {
    const list = e.currentTarget as HTMLElement;
    const j = i + by;
    if (j < 0 || j >= actions.length) return;
    const next = [...actions];
    [next[i], next[j]] = [next[j]!, next[i]!];
    onChange(next);
    const id = actions[i]!.id;
    const root = list.closest('fieldset');
    setTimeout(() => {
      const row = root?.querySelector(`[data-action-id="${CSS.escape(id)}"]`);
      const cls =
        by < 0 && j > 0
          ? '.move-up'
          : by > 0 && j < actions.length - 1
            ? '.move-down'
            : '.move-up, .move-down';
      row?.querySelector<HTMLElement>(cls)?.focus();
    }, 0);
  };
  const add = () => {
    if (!title.trim()) return;
    onChange([...actions, { id: newId('step'), title: title.trim(), status: 'todo' }]);
    setTitle('');
  };
  return (
    <fieldset class="group">
      <legend>{t('actionsHeading')}</legend>
      {actions.length === 0 && <p class="small muted">{t('actionsEmpty')}</p>}
      <ul class="rows">
        {actions.map((a, i) => (
          <li
            key={a.id}
            class={`row action-${a.status}`}
            data-action-id={a.id}
            data-action-status={a.status}
          >
            <input
              aria-label={t('actionTitleOf', a.title)}
              value={a.title}
              onInput={(e) => update(a.id, { title: e.currentTarget.value })}
            />
            <div class="row-fields">
              <input
                aria-label={t('actionOwnerOf', a.title)}
                placeholder={t('actionOwner')}
                value={a.owner ?? ''}
                onInput={(e) => update(a.id, { owner: e.currentTarget.value })}
              />
              <input
                type="date"
                aria-label={t('actionDueOf', a.title)}
                value={a.due ?? ''}
                onInput={(e) => update(a.id, { due: e.currentTarget.value })}
              />
              <select
                aria-label={t('actionStatusOf', a.title)}
                value={a.status}
                onChange={(e) =>
                  update(a.id, { status: e.currentTarget.value as Action['status'] })
                }
              >
                <option value="todo">{t('actionTodo')}</option>
                <option value="doing">{t('actionDoing')}</option>
                <option value="done">{t('actionDone')}</option>
              </select>
            </div>
            <input
              aria-label={t('actionResourcesOf', a.title)}
              placeholder={t('actionResources')}
              value={a.resources ?? ''}
              onInput={(e) => update(a.id, { resources: e.currentTarget.value })}
            />
            <div class="row-buttons">
              {i > 0 && (
                <button type="button" class="move-up" onClick={(e) => move(i, -1, e)}>
                  {t('actionMoveUp')}
                  <span class="visually-hidden"> {a.title}</span>
                </button>
              )}
              {i < actions.length - 1 && (
                <button type="button" class="move-down" onClick={(e) => move(i, 1, e)}>
                  {t('actionMoveDown')}
                  <span class="visually-hidden"> {a.title}</span>
                </button>
              )}
              {a.status !== 'done' && (
                <button type="button" onClick={() => update(a.id, { status: 'done' })}>
                  {t('actionComplete')}
                  <span class="visually-hidden"> {a.title}</span>
                </button>
              )}
              <button type="button" onClick={() => onChange(actions.filter((x) => x.id !== a.id))}>
                {t('actionRemove')}
                <span class="visually-hidden"> {a.title}</span>
              </button>
            </div>
          </li>
        ))}
      </ul>
      <div class="add-row">
        <input
          aria-label={t('actionNew')}
          placeholder={t('actionNewPlaceholder')}
          value={title}
          onInput={(e) => setTitle(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Enter adds the step instead of submitting the whole goal.
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" onClick={add} disabled={!title.trim()}>
          {t('actionAdd')}
        </button>
      </div>
      {error && <p class="field-error small">{error}</p>}
    </fieldset>
  );
}

/** Optional fields cleared by the user are left out, not stored as "" (the schema's `due` is a date). */
function dropEmpty(a: Action): Action {
  const out = { ...a };
  for (const k of ['owner', 'due', 'resources'] as const) if (!out[k]) delete out[k];
  return out;
}
