import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { I18nContext } from '../../components/i18n';
import { ReportDocument } from '../../components/options/ReportDocument';
import type { ReportPeriod } from '../../components/options/ReportSection';
import { resolveLang, translator, type Lang } from '../../lib/i18n';
import { send } from '../../lib/messaging/client';
import type { GoalView } from '../../lib/messaging/schemas';
import { diagnose, troubleText } from '../../components/BackgroundTrouble';

const PERIODS: ReportPeriod[] = ['week', 'month', 'quarter'];

/** `report.html?period=month&lang=ko`: anything else falls back rather than failing. */
function fromQuery(): { period: ReportPeriod; lang: Lang } {
  const q = new URLSearchParams(location.search);
  const period = PERIODS.find((p) => p === q.get('period')) ?? 'month';
  const wanted = q.get('lang');
  const lang = wanted === 'en' || wanted === 'ko' ? wanted : null;
  return { period, lang: lang ?? resolveLang('auto', browser.i18n.getUILanguage()) };
}

/**
 * The print view: the report in its own language (page chrome too, since it ends up on paper),
 * each goal with its chart. Printing waits for the user's click: charts load after the text.
 */
export function ReportApp() {
  const [{ period, lang }] = useState(fromQuery);
  const t = translator(lang);
  const [doc, setDoc] = useState<{ markdown: string; views: GoalView[] } | { error: string }>();
  useEffect(() => {
    document.documentElement.lang = lang;
    void Promise.all([
      send('report.build', { period, format: 'markdown', lang }),
      send('goals.list', {}),
    ]).then(async ([r, list]) => {
      if (!r || !list) return setDoc({ error: troubleText(t, await diagnose()) });
      if (!r.ok) return setDoc({ error: t('reportFailed', r.error) });
      document.title = r.text.split('\n', 1)[0]!.replace(/^# /, '');
      setDoc({ markdown: r.text, views: list.goals });
    });
  }, []);
  return (
    <I18nContext.Provider value={{ lang, t }}>
      <div class="report-page">
        <div class="report-toolbar">
          <button
            type="button"
            class="primary"
            disabled={!doc || 'error' in doc}
            onClick={() => window.print()}
          >
            {t('reportPrint')}
          </button>
          <p class="small muted">{t('reportPrintHint')}</p>
        </div>
        <main class="sheet" aria-busy={!doc}>
          {doc && 'error' in doc ? (
            <p class="notice" role="alert">
              {doc.error}
            </p>
          ) : doc ? (
            <ReportDocument markdown={doc.markdown} views={doc.views} />
          ) : (
            <p class="muted">{t('reportLoading')}</p>
          )}
        </main>
      </div>
    </I18nContext.Provider>
  );
}
