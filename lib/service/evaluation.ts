/**
 * Evaluating every goal, and what follows from it: goal states (for "slipping" and one alert per
 * change), the side panel's view of a tab, and badge refreshes.
 */
import { metricId, type Goal } from '../goals/schema';
import {
  GoalView as GoalViewSchema,
  type BrokenGoal,
  type GoalView,
  type TrackedView,
} from '../messaging/schemas';
import { checkedReadingsFor, getSettings, listGoals, trackersFor, type PacerDb } from '../store';
import { getGoalStates, putGoalStates } from '../store/goal-states';
import { getStamps } from '../store/stamps';
import { cached, loadCache, saveCache } from './views-cache';
import type { ServiceDeps } from './deps';
import { advanceStates, annotate } from './status-changes';
import { metricsOnPage, splitByPage, toGoalView } from './views';

/** Readings from 90 days before a goal starts: enough for baselines, trends and anomalies. */
function historyStart(goal: Goal): string {
  const d = new Date(`${goal.start}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 90);
  return d.toISOString();
}

export interface Evaluated {
  views: GoalView[];
  broken: BrokenGoal[];
  skippedReadings: number;
}

/**
 * One evaluation at a time: each compares against the stored goal states and writes them back,
 * so two overlapping runs would both see the old state and alert twice.
 */
let queue: Promise<unknown> = Promise.resolve();
export function evaluateAll(deps: ServiceDeps): Promise<Evaluated> {
  const run = queue.then(() => evaluateNow(deps));
  queue = run.catch(() => {});
  return run;
}

type CacheEntry = { goal: string; stamp: number; view: GoalView; skipped?: number };

/**
 * One goal's view, checked against the schema the UI receives. A goal that throws or yields
 * something the UI cannot take (an Infinity) fails alone, as a BrokenGoal, instead of making the
 * whole answer invalid (issue 10, defect 4).
 */
async function evaluateOne(
  db: PacerDb,
  g: Goal,
  ctx: { now: Date; tolerance: number; staleDays: number; stamp: number },
  entries: Record<string, CacheEntry>,
): Promise<{ entry: CacheEntry; fresh: boolean } | BrokenGoal> {
  const goalJson = JSON.stringify(g);
  try {
    const hit = cached(entries, goalJson, g.id, ctx.stamp);
    if (hit) return { entry: entries[g.id]!, fresh: false };
    const { readings, skipped } = await checkedReadingsFor(db, g.metric, historyStart(g));
    const checked = GoalViewSchema.safeParse(
      toGoalView(g, readings, ctx.now, ctx.tolerance, ctx.staleDays),
    );
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new Error(`${issue?.path.join('.')}: ${issue?.message}`);
    }
    return {
      entry: { goal: goalJson, stamp: ctx.stamp, view: checked.data, skipped },
      fresh: true,
    };
  } catch (err) {
    return {
      id: g.id,
      title: g.title,
      kind: 'evaluation',
      detail: String((err as Error)?.message ?? err).slice(0, 500),
    };
  }
}

/** Evaluate `goals` (all, or a page's), each on its own; what failed is listed as broken. */
async function evaluateGoals(db: PacerDb, goals: Goal[], now: Date, cache: CacheContext) {
  const { settings, stamps, entries } = cache;
  const fresh: Record<string, CacheEntry> = {};
  const broken: BrokenGoal[] = [];
  const views: GoalView[] = [];
  let recomputed = false;
  // Skipped readings per metric: two goals on one metric count its bad records once.
  const skippedByMetric = new Map<string, number>();
  const results = await Promise.all(
    goals.map((g) =>
      evaluateOne(
        db,
        g,
        {
          now,
          tolerance: settings.tolerance,
          staleDays: settings.staleDays,
          stamp: stamps.byMetric[metricId(g.metric)] ?? 0,
        },
        entries,
      ),
    ),
  );
  goals.forEach((g, i) => {
    const r = results[i]!;
    if (!('entry' in r)) {
      broken.push(r);
      recomputed = true;
      return;
    }
    if (r.fresh) recomputed = true;
    fresh[g.id] = r.entry;
    views.push(r.entry.view);
    if (r.entry.skipped) skippedByMetric.set(metricId(g.metric), r.entry.skipped);
  });
  const skippedReadings = [...skippedByMetric.values()].reduce((a, b) => a + b, 0);
  return { views, broken, fresh, recomputed, skippedReadings };
}

interface CacheContext {
  settings: Awaited<ReturnType<typeof getSettings>>;
  stamps: Awaited<ReturnType<typeof getStamps>>;
  entries: Record<string, CacheEntry>;
  settingsKey: string;
}

async function loadAll(db: PacerDb, today: string) {
  const [{ goals, invalid }, settings, stamps] = await Promise.all([
    listGoals(db),
    getSettings(db),
    getStamps(db),
  ]);
  const settingsKey = JSON.stringify(settings);
  const entries = await loadCache(db, today, settingsKey);
  const unreadable: BrokenGoal[] = invalid.map((e) => ({
    id: e.id.slice(0, 100),
    title: e.title,
    kind: 'unreadable',
    detail: e.error,
  }));
  return { goals, unreadable, cache: { settings, stamps, entries, settingsKey } };
}

async function evaluateNow(deps: ServiceDeps): Promise<Evaluated> {
  const db = await deps.db();
  const now = deps.now();
  const today = now.toISOString().slice(0, 10);
  const { goals, unreadable, cache } = await loadAll(db, today);
  const r = await evaluateGoals(db, goals, now, cache);
  if (r.recomputed || goals.length !== Object.keys(cache.entries).length)
    await saveCache(db, { day: today, settings: cache.settingsKey, entries: r.fresh });
  const { states, alerts, changed } = advanceStates(await getGoalStates(db), r.views, today);
  if (changed) await putGoalStates(db, states);
  if (alerts.length) await deps.alert(alerts);
  return {
    views: annotate(r.views, states, today),
    broken: [...unreadable, ...r.broken],
    skippedReadings: r.skippedReadings,
  };
}

/**
 * Only the goals on `metrics` (a page's figures), for a first screen that must not wait for every
 * goal: read-only (no cache write, no goal-state change or alert; the full evaluation that
 * follows does those).
 */
async function evaluateSome(deps: ServiceDeps, metrics: ReadonlySet<string>): Promise<Evaluated> {
  const db = await deps.db();
  const now = deps.now();
  const today = now.toISOString().slice(0, 10);
  const { goals, unreadable, cache } = await loadAll(db, today);
  const mine = goals.filter((g) => metrics.has(metricId(g.metric)));
  const r = await evaluateGoals(db, mine, now, cache);
  return {
    views: annotate(r.views, await getGoalStates(db), today),
    broken: [...unreadable, ...r.broken],
    skippedReadings: r.skippedReadings,
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
    metric: { source: 'custom', scope: host, key: t.key },
    // Not reported yet (the page is still settling): say not found rather than invent a value.
    result: state?.tracked.find((r) => r.trackerId === t.id) ?? {
      trackerId: t.id,
      ok: false,
      reason: 'not-found',
    },
  }));
}

/**
 * What the side panel shows for a tab; `evaluated` reuses an evaluation the caller already has.
 * `goals: 'page'` evaluates only the goals on the tab's figures (the panel's first screen; the
 * rest follows with a second ask) and says so with `partial`.
 */
export async function pageView(
  deps: ServiceDeps,
  tabId: number,
  evaluated?: Evaluated,
  goals: 'all' | 'page' = 'all',
) {
  const state = await deps.tabs.get(tabId);
  // No parse: the router validated `read` before it was kept, and storage.session is emptied
  // when the extension updates, so it never holds an older version's shape (tab-state.ts).
  const read = state?.read ?? null;
  const tracked = await trackedViews(deps, state?.url ?? null, state);
  const onPage = new Set(tracked.filter((t) => t.result.ok).map((t) => metricId(t.metric)));
  const partial = !evaluated && goals === 'page';
  const { views, broken, skippedReadings } =
    evaluated ??
    (partial ? await evaluateSome(deps, metricsOnPage(read, onPage)) : await evaluateAll(deps));
  return {
    tabId,
    url: state?.url ?? null,
    observedAt: state?.observedAt ?? null,
    read,
    ...splitByPage(views, read, onPage),
    tracked,
    pickError: state?.pickError ?? null,
    refused: state?.refused ?? null,
    broken,
    skippedReadings,
    ...(partial ? { partial: true as const } : {}),
  };
}

export async function refreshTab(
  deps: ServiceDeps,
  tabId: number,
  evaluated?: Evaluated,
): Promise<void> {
  const view = await pageView(deps, tabId, evaluated);
  await deps.changed(
    tabId,
    { page: view.pageGoals, all: [...view.pageGoals, ...view.otherGoals] },
    view,
  );
}

/** After a goal or setting changes, and daily: the global badge and every tab showing a dashboard. */
export async function refreshAll(deps: ServiceDeps): Promise<void> {
  // One evaluation serves the global badge and every tab's.
  const evaluated = await evaluateAll(deps);
  await deps.changed(undefined, { page: [], all: evaluated.views });
  for (const tabId of await deps.tabs.list()) await refreshTab(deps, tabId, evaluated);
}
