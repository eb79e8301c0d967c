import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { byUrgency } from '../../lib/goals/status';
import { CheckinPanel } from '../../components/checkin/CheckinPanel';
import { FirstSteps } from '../../components/first-run/FirstSteps';
import { IMPORT_SECTION } from '../../components/first-run/starts';
import { EditorHost, metricChoices, type EditTarget } from '../../components/editor/EditorHost';
import { listDrafts } from '../../components/editor/use-draft';
import type { GoalForm } from '../../components/editor/form';
import { diagnose, TroubleNotice, type Trouble } from '../../components/BackgroundTrouble';
import { BrokenGoals } from '../../components/BrokenGoals';
import { closedLast, GoalRow } from '../../components/GoalRow';
import { I18nContext } from '../../components/i18n';
import { openPanel } from '../../components/open-panel';
import { pinnedTabId } from '../../components/pinned-tab';
import { SiteAccess } from '../../components/SiteAccess';
import { useSiteAccess } from '../../components/use-site-access';
import { useLanguage } from '../../components/use-language';
import { wantsAttention } from '../../lib/goals/open';
import { formatDate, todayIso } from '../../lib/i18n/format';
import { send } from '../../lib/messaging/client';
import type { GoalsListed, GoalView, PageRead } from '../../lib/messaging/schemas';
import { isManual } from '../../lib/checkins';

type CheckinTarget = Pick<GoalView, 'goal' | 'unit' | 'currency'>;

/** The options page at a section, in a new tab (tabs.create needs no `tabs` permission). */
const openOptionsAt = (section: string) =>
  void browser.tabs
    .create({ url: browser.runtime.getURL(`/options.html#${section}`) })
    .then(() => window.close());
const openImport = () => openOptionsAt(IMPORT_SECTION);
/** The options page's review section (issue 13). */
const REVIEW_SECTION = 'review';

const pinnedTab = pinnedTabId();

/** The figures on the current tab, so a new goal can follow one of them. */
async function currentRead(): Promise<PageRead | null> {
  const id = pinnedTab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  return id === undefined
    ? null
    : ((await send('page.get', { tabId: id, goals: 'page' }))?.read ?? null);
}

export function PopupApp() {
  const i18n = useLanguage();
  const { t } = i18n;
  const [goals, setGoals] = useState<GoalView[] | null>(null);
  const [read, setRead] = useState<PageRead | null>(null);
  const [drafts, setDrafts] = useState<{ key: string; form: GoalForm }[]>([]);
  const [trouble, setTrouble] = useState<Trouble | null>(null);
  const [listed, setListed] = useState<GoalsListed | null>(null);
  const [editing, setEditing] = useState<EditTarget | null>(null);
  const [checkingIn, setCheckingIn] = useState<CheckinTarget | null>(null);
  const [reviewDueSince, setReviewDueSince] = useState<string | null>(null);
  const site = useSiteAccess(t, pinnedTab);
  const today = todayIso();

  const load = () => {
    void send('goals.list', {}).then(async (r) => {
      // No answer: say whether storage or the background is the cause, never "No goals yet".
      if (!r) return setTrouble(await diagnose());
      setTrouble(null);
      setListed(r);
      setGoals([...r.goals].sort((a, b) => closedLast(a, b) || byUrgency(a, b)));
    });
    void listDrafts().then(setDrafts);
    void send('review.state', {}).then((r) => setReviewDueSince(r?.due ? r.dueSince : null));
  };
  useEffect(() => {
    load();
    void currentRead().then(setRead);
  }, []);

  const resume = (key: string): EditTarget => {
    const goal = goals?.find((g) => g.goal.id === key)?.goal;
    return goal ? { kind: 'edit', goal } : { kind: 'draft', key };
  };
  // Closed goals are listed (as closed) but never need attention.
  const attention = goals?.filter(wantsAttention) ?? [];
  return (
    <I18nContext.Provider value={i18n}>
      <main>
        <h1>
          <img src="/icons/32.png" width={20} height={20} alt="" /> {t('extName')}
        </h1>
        <TroubleNotice trouble={trouble} />
        {editing ? (
          <EditorHost
            target={editing}
            goals={(goals ?? []).map((v) => v.goal)}
            choices={metricChoices(read, goals ?? [])}
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
            onClose={() => {
              setCheckingIn(null);
              load();
            }}
          />
        ) : (
          <>
            <div class="buttons">
              <button
                class="primary"
                onClick={() => void openPanel().then((ok) => ok && window.close())}
              >
                {t('popupOpenPanel')}
              </button>
              <button onClick={() => setEditing({ kind: 'new' })}>{t('newGoal')}</button>
              <button type="button" onClick={() => openOptionsAt(REVIEW_SECTION)}>
                {t('popupReview')}
              </button>
              <button
                onClick={() => void browser.runtime.openOptionsPage().then(() => window.close())}
              >
                {t('popupOptions')}
              </button>
            </div>
            <SiteAccess
              state={site.state}
              message={site.message}
              onEnable={site.enable}
              onDisable={site.disable}
            />
            {reviewDueSince && (
              <p class="notice small review-due">
                <a
                  href={browser.runtime.getURL(`/options.html#${REVIEW_SECTION}`)}
                  onClick={(e) => {
                    e.preventDefault();
                    openOptionsAt(REVIEW_SECTION);
                  }}
                >
                  {t('popupReviewDue', formatDate(reviewDueSince, i18n.lang))}
                </a>
              </p>
            )}
            {drafts.map((d) => (
              <p class="notice small" key={d.key}>
                {t('popupDraft', d.form.title || t('popupDraftUntitled'))}{' '}
                <button type="button" onClick={() => setEditing(resume(d.key))}>
                  {t('popupDraftContinue')}
                </button>
              </p>
            ))}
            {listed && (
              <BrokenGoals
                broken={listed.broken}
                skippedReadings={listed.skippedReadings}
                onDeleted={load}
              />
            )}
            {goals && goals.length === 0 && !listed?.broken.length && (
              <FirstSteps
                compact
                onTemplate={(s) =>
                  setEditing({ kind: 'new', template: { id: s.id, slot: s.slot } })
                }
                onImport={openImport}
              />
            )}
            {goals && goals.length > 0 && (
              <section aria-labelledby="popup-goals-h" class="stack">
                <h2 id="popup-goals-h">{t('popupSummary', goals.length, attention.length)}</h2>
                <ul class="goal-rows">
                  {goals.map((v) => (
                    <GoalRow
                      key={v.goal.id}
                      view={v}
                      today={today}
                      onEdit={(x) => setEditing({ kind: 'edit', goal: x.goal })}
                      onCheckin={setCheckingIn}
                    />
                  ))}
                </ul>
              </section>
            )}
          </>
        )}
      </main>
    </I18nContext.Provider>
  );
}
