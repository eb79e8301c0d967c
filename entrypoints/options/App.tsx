import { useEffect, useState } from 'preact/hooks';
import { byUrgency } from '../../lib/goals/status';
import { CheckinPanel } from '../../components/checkin/CheckinPanel';
import { parseTemplateHash } from '../../components/first-run/starts';
import { diagnose, TroubleNotice, type Trouble } from '../../components/BackgroundTrouble';
import { BrokenGoals } from '../../components/BrokenGoals';
import { EditorHost, metricChoices, type EditTarget } from '../../components/editor/EditorHost';
import { I18nContext } from '../../components/i18n';
import { GoalsByObjective } from '../../components/options/GoalsByObjective';
import { Roadmap } from '../../components/options/Roadmap';
import { SettingsForm } from '../../components/options/SettingsForm';
import { NotificationsToggle } from '../../components/options/NotificationsToggle';
import { DataSection } from '../../components/options/DataSection';
import { HistorySection } from '../../components/options/HistorySection';
import { ReportSection } from '../../components/options/ReportSection';
import { ReviewSection } from '../../components/review/ReviewSection';
import { SyncNotice } from '../../components/options/SyncNotice';
import { SyncSetting } from '../../components/options/SyncSetting';
import { useSectionFromHash } from '../../components/options/use-section-hash';
import { useSyncStatus } from '../../components/options/use-sync-status';
import { useLanguage } from '../../components/use-language';
import { todayIso } from '../../lib/i18n/format';
import { send } from '../../lib/messaging/client';
import { onBroadcast } from '../../lib/messaging/listen';
import type { GoalsListed, GoalView } from '../../lib/messaging/schemas';
import type { Settings } from '../../lib/store/settings';
import { isManual } from '../../lib/checkins';

type CheckinTarget = Pick<GoalView, 'goal' | 'unit' | 'currency'>;

