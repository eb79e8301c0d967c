import { useEffect, useState } from 'preact/hooks';
import { GoalCard } from '../../components/GoalCard';
import { I18nContext } from '../../components/i18n';
import { openPanel } from '../../components/open-panel';
import { pinnedTabId } from '../../components/pinned-tab';
import { SiteAccess } from '../../components/SiteAccess';
import { useSiteAccess } from '../../components/use-site-access';
import { useLanguage } from '../../components/use-language';
import { send } from '../../lib/messaging/client';
import type { GoalView } from '../../lib/messaging/schemas';

const pinnedTab = pinnedTabId();

const NEEDS_ATTENTION = new Set(['off-track', 'at-risk', 'missed', 'stale']);

export function PopupApp() {
  const i18n = useLanguage();
  const { t } = i18n;
  const [goals, setGoals] = useState<GoalView[] | null>(null);
  const [unreachable, setUnreachable] = useState(false);
  const site = useSiteAccess(t, pinnedTab);

  useEffect(() => {
    void send('goals.list', {}).then((r) => {
      setUnreachable(r === null);
      setGoals(r?.goals ?? []);
    });
  }, []);

  const attention = goals?.filter((g) => NEEDS_ATTENTION.has(g.evaluation.status)) ?? [];
  return (
    <I18nContext.Provider value={i18n}>
      <main>
        <h1>
          <img src="/icons/32.png" width={20} height={20} alt="" /> {t('extName')}
        </h1>
        {unreachable && (
          <p class="notice" role="alert">
            {t('panelUnreachable')}
          </p>
        )}
        <div style={{ display: 'flex', gap: '8px', flexWrap: 'wrap' }}>
          <button
            class="primary"
            onClick={() => void openPanel().then((ok) => ok && window.close())}
          >
            {t('popupOpenPanel')}
          </button>
        </div>
        <SiteAccess
          state={site.state}
          message={site.message}
          onEnable={site.enable}
          onDisable={site.disable}
        />
        {goals && goals.length === 0 && <p class="empty">{t('popupEmpty')}</p>}
        {goals && goals.length > 0 && (
          <p class="muted">{t('popupSummary', goals.length, attention.length)}</p>
        )}
        <div class="stack">
          {(attention.length ? attention : (goals ?? [])).slice(0, 5).map((v) => (
            <GoalCard key={v.goal.id} view={v} />
          ))}
        </div>
      </main>
    </I18nContext.Provider>
  );
}
