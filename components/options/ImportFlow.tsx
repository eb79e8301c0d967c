import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { MAX_GOALS } from '../../lib/goals/schema';
import type { Export } from '../../lib/goals/export';
import { localeOf } from '../../lib/i18n';
import { formatDate } from '../../lib/i18n/format';
import { useI18n } from '../i18n';
import { checkImportText, forThisBrowser } from './import-file';
import { readImportFile, sendImport } from './transfer';

type Mode = 'merge' | 'replace';
type Step =
  | { kind: 'idle' }
  | { kind: 'busy'; message: string }
  | { kind: 'ready'; name: string; data: Export; mode: Mode; confirming: boolean }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string };

/**
 * Import in steps, each safe to stop at: read the file, check ALL of it here, let the user
 * choose merge or replace (replace asks again), and only then send it. Bad input changes nothing.
 */
export function ImportFlow(p: { syncOn: boolean; goalCount: number }) {
  const { t, lang } = useI18n();
  const id = useId();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  // A new key empties the file input, so choosing the same file again still fires `change`.
  const [inputKey, setInputKey] = useState(0);
  const result = useRef<HTMLParagraphElement>(null);
  const n = (x: number) => new Intl.NumberFormat(localeOf(lang)).format(x);
  // The buttons the user pressed are gone once it is over: keep keyboard focus on the outcome.
  useEffect(() => {
    if (step.kind === 'done' || step.kind === 'error') result.current?.focus();
  }, [step.kind]);
  const finish = (s: Step) => {
    setStep(s);
    setInputKey((k) => k + 1);
  };

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setStep({ kind: 'busy', message: t('dataImportReading', file.name) });
    const read = await readImportFile(file);
    if (!read.ok)
      return finish(
        error(
          t(
            read.reason === 'too-big'
              ? 'dataImportTooBig'
              : read.reason === 'gzip'
                ? 'dataImportBadGzip'
                : 'dataImportReadFailed',
            file.name,
          ),
        ),
      );
    const text = read.text;
    const r = checkImportText(text);
    if (!r.ok)
      return finish(
        error(t(r.kind === 'json' ? 'dataImportBadJson' : 'dataImportInvalid', file.name, r.error)),
      );
    setStep({ kind: 'ready', name: file.name, data: r.data, mode: 'merge', confirming: false });
  };

  const run = async (data: Export, mode: Mode) => {
    setStep({ kind: 'busy', message: t('dataImporting') });
    const pct = new Intl.NumberFormat(localeOf(lang), { style: 'percent' });
    const r = await sendImport(forThisBrowser(data), mode, (share) =>
      setStep({ kind: 'busy', message: t('dataImportingShare', pct.format(share)) }),
    );
    if (!r) return finish(error(t('dataUnreachable')));
    if (!r.ok)
      return finish(
        error(
          r.code === 'too-many-goals'
            ? t('goalsTooMany', MAX_GOALS.toLocaleString(localeOf(lang)))
            : t('dataImportFailed', r.error),
        ),
      );
    finish({
      kind: 'done',
      message: t('dataImported', n(r.goals), n(r.readings), n(r.skippedReadings)),
    });
  };

  return (
    <div class="stack import">
      <div class="field">
        <label for={id}>{t('dataImportLabel')}</label>
        <input
          key={inputKey}
          id={id}
          type="file"
          accept=".json,.gz,application/json,application/gzip"
          aria-describedby={`${id}-hint`}
          disabled={step.kind === 'busy'}
          onChange={(e) => void choose(e.currentTarget.files?.[0])}
        />
        <p class="small muted field-hint" id={`${id}-hint`}>
          {t('dataImportHint')}
        </p>
      </div>
      {step.kind === 'busy' && (
        <p class="small" role="status">
          {step.message}
        </p>
      )}
      {step.kind === 'done' && (
        <p class="import-done" role="status" tabIndex={-1} ref={result}>
          {step.message}
        </p>
      )}
      {step.kind === 'error' && (
        <p class="notice import-error" role="alert" tabIndex={-1} ref={result}>
          {step.message}
        </p>
      )}
      {step.kind === 'ready' && (
        <Choice
          step={step}
          summary={t(
            'dataImportSummary',
            step.name,
            n(step.data.goals.length),
            n(step.data.readings.length),
            formatDate(step.data.exportedAt, lang),
          )}
          syncOn={p.syncOn}
          goalCount={p.goalCount}
          onStep={setStep}
          onCancel={() => finish({ kind: 'idle' })}
          onRun={(mode) => void run(step.data, mode)}
        />
      )}
    </div>
  );
}

const error = (message: string): Step => ({ kind: 'error', message });

/** Merge or replace; replace only after a second, explicit "Delete and replace". */
function Choice(p: {
  step: Extract<Step, { kind: 'ready' }>;
  summary: string;
  syncOn: boolean;
  goalCount: number;
  onStep: (s: Step) => void;
  onCancel: () => void;
  onRun: (mode: Mode) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const { step } = p;
  const warning = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (step.confirming) warning.current?.focus();
  }, [step.confirming]);
  const radio = (mode: Mode, label: string, hint: string) => (
    <div class="import-mode">
      <label class="checkbox">
        <input
          type="radio"
          name={`${id}-mode`}
          value={mode}
          checked={step.mode === mode}
          aria-describedby={`${id}-${mode}`}
          onChange={() => p.onStep({ ...step, mode, confirming: false })}
        />
        {label}
      </label>
      <p class="small muted" id={`${id}-${mode}`}>
        {hint}
      </p>
    </div>
  );
  return (
    <div class="stack import-choice">
      <p role="status">{p.summary}</p>
      <fieldset class="group">
        <legend>{t('dataImportMode')}</legend>
        {radio('merge', t('dataImportMerge'), t('dataImportMergeHint'))}
        {radio('replace', t('dataImportReplace'), t('dataImportReplaceHint'))}
      </fieldset>
      {step.confirming ? (
        <div class="notice danger-notice stack" role="alert" tabIndex={-1} ref={warning}>
          <p>{t('dataReplaceWarning', p.goalCount)}</p>
          {p.syncOn && <p>{t('dataReplaceSyncWarning')}</p>}
          <div class="buttons">
            <button type="button" class="danger" onClick={() => p.onRun('replace')}>
              {t('dataReplaceConfirm')}
            </button>
            <button type="button" onClick={() => p.onStep({ ...step, confirming: false })}>
              {t('dataReplaceBack')}
            </button>
          </div>
        </div>
      ) : (
        <div class="buttons">
          <button
            type="button"
            class="primary"
            onClick={() =>
              step.mode === 'merge' ? p.onRun('merge') : p.onStep({ ...step, confirming: true })
            }
          >
            {t('dataImportGo')}
          </button>
          <button type="button" onClick={p.onCancel}>
            {t('dataImportCancel')}
          </button>
        </div>
      )}
    </div>
  );
}
