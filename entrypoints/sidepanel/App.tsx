import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FigureList } from '../../components/FigureList';
import { GoalCard } from '../../components/GoalCard';
import { I18nContext } from '../../components/i18n';
import { pinnedTabId } from '../../components/pinned-tab';
import { SiteAccess } from '../../components/SiteAccess';
import { useSiteAccess } from '../../components/use-site-access';
import { useLanguage } from '../../components/use-language';
import { send } from '../../lib/messaging/client';
import { onBroadcast } from '../../lib/messaging/listen';
import type { GoalView, PageView } from '../../lib/messaging/schemas';

/** Pinned to one tab by `?tabId=N`, else following the active tab of this window. */
const pinned = pinnedTabId();

function useFollowedTab(): number | null {
  const [tabId, setTabId] = useState<number | null>(pinned);
  useEffect(() => {
    if (pinned !== null) return;
    let windowId: number | undefined;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      windowId = tab?.windowId;
      if (tab?.id !== undefined) setTabId(tab.id);
    });
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, []);
  return tabId;
}

function GoalList({ views, heading }: { views: GoalView[]; heading: string }) {
  if (!views.length) return null;
  return (
    <section class="stack" aria-label={heading}>
      <h2>{heading}</h2>
      {views.map((v) => (
        <GoalCard key={v.goal.id} view={v} />
      ))}
    </section>
  );
}

export function App() {
  const i18n = useLanguage();
  const { t } = i18n;
  const tabId = useFollowedTab();
  const [view, setView] = useState<PageView | null>(null);
  const [unreachable, setUnreachable] = useState(false);
  const site = useSiteAccess(t, tabId);

  const load = useCallback(() => {
    if (tabId === null) return;
    void send('page.get', { tabId }).then((v) => {
      setUnreachable(v === null);
      if (v) setView(v);
    });
  }, [tabId]);

  useEffect(() => {
    load();
    return onBroadcast({
      'page.updated': (p) => p.tabId === tabId && load(),
      'goals.changed': load,
    });
  }, [load, tabId]);

  const goalsCount = view ? view.pageGoals.length + view.otherGoals.length : 0;
  return (
    <I18nContext.Provider value={i18n}>
      <main aria-busy={view === null && !unreachable}>
        <h1>
          <img src="/icons/32.png" width={20} height={20} alt="" /> {t('extName')}
        </h1>
        {unreachable && (
          <p class="notice" role="alert">
            {t('panelUnreachable')}
          </p>
        )}
        {errorsOf(view).map((e) => (
          <p class="notice" role="alert" key={e}>
            {e}
          </p>
        ))}
        {view?.read ? (
          <FigureList read={view.read} />
        ) : (
          view && <p class="empty">{t('panelNoPage')}</p>
        )}
        {view && !view.read && (
          <SiteAccess
            state={site.state}
            message={site.message}
            onEnable={site.enable}
            onDisable={site.disable}
          />
        )}
        {view && <GoalList views={view.pageGoals} heading={t('panelPageGoalsHeading')} />}
        {view && <GoalList views={view.otherGoals} heading={t('panelOtherGoalsHeading')} />}
        {view && goalsCount === 0 && <p class="empty">{t('panelNoGoals')}</p>}
      </main>
    </I18nContext.Provider>
  );
}

const errorsOf = (view: PageView | null) => view?.errors ?? [];
