import { useEffect, useRef, useState } from 'preact/hooks';
import { TroubleNotice } from '../../components/BackgroundTrouble';
import { BrokenGoals } from '../../components/BrokenGoals';
import { FigureList } from '../../components/FigureList';
import { FirstSteps } from '../../components/first-run/FirstSteps';
import { IMPORT_SECTION } from '../../components/first-run/starts';
import { GoalCard } from '../../components/card/GoalCard';
import { useMovers } from '../../components/card/use-movers';
import { EditorHost, metricChoices, type EditTarget } from '../../components/editor/EditorHost';
import { openOptionsAt, SyncNotice } from '../../components/options/SyncNotice';
import { useSyncStatus } from '../../components/options/use-sync-status';
import { I18nContext } from '../../components/i18n';
import { SiteAccess } from '../../components/SiteAccess';
import { useSiteAccess } from '../../components/use-site-access';
import { useLanguage } from '../../components/use-language';
import { TrackedList } from '../../components/TrackedList';
import { useProgressive } from '../../components/use-progressive';
import { send } from '../../lib/messaging/client';
import { metricId } from '../../lib/goals/schema';
import { isManual } from '../../lib/checkins';
import { todayIso } from '../../lib/i18n/format';
import type { GoalView } from '../../lib/messaging/schemas';
import { useFollowedTab, usePageView, useReadings } from './use-page-view';

export function App() {
  const i18n = useLanguage();
  const { t } = i18n;
  const tabId = useFollowedTab();
  const { view, trouble, reload } = usePageView(tabId);
  const site = useSiteAccess(t, tabId);
  // Charts for the page's goals, and for goals on figures entered by hand (no page shows them).
  const charted = view && [
    ...view.pageGoals,
    ...view.otherGoals.filter((v) => isManual(v.goal.metric)),
  ];
  const readings = useReadings(charted ?? undefined);
  // "What moved" for every card that slipped or shows an unusual change: one message for all.
  const movers = useMovers(view ? [...view.pageGoals, ...view.otherGoals] : undefined);
  const sync = useSyncStatus();
  const [editing, setEditing] = useState<EditTarget | null>(null);
  const top = useRef<HTMLHeadingElement>(null);
  const today = todayIso();

  // Back from the editor, keyboard focus would be lost with the form: put it at the top.
  const wasEditing = useRef(false);
  useEffect(() => {
    if (wasEditing.current && !editing) top.current?.focus();
    wasEditing.current = editing !== null;
  }, [editing]);

  const all = view ? [...view.pageGoals, ...view.otherGoals] : [];
  const otherGoals = useProgressive(view?.otherGoals ?? []);
  const tracked = new Set(all.map((v) => metricId(v.goal.metric)));
  const read = view?.read ?? null;
  const edit = (v: GoalView) => setEditing({ kind: 'edit', goal: v.goal });
  const trackedList = view && (
    <TrackedList
      tracked={view.tracked}
      pickError={view.pickError}
      canPick={!!read || site.state.kind === 'known' || site.state.kind === 'enabled'}
      onPick={() => tabId !== null && void send('track.start', { tabId })}
      onRemove={(id) => void send('tracker.delete', { id })}
      action={(item) =>
        item.result.ok && !tracked.has(metricId(item.metric)) ? (
          <button
            type="button"
            class="link-button small"
            aria-label={t('figureTrackNamed', item.label)}
            onClick={() =>
              item.result.ok &&
              setEditing({
                kind: 'new',
                metric: { ...item.metric, label: item.label },
                value: item.result.figure.value,
              })
            }
          >
            {t('figureTrack')}
          </button>
        ) : null
      }
    />
  );
  return (
    <I18nContext.Provider value={i18n}>
      <main aria-busy={view === null && !trouble}>
        <h1 ref={top} tabIndex={-1}>
          <img src="/icons/32.png" width={20} height={20} alt="" /> {t('extName')}
        </h1>
        <TroubleNotice trouble={trouble} />
        <SyncNotice status={sync.status} enabled={sync.enabled} compact />
        {view?.refused && (
          <p class="notice" role="alert" data-refused={view.refused.source}>
            {t('panelRefused', view.refused.source)}
          </p>
        )}
        {editing ? (
          <EditorHost
            target={editing}
            goals={all.map((v) => v.goal)}
            choices={metricChoices(read, all)}
            today={today}
            onDone={() => setEditing(null)}
          />
        ) : (
          <>
            {read ? (
              <FigureList
                read={read}
                tracked={tracked}
                onTrack={(f) =>
                  setEditing({
                    kind: 'new',
                    metric: { source: read.source, scope: read.scope, key: f.key, label: f.label },
                    value: f.value,
                  })
                }
              />
            ) : (
              view && view.tracked.length === 0 && <p class="empty">{t('panelNoPage')}</p>
            )}
            {view && view.tracked.length > 0 && trackedList}
            {view && !read && (
              <SiteAccess
                state={site.state}
                message={site.message}
                onEnable={site.enable}
                onDisable={site.disable}
              />
            )}
            {view && view.pageGoals.length > 0 && (
              <section class="stack" aria-labelledby="page-goals-h">
                <h2 id="page-goals-h">{t('panelPageGoalsHeading')}</h2>
                {view.pageGoals.map((v) => (
                  <GoalCard
                    key={v.goal.id}
                    view={v}
                    today={today}
                    chart
                    readings={readings[v.goal.id]}
                    movers={movers[v.goal.id]}
                    onEdit={edit}
                    checkIn
                  />
                ))}
              </section>
            )}
            {view && view.otherGoals.length > 0 && (
              <section class="stack" aria-labelledby="other-goals-h">
                <h2 id="other-goals-h">{t('panelOtherGoalsHeading')}</h2>
                {otherGoals.map((v) => (
                  <GoalCard
                    key={v.goal.id}
                    view={v}
                    today={today}
                    movers={movers[v.goal.id]}
                    onEdit={edit}
                    checkIn
                    {...(isManual(v.goal.metric)
                      ? { chart: true, readings: readings[v.goal.id] }
                      : {})}
                  />
                ))}
              </section>
            )}
            {view && (
              <BrokenGoals
                broken={view.broken}
                skippedReadings={view.skippedReadings}
                onDeleted={reload}
              />
            )}
            {view && !view.partial && all.length === 0 && view.broken.length === 0 && read && (
              <p class="empty">{t('panelNoGoalsTrack')}</p>
            )}
            {view && !view.partial && all.length === 0 && view.broken.length === 0 && !read && (
              <FirstSteps
                compact
                onTemplate={(s) =>
                  setEditing({ kind: 'new', template: { id: s.id, slot: s.slot } })
                }
                onImport={() => openOptionsAt(IMPORT_SECTION)}
              />
            )}
            {/* With nothing tracked yet, the offer to point at a number waits below the goals. */}
            {view && view.tracked.length === 0 && trackedList}
            {view && (
              <div class="buttons">
                <button type="button" onClick={() => setEditing({ kind: 'new' })}>
                  {t('newGoal')}
                </button>
                <button
                  type="button"
                  title={t('panelReviewHint')}
                  onClick={() => openOptionsAt('review')}
                >
                  {t('panelReview')}
                </button>
                <button
                  type="button"
                  title={t('panelReportHint')}
                  onClick={() => openOptionsAt('report')}
                >
                  {t('panelReport')}
                </button>
              </div>
            )}
          </>
        )}
      </main>
    </I18nContext.Provider>
  );
}
