import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../lib/i18n';
import { formatDate } from '../../lib/i18n/format';
import { send } from '../../lib/messaging/client';
import { onBroadcast } from '../../lib/messaging/listen';
import { SelectField } from '../editor/Field';
import { useI18n } from '../i18n';
import { downloadText, UTF8_BOM } from './download';
import { diagnose, troubleText } from '../BackgroundTrouble';

export type ReportPeriod = 'week' | 'month' | 'quarter';
type Built = { text: string; filename: string; period: { start: string; end: string } };

/**
 * The periodic report: pick a period and a language, read the Markdown, then copy, save or print
 * it. The preview is a `<pre>` of text: goal titles and notes are user text, never HTML.
 */
export function ReportSection() {
  const { t, lang: uiLang } = useI18n();
  const [period, setPeriod] = useState<ReportPeriod>('week');
  // null: follow the UI language, so switching it in settings changes the default here too.
  const [chosen, setChosen] = useState<Lang | null>(null);
  const lang = chosen ?? uiLang;
  const [built, setBuilt] = useState<Built | { error: string } | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);
  const latest = useRef(0);

  useEffect(() => onBroadcast({ 'goals.changed': () => setRevision((r) => r + 1) }), []);
  useEffect(() => {
    // Answers can arrive out of order when the user flips options quickly: keep the newest only.
    const ask = ++latest.current;
    void send('report.build', { period, format: 'markdown', lang }).then(async (r) => {
      // No answer: storage trouble or a silent background, each in its own words.
      const error = r ? null : troubleText(t, await diagnose());
      if (ask !== latest.current) return;
      setBuilt(!r ? { error: error! } : r.ok ? r : { error: r.error });
    });
  }, [period, lang, revision]);

  const ready = built && 'text' in built ? built : null;
  const copy = () =>
    void navigator.clipboard
      .writeText(ready!.text)
      .then(() => setNote(t('reportCopied')))
      .catch(() => setNote(t('reportCopyFailed')));
  const saveMarkdown = () => {
    downloadText(ready!.filename, ready!.text, 'text/markdown;charset=utf-8');
    setNote(t('reportDownloaded', ready!.filename));
  };
  const saveCsv = async () => {
    const r = await send('report.build', { period, format: 'csv', lang });
    if (!r) return setNote(t('reportFailed', troubleText(t, await diagnose())));
    if (!r.ok) return setNote(t('reportFailed', r.error));
    downloadText(r.filename, UTF8_BOM + r.text, 'text/csv;charset=utf-8');
    setNote(t('reportDownloaded', r.filename));
  };

  return (
    <div class="stack report">
      <p class="muted section-intro">{t('reportIntro')}</p>
      <div class="report-controls">
        <SelectField<ReportPeriod>
          name="reportPeriod"
          label={t('reportPeriod')}
          value={period}
          onChange={setPeriod}
          options={[
            { value: 'week', label: t('reportWeek') },
            { value: 'month', label: t('reportMonth') },
            { value: 'quarter', label: t('reportQuarter') },
          ]}
        />
        <SelectField<Lang>
          name="reportLanguage"
          label={t('reportLanguage')}
          value={lang}
          onChange={setChosen}
          options={[
            { value: 'en', label: t('languageEnglish') },
            { value: 'ko', label: t('languageKorean') },
          ]}
        />
      </div>
      {built && 'error' in built ? (
        <p class="notice" role="alert">
          {t('reportFailed', built.error)}
        </p>
      ) : (
        <pre
          class="report-preview"
          // Focusable so a keyboard user can scroll a long report.
          tabIndex={0}
          aria-label={
            ready
              ? t(
                  'reportPreview',
                  formatDate(ready.period.start, uiLang),
                  formatDate(ready.period.end, uiLang),
                )
              : t('reportLoading')
          }
          aria-busy={!ready}
        >
          {ready ? ready.text : t('reportLoading')}
        </pre>
      )}
      <div class="buttons">
        <button type="button" disabled={!ready} onClick={copy}>
          {t('reportCopy')}
        </button>
        <button type="button" disabled={!ready} onClick={saveMarkdown}>
          {t('reportDownloadMarkdown')}
        </button>
        <button type="button" disabled={!ready} onClick={() => void saveCsv()}>
          {t('reportDownloadCsv')}
        </button>
        <a
          class="button"
          href={`/report.html?period=${period}&lang=${lang}`}
          target="_blank"
          rel="noopener"
        >
          {t('reportPrintView')}
          <span class="visually-hidden"> {t('reportNewTab')}</span>
        </a>
      </div>
      <p class="small muted" role="status">
        {note}
      </p>
    </div>
  );
}
