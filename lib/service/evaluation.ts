/**
 * Evaluating every goal, and what follows from it: goal states (for "slipping" and one alert per
 * change), the side panel's view of a tab, and badge refreshes.
 */
import { metricId, type Goal } from '../goals/schema';
import {
  PageRead as PageReadSchema,
  type GoalView,
  type PageRead,
  type TrackedView,
} from '../messaging/schemas';
import { getSettings, listGoals, readingsFor, trackersFor } from '../store';
import { getGoalStates, putGoalStates } from '../store/goal-states';
import { getStamps } from '../store/stamps';
import { cached, loadCache, saveCache } from './views-cache';
import type { ServiceDeps } from './deps';
import { advanceStates, annotate } from './goal-states';
import { splitByPage, toGoalView } from './views';

/** Readings from 90 days before a goal starts: enough for baselines, trends and anomalies. */
function historyStart(goal: Goal): string {
  const d = new Date(`${goal.start}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 90);
  return d.toISOString();
}

/**
 * One evaluation at a time: each compares against the stored goal states and writes them back,
 * so two overlapping runs would both see the old state and alert twice.
 */
let queue: Promise<unknown> = Promise.resolve();
export function evaluateAll(deps: ServiceDeps): Promise<{ views: GoalView[]; errors: string[] }> {
  const run = queue.then(() => evaluateNow(deps));
  queue = run.catch(() => {});
  return run;
}

async function evaluateNow(deps: ServiceDeps): Promise<{ views: GoalView[]; errors: string[] }> {
  const db = await deps.db();
  const now = deps.now();
  const today = now.toISOString().slice(0, 10);
  const [{ goals, invalid }, settings, stamps] = await Promise.all([
    listGoals(db),
    getSettings(db),
    getStamps(db),
  ]);
  const settingsKey = JSON.stringify(settings);
  const entries = await loadCache(db, today, settingsKey);
  let recomputed = goals.length !== Object.keys(entries).length;
  const fresh: Record<string, { goal: string; stamp: number; view: GoalView }> = {};
  const evaluated = await Promise.all(
    goals.map(async (g) => {
      const goalJson = JSON.stringify(g);
      const stamp = stamps.byMetric[metricId(g.metric)] ?? 0;
      let view = cached(entries, goalJson, g.id, stamp);
      if (!view) {
        recomputed = true;
        const readings = await readingsFor(db, g.metric, historyStart(g));
        view = toGoalView(g, readings, now, settings.tolerance, settings.staleDays);
      }
      fresh[g.id] = { goal: goalJson, stamp, view };
      return view;
    }),
  );
  if (recomputed) await saveCache(db, { day: today, settings: settingsKey, entries: fresh });
  const { states, alerts, changed } = advanceStates(await getGoalStates(db), evaluated, today);
  if (changed) await putGoalStates(db, states);
  if (alerts.length) await deps.alert(alerts);
  return {
    views: annotate(evaluated, states, today),
    errors: invalid.map((e) => `A stored goal could not be read and is hidden: ${e}`),
  };
}

/** The figures the user tracks on a tab's site, with what the content script last found. */
async function trackedViews(
  deps: ServiceDeps,
  url: string | null,
  state: Awaited<ReturnType<ServiceDeps['tabs']['get']>>,
): Promise<TrackedView[]> {
  if (!url) return [];
  const { origin, host } = new URL(url);
  const trackers = await trackersFor(await deps.db(), origin);
  return trackers.map((t) => ({
    trackerId: t.id,
    label: t.label,
    metric: metricId({ source: 'custom', scope: host, key: t.key }),
    // Not reported yet (the page is still settling): say not found rather than invent a value.
    result: state?.tracked.find((r) => r.trackerId === t.id) ?? {
      trackerId: t.id,
      ok: false,
      reason: 'not-found',
    },
  }));
}

type Evaluated = Awaited<ReturnType<typeof evaluateAll>>;

/** What the side panel shows for a tab; `evaluated` reuses an evaluation the caller already has. */
export async function pageView(deps: ServiceDeps, tabId: number, evaluated?: Evaluated) {
  const state = await deps.tabs.get(tabId);
  // Session storage is ours alone, but parse anyway: it may hold a shape from an older version.
  const parsed = state?.read ? PageReadSchema.safeParse(state.read) : null;
  const read: PageRead | null = parsed?.success ? parsed.data : null;
  const { views, errors } = evaluated ?? (await evaluateAll(deps));
  const tracked = await trackedViews(deps, state?.url ?? null, state);
  const onPage = new Set(tracked.filter((t) => t.result.ok).map((t) => t.metric));
  return {
    tabId,
    url: state?.url ?? null,
    observedAt: state?.observedAt ?? null,
    read,
    ...splitByPage(views, read, onPage),
    tracked,
    pickError: state?.pickError ?? null,
    refused: state?.refused ?? null,
    errors,
  };
}

export async function refreshTab(
  deps: ServiceDeps,
  tabId: number,
  evaluated?: Evaluated,
): Promise<void> {
  const view = await pageView(deps, tabId, evaluated);
  await deps.changed(tabId, { page: view.pageGoals, all: [...view.pageGoals, ...view.otherGoals] });
}

/** After a goal or setting changes, and daily: the global badge and every tab showing a dashboard. */
export async function refreshAll(deps: ServiceDeps): Promise<void> {
  // One evaluation serves the global badge and every tab's.
  const evaluated = await evaluateAll(deps);
  await deps.changed(undefined, { page: [], all: evaluated.views });
  for (const tabId of await deps.tabs.list()) await refreshTab(deps, tabId, evaluated);
}
