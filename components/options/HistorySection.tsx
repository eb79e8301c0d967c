import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import {
  analyseBytes,
  csvEntries,
  hasHistory,
  isZip,
  mappingFor,
  pickColumn,
  planImport,
  type Analysis,
  type ColumnKind,
  type DateFormat,
} from '../../lib/history';
import { todayIso } from '../../lib/i18n/format';
import { localeOf } from '../../lib/i18n';
import { send } from '../../lib/messaging/client';
import type { GoalView } from '../../lib/messaging/schemas';
import { useI18n } from '../i18n';
import { HistoryPreview } from './HistoryPreview';
import { unitWord } from './history-text';

/** Bigger than ten years of daily rows with every column a dashboard exports. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

type Outcome = { kind: 'done' | 'error'; message: string } | null;

/** The chosen file: one CSV, or the CSVs of a dashboard's zip with the one in use. */
interface Loaded {
  name: string;
  files: { name: string; analysis: Analysis }[];
  current: number;
}

/** A CSV file's tables, or a zip's (readable) CSV files; a string says why there are none. */
function readChosen(name: string, bytes: Uint8Array): Loaded | 'no-table' | 'zip' {
  const entries = isZip(bytes) ? csvEntries(bytes) : [{ name, bytes }];
  if (!entries) return 'zip';
  const files = entries.flatMap((e) => {
    const r = analyseBytes(e.bytes);
    return r.ok ? [{ name: e.name, analysis: r.analysis }] : [];
  });
  if (!files.length) return 'no-table';
  // In a zip, the file with the days (visitors.csv, Dates.csv, Totals.csv) rather than the first.
  const current = Math.max(
    0,
    files.findIndex((f) => hasHistory(f.analysis)),
  );
  return { name, files, current };
}

/**
 * Import a KPI's past values from a dashboard's CSV export: choose the file, see what it is,
 * choose the goal (and, for a file Pacer does not know, the column and what it holds), see what
 * would be written, then write it through `history.import`. Nothing is written before that click.
 */