/** Every goal by objective and priority, the roadmap, and the settings every page follows. */
export function OptionsApp() {
  const i18n = useLanguage();
  const { t } = i18n;
  const [goals, setGoals] = useState<GoalView[] | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [trouble, setTrouble] = useState<Trouble | null>(null);
  const [listed, setListed] = useState<GoalsListed | null>(null);
  const [editing, setEditing] = useState<EditTarget | null>(null);
  const [checkingIn, setCheckingIn] = useState<CheckinTarget | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const today = todayIso();
  const sync = useSyncStatus();
  useSectionFromHash(goals !== null && settings !== null && !editing && !checkingIn);

  const load = () => {
    void send('goals.list', {}).then(async (r) => {
      if (!r) return setTrouble(await diagnose());
      setTrouble(null);
      setListed(r);
      setGoals([...r.goals].sort(byUrgency));
      // A notification opens `options.html#goal=ID`: go straight to that goal.
      const wanted = new URLSearchParams(location.hash.slice(1)).get('goal');
      const hit = wanted ? r.goals.find((v) => v.goal.id === wanted) : undefined;
      if (hit) {
        history.replaceState(null, '', location.pathname);
        setEditing({ kind: 'edit', goal: hit.goal });
      }
      // The welcome page's "start from a template" opens `options.html#template=ID&slot=N`.
      const template = parseTemplateHash(location.hash);
      if (template) {
        history.replaceState(null, '', location.pathname);
        setEditing({ kind: 'new', template });
      }
    });
    void send('settings.get', {}).then((s) => s && setSettings(s));
  };
  useEffect(() => {
    load();
    return onBroadcast({ 'goals.changed': load });
  }, []);

  const remove = (v: GoalView) =>
    void send('goal.delete', { id: v.goal.id }).then((r) => {
      setMessage(r?.ok ? t('goalDeleted', v.goal.title) : t('goalDeleteFailed', r?.error ?? '—'));
      load();
    });
  // The newest settings, for the next change to build on (not the render's possibly older copy).
  // Only the changed fields: the background keeps the rest (SettingsPatch has no defaults), and
  // a whole record from this page could undo a change another Pacer page just made.
  const change = async (patch: Partial<Settings>) => {
    const next = await send('settings.set', { patch });
    if (next) setSettings(next);
    return next !== null;
  };

  return (
    <I18nContext.Provider value={i18n}>
      <main class="options" aria-busy={goals === null && !trouble}>
        <h1>
          <img src="/icons/32.png" width={24} height={24} alt="" /> {t('optionsTitle')}
        </h1>
        <TroubleNotice trouble={trouble} />
        <SyncNotice
          status={sync.status}
          enabled={settings?.syncGoals ?? null}
          retrying={sync.retrying}
          onRetry={() => void sync.retry()}
        />
        {editing ? (
          <EditorHost
            target={editing}
            goals={(goals ?? []).map((v) => v.goal)}
            choices={metricChoices(null, goals ?? [])}
            today={today}
            onDone={(goal) => {
              setEditing(null);
              // A goal on a figure entered by hand is followed with check-ins: offer the first.
              if (goal && editing.kind === 'new' && isManual(goal.metric))
                setCheckingIn({ goal, unit: null });
              load();
            }}
          />
        ) : checkingIn ? (
          <CheckinPanel
            view={goals?.find((v) => v.goal.id === checkingIn.goal.id) ?? checkingIn}
            today={today}
            level={2}
            onClose={() => setCheckingIn(null)}
          />
        ) : (
          <>
            <section aria-labelledby="goals-h" class="stack">
              <div class="section-head">
                <h2 id="goals-h">{t('optionsGoalsHeading')}</h2>
                <button type="button" onClick={() => setEditing({ kind: 'new' })}>
                  {t('newGoal')}
                </button>
              </div>
              {message && (
                <p class="small muted" role="status">
                  {message}
                </p>
              )}
              {listed && (
                <BrokenGoals
                  broken={listed.broken}
                  skippedReadings={listed.skippedReadings}
                  onDeleted={load}
                />
              )}
              {goals && (
                <GoalsByObjective
                  views={goals}
                  today={today}
                  onEdit={(v) => setEditing({ kind: 'edit', goal: v.goal })}
                  onCheckin={setCheckingIn}
                  onDelete={remove}
                />
              )}
            </section>
            <section aria-labelledby="review-h" class="stack" id="review">
              <h2 id="review-h" tabIndex={-1}>
                {t('optionsReviewHeading')}
              </h2>
              <ReviewSection />
            </section>
            <section aria-labelledby="roadmap-h" class="stack">
              <h2 id="roadmap-h">{t('optionsRoadmapHeading')}</h2>
              {goals && <Roadmap views={goals} today={today} />}
            </section>
            <section aria-labelledby="report-h" class="stack" id="report">
              <h2 id="report-h" tabIndex={-1}>
                {t('optionsReportHeading')}
              </h2>
              <ReportSection />
            </section>
            <section aria-labelledby="history-h" class="stack" id="history">
              <h2 id="history-h" tabIndex={-1}>
                {t('historyHeading')}
              </h2>
              {goals && (
                <HistorySection goals={goals} onNewGoal={() => setEditing({ kind: 'new' })} />
              )}
            </section>
            <section aria-labelledby="data-h" class="stack" id="data">
              <h2 id="data-h" tabIndex={-1}>
                {t('optionsDataHeading')}
              </h2>
              <DataSection syncOn={!!settings?.syncGoals} goalCount={goals?.length ?? 0} />
            </section>
            <section aria-labelledby="settings-h" class="stack">
              <h2 id="settings-h" tabIndex={-1}>
                {t('optionsSettingsHeading')}
              </h2>
              {settings && <SettingsForm settings={settings} onChange={change} />}
              {settings && (
                <NotificationsToggle
                  on={settings.notifications}
                  onChange={(notifications) => change({ notifications })}
                />
              )}
              {settings && (
                <SyncSetting
                  enabled={settings.syncGoals}
                  status={sync.status}
                  retrying={sync.retrying}
                  onChange={(syncGoals) => change({ syncGoals })}
                  onRetry={() => void sync.retry()}
                />
              )}
            </section>
          </>
        )}
      </main>
    </I18nContext.Provider>
  );
}
