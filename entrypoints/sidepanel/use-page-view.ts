import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { diagnose, type Trouble } from '../../components/BackgroundTrouble';
import { pinnedTabId } from '../../components/pinned-tab';
import { addDays } from '../../lib/goals/dates';
import type { Reading } from '../../lib/goals/schema';
import { send } from '../../lib/messaging/client';
import { onBroadcast } from '../../lib/messaging/listen';
import { MAX_SERIES } from '../../lib/messaging/protocol';
import type { GoalView, PageView } from '../../lib/messaging/schemas';

/** Pinned to one tab by `?tabId=N`, else following the active tab of this window. */
const pinned = pinnedTabId();

export function useFollowedTab(): number | null {
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

/** What the background says about the tab, reloaded when it reads the page again or goals change. */
export function usePageView(tabId: number | null) {
  const [view, setView] = useState<PageView | null>(null);
  const [trouble, setTrouble] = useState<Trouble | null>(null);
  const latest = useRef(0);
  /** The tab whose full view is on screen: a panel opened on (or moved to) another asks in two steps. */
  const shown = useRef<number | null>(null);
  const load = useCallback(() => {
    if (tabId === null) return;
    const ask = ++latest.current;
    const apply = async (v: PageView | null) => {
      if (ask !== latest.current) return;
      // No answer: storage or the background? Each says so in its own words (BackgroundTrouble).
      if (!v) return setTrouble(await diagnose());
      setTrouble(null);
      // Keep showing the last view until the new one is in: no flash of empty content.
      setView(v);
    };
    // First screen: the goals on this page only (with up to 2,000 goals, evaluating every one
    // first made the panel wait); then everything. A loaded panel skips straight to everything.
    const full = () =>
      send('page.get', { tabId }).then(async (v) => {
        if (v) shown.current = tabId;
        await apply(v);
      });
    void (shown.current === tabId
      ? full()
      : send('page.get', { tabId, goals: 'page' }).then((v) => {
          if (v && ask === latest.current) setView(v);
          return full();
        }));
  }, [tabId]);
  useEffect(() => {
    load();
    return onBroadcast({
      // The background pushes the view it just built for the badge: show it, ask nothing.
      'page.updated': (p) => {
        if (p.tabId !== tabId) return;
        if (!p.view) return load();
        ++latest.current; // an answer still in flight is older than this push
        shown.current = tabId;
        setTrouble(null);
        setView(p.view);
      },
      'goals.changed': load,
    });
  }, [load, tabId]);
  return { view, trouble, reload: load };
}

/**
 * Each charted goal's readings, from two weeks before its start, in one message for them all.
 * Old series stay on screen while new ones load, so charts redraw in place instead of collapsing.
 */
export function useReadings(views: GoalView[] | undefined): Record<string, Reading[]> {
  const [byGoal, setByGoal] = useState<Record<string, Reading[]>>({});
  const stamp = useRef(0);
  const signature = (views ?? [])
    .map((v) => `${v.goal.id}:${v.goal.start}:${v.evaluation.currentDate}:${v.evaluation.current}`)
    .join('|');
  useEffect(() => {
    const mine = ++stamp.current;
    const asked = (views ?? []).slice(0, MAX_SERIES);
    if (asked.length === 0) return setByGoal({});
    void send('readings.many', {
      series: asked.map((v) => {
        const { source, scope, key } = v.goal.metric;
        return {
          metric: { source, scope, key },
          from: `${addDays(v.goal.start, -14)}T00:00:00.000Z`,
        };
      }),
    }).then((r) => {
      if (mine !== stamp.current) return;
      setByGoal(Object.fromEntries(asked.map((v, i) => [v.goal.id, r?.series[i] ?? []])));
    });
  }, [signature]);
  return byGoal;
}