export function HistorySection(p: { goals: GoalView[]; onNewGoal: () => void }) {
  const { t, lang } = useI18n();
  const id = useId();
  const [file, setFile] = useState<Loaded | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [goalId, setGoalId] = useState('');
  const [column, setColumn] = useState(-1);
  const [dateFormat, setDateFormat] = useState<DateFormat | undefined>();
  const [kind, setKind] = useState<ColumnKind | undefined>();
  const [currency, setCurrency] = useState('');
  const [inputKey, setInputKey] = useState(0);
  const result = useRef<HTMLParagraphElement>(null);
  const n = (x: number) => new Intl.NumberFormat(localeOf(lang)).format(x);
  useEffect(() => {
    if (outcome) result.current?.focus();
  }, [outcome]);

  const view = p.goals.find((v) => v.goal.id === goalId) ?? null;
  const goal = view?.goal ?? null;
  const shown = file?.files[file.current] ?? null;
  const a = shown?.analysis ?? null;

  const choose = async (f: File | undefined) => {
    if (!f) return;
    setOutcome(null);
    setFile(null);
    if (f.size > MAX_FILE_BYTES) return fail(t('historyTooBig', f.name));
    setBusy(t('historyReading', f.name));
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await f.arrayBuffer());
    } catch {
      setBusy(null);
      return fail(t('historyReadFailed', f.name));
    }
    setBusy(null);
    const loaded = readChosen(f.name, bytes);
    if (loaded === 'zip') return fail(t('historyZipUnreadable', f.name));
    if (loaded === 'no-table') return fail(t('historyNoTable', f.name));
    setFile(loaded);
    setDateFormat(undefined);
    setKind(undefined);
    use(loaded.files[loaded.current]!.analysis);
  };
  /** Choose the goal this file is most likely for: on its dashboard, with a column of its metric. */
  const use = (found: Analysis) => {
    const fit =
      p.goals.find(
        (v) =>
          v.goal.metric.source === found.format?.source && pickColumn(found, v.goal.metric.key),
      ) ??
      p.goals.find((v) => pickColumn(found, v.goal.metric.key)) ??
      p.goals[0];
    if (fit) pick(found, fit);
  };
  const fail = (message: string) => {
    setOutcome({ kind: 'error', message });
    setInputKey((k) => k + 1);
  };
  const pick = (found: Analysis, v: GoalView) => {
    setGoalId(v.goal.id);
    setColumn((pickColumn(found, v.goal.metric.key) ?? found.columns[0])?.index ?? -1);
    setCurrency(v.currency ?? '');
  };
  const reset = () => {
    setFile(null);
    setInputKey((k) => k + 1);
  };

  const col = a?.columns.find((c) => c.index === column) ?? null;
  const mapping = useMemo(
    () =>
      a && col
        ? mappingFor(a, {
            column: col.index,
            ...(dateFormat ? { dateFormat } : {}),
            ...(kind ? { kind } : {}),
            ...(/^[A-Z]{3}$/.test(currency) ? { currency } : {}),
          })
        : null,
    [a, col, dateFormat, kind, currency],
  );
  const plan = useMemo(
    () =>
      mapping?.ok && goal
        ? planImport(a!.table, mapping.mapping, { ...goal, metric: goal.metric }, todayIso())
        : null,
    [mapping, goal],
  );
  // Readings in another unit than the goal's would be outvoted or would outvote the dashboard's.
  const planCurrency = plan?.readings[0]?.currency;
  const unitClash =
    view?.unit && col && view.unit !== col.unit
      ? t('historyProblemUnit', unitWord(t, col.unit), unitWord(t, view.unit))
      : view?.currency && planCurrency && view.currency !== planCurrency
        ? t('historyProblemUnit', planCurrency, view.currency)
        : null;
  const ready = !!plan && !plan.errors.length && !plan.problem && !unitClash;

  const run = async () => {
    if (!plan || !goal) return;
    setBusy(t('historyImporting'));
    const r = await send('history.import', { readings: plan.readings });
    setBusy(null);
    if (!r) return fail(t('dataUnreachable'));
    if (!r.ok) return fail(t('historyFailed', r.error));
    setOutcome({ kind: 'done', message: t('historyDone', n(r.added), goal.title, n(r.skipped)) });
    reset();
  };

  // Readings belong to a goal's metric: with no goal yet, start one (then come back here).
  if (!p.goals.length)
    return (
      <div class="stack history">
        <p class="muted section-intro">{t('historyIntro')}</p>
        <p>{t('historyNoGoals')}</p>
        <div>
          <button type="button" onClick={p.onNewGoal}>
            {t('newGoal')}
          </button>
        </div>
      </div>
    );
  const noHistory = a?.format?.noHistory;
  return (
    <div class="stack import history">
      <p class="muted section-intro">{t('historyIntro')}</p>
      <div class="field">
        <label for={id}>{t('historyFileLabel')}</label>
        <input
          key={inputKey}
          id={id}
          type="file"
          accept=".csv,.tsv,.txt,.zip,text/csv,application/zip"
          aria-describedby={`${id}-hint`}
          disabled={busy !== null}
          onChange={(e) => void choose(e.currentTarget.files?.[0])}
        />
        <p class="small muted field-hint" id={`${id}-hint`}>
          {t('historyFileHint')}
        </p>
      </div>
      {busy && (
        <p class="small" role="status">
          {busy}
        </p>
      )}
      {outcome && (
        <p
          class={outcome.kind === 'done' ? 'import-done' : 'notice import-error'}
          role={outcome.kind === 'done' ? 'status' : 'alert'}
          tabIndex={-1}
          ref={result}
        >
          {outcome.message}
        </p>
      )}
      {file && a && (
        <div class="stack history-choice">
          {file.files.length > 1 && (
            <div class="field history-entry">
              <label for={`${id}-entry`}>{t('historyZipFile', file.name)}</label>
              <select
                id={`${id}-entry`}
                value={String(file.current)}
                onChange={(e) => {
                  const current = Number(e.currentTarget.value);
                  setFile({ ...file, current });
                  setDateFormat(undefined);
                  setKind(undefined);
                  use(file.files[current]!.analysis);
                }}
              >
                {file.files.map((f, i) => (
                  <option key={f.name} value={String(i)}>
                    {f.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <p role="status">
            {noHistory === 'breakdown'
              ? t('historyNoHistoryBreakdown', a.format!.name)
              : noHistory === 'per-video'
                ? t('historyNoHistoryPerVideo')
                : a.dateColumn === null
                  ? t('historyNoDate', shown!.name)
                  : a.format
                    ? t('historyFormat', a.format.name, n(a.table.rows.length))
                    : t('historyFormatUnknown', n(a.table.rows.length))}
          </p>
          {!noHistory && a.dateColumn !== null && a.columns.length > 0 && (
            <>
              <div class="history-controls">
                <div class="field">
                  <label for={`${id}-goal`}>{t('historyGoal')}</label>
                  <select
                    id={`${id}-goal`}
                    value={goalId}
                    onChange={(e) => {
                      const v = p.goals.find((g) => g.goal.id === e.currentTarget.value);
                      if (v) pick(a, v);
                    }}
                  >
                    {p.goals.map((v) => (
                      <option key={v.goal.id} value={v.goal.id}>
                        {v.goal.title}
                      </option>
                    ))}
                  </select>
                </div>
                <div class="field">
                  <label for={`${id}-col`}>{t('historyColumn')}</label>
                  <select
                    id={`${id}-col`}
                    value={String(column)}
                    onChange={(e) => setColumn(Number(e.currentTarget.value))}
                  >
                    {a.columns.map((c) => (
                      <option key={c.index} value={String(c.index)}>
                        {c.header}
                      </option>
                    ))}
                  </select>
                </div>
                {col?.unit === 'currency' && !col.currency && (
                  <div class="field">
                    <label for={`${id}-cur`}>{t('historyCurrency')}</label>
                    <input
                      id={`${id}-cur`}
                      value={currency}
                      maxLength={3}
                      autocomplete="off"
                      onInput={(e) => setCurrency(e.currentTarget.value.trim().toUpperCase())}
                    />
                  </div>
                )}
              </div>
              {a.date.kind === 'ambiguous' && (
                <Choice
                  legend={t('historyDateOrder')}
                  hint={t('historyDateOrderHint')}
                  value={dateFormat}
                  options={[
                    ['dmy', t('historyDmy')],
                    ['mdy', t('historyMdy')],
                  ]}
                  onChange={setDateFormat}
                />
              )}
              {col && !col.kind && (
                <Choice
                  legend={t('historyKind')}
                  value={kind}
                  options={[
                    ['amount', t('historyKindAmount')],
                    ['level', t('historyKindLevel')],
                  ]}
                  onChange={setKind}
                />
              )}
              {plan && goal && (
                <HistoryPreview
                  plan={plan}
                  goalTitle={goal.title}
                  period={{
                    start: goal.start,
                    deadline: goal.deadline,
                    total: goal.accumulation === 'period-total',
                  }}
                  extraProblem={unitClash}
                />
              )}
            </>
          )}
          <div class="buttons">
            {plan && (
              <button
                type="button"
                class="primary"
                disabled={!ready || busy !== null}
                onClick={() => void run()}
              >
                {t('historyImport', n(plan.readings.length))}
              </button>
            )}
            <button type="button" onClick={reset}>
              {t('historyCancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

/** A required choice between two readings of the file, as radio buttons. */
function Choice<T extends string>(p: {
  legend: string;
  hint?: string;
  value: T | undefined;
  options: [T, string][];
  onChange: (v: T) => void;
}) {
  const name = useId();
  return (
    <fieldset class="group">
      <legend>{p.legend}</legend>
      {p.hint && <p class="small muted">{p.hint}</p>}
      {p.options.map(([v, label]) => (
        <label class="checkbox" key={v}>
          <input
            type="radio"
            name={name}
            value={v}
            checked={p.value === v}
            onChange={() => p.onChange(v)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
