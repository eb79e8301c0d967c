/**
 * What the background does for each message. Storage and the clock come in as dependencies so
 * the same code runs in the service worker and in unit tests with fake-indexeddb.
 */
import type { Goal, Reading } from '../goals/schema';
import type { Router } from '../messaging/router';
import type { GoalView, PageRead } from '../messaging/schemas';
import {
  addReadings,
  deleteGoal,
  exportAll,
  importAll,
  getSettings,
  listGoals,
  putGoal,
  putSettings,
  readingsFor,
  type PacerDb,
} from '../store';
import { getGoalStates, putGoalStates } from '../store/goal-states';
import { advanceStates, annotate, type Alert } from './goal-states';
import { toReadings } from './readings';
import { splitByPage, toGoalView } from './views';
import { PageRead as PageReadSchema } from '../messaging/schemas';
import type { TabState } from './tab-state';

export interface ServiceDeps {
  db: () => Promise<PacerDb>;
  now: () => Date;
  tabs: {
    get(tabId: number): Promise<TabState | null>;
    set(tabId: number, state: TabState): Promise<void>;
    /** Tabs with a page read, so their badges follow goal edits. */
    list(): Promise<number[]>;
  };
  sites: {
    enable(origin: string, tabId?: number): Promise<{ ok: boolean; error?: string }>;
    disable(origin: string): Promise<void>;
    list(): Promise<string[]>;
  };
  /** Goals changed status or showed an anomaly (each change reported once). */
  alert(alerts: Alert[]): Promise<void>;
  /** Something changed for this tab (or for every goal when undefined): refresh badge, tell pages. */
  changed(tabId: number | undefined, views: { page: GoalView[]; all: GoalView[] }): Promise<void>;
}

/** Readings from 90 days before a goal starts: enough for baselines, trends and anomalies. */
function historyStart(goal: Goal): string {
  const d = new Date(`${goal.start}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 90);
  return d.toISOString();
}

export async function evaluateAll(
  deps: ServiceDeps,
): Promise<{ views: GoalView[]; errors: string[] }> {
  const db = await deps.db();
  const [{ goals, invalid }, settings] = await Promise.all([listGoals(db), getSettings(db)]);
  const now = deps.now();
  const readings = await Promise.all(goals.map((g) => readingsFor(db, g.metric, historyStart(g))));
  const views = goals.map((g, i) =>
    toGoalView(g, readings[i] as Reading[], now, settings.tolerance),
  );
  return {
    views,
    errors: invalid.map((e) => `A stored goal could not be read and is hidden: ${e}`),
  };
}

export async function pageView(deps: ServiceDeps, tabId: number) {
  const state = await deps.tabs.get(tabId);
  // Session storage is ours alone, but parse anyway: it may hold a shape from an older version.
  const parsed = state ? PageReadSchema.safeParse(state.read) : null;
  const read: PageRead | null = parsed?.success ? parsed.data : null;
  const { views, errors } = await evaluateAll(deps);
  return {
    tabId,
    url: state?.url ?? null,
    observedAt: state?.observedAt ?? null,
    read,
    ...splitByPage(views, read),
    errors,
  };
}

export async function refreshTab(deps: ServiceDeps, tabId: number): Promise<void> {
  const view = await pageView(deps, tabId);
  await deps.changed(tabId, { page: view.pageGoals, all: [...view.pageGoals, ...view.otherGoals] });
}

/** After a goal or setting changes, and daily: the global badge and every tab showing a dashboard. */
export async function refreshAll(deps: ServiceDeps): Promise<void> {
  const { views } = await evaluateAll(deps);
  await deps.changed(undefined, { page: [], all: views });
  for (const tabId of await deps.tabs.list()) await refreshTab(deps, tabId);
}

export function registerHandlers(router: Router, deps: ServiceDeps): void {
  router
    .on('page.read', async ({ read }, ctx) => {
      const db = await deps.db();
      const added = await addReadings(db, toReadings(read, ctx.url, deps.now()));
      if (ctx.tabId !== undefined) {
        await deps.tabs.set(ctx.tabId, {
          url: ctx.url ?? null,
          observedAt: deps.now().toISOString(),
          read,
        });
        await refreshTab(deps, ctx.tabId);
      }
      return { stored: added.length };
    })
    .on('page.get', ({ tabId }) => pageView(deps, tabId))
    .on('goals.list', async () => {
      const { views, errors } = await evaluateAll(deps);
      return { goals: views, errors };
    })
    .on('readings.get', async ({ metric, from }) => ({
      readings: await readingsFor(await deps.db(), metric, from),
    }))
    .on('goal.save', async ({ goal }) => {
      try {
        const saved = await putGoal(await deps.db(), goal);
        await refreshAll(deps);
        return { ok: true as const, goal: saved };
      } catch (err) {
        return { ok: false as const, error: (err as Error).message };
      }
    })
    .on('goal.delete', async ({ id }) => {
      try {
        await deleteGoal(await deps.db(), id);
        await refreshAll(deps);
        return { ok: true };
      } catch (err) {
        return { ok: false, error: (err as Error).message };
      }
    })
    .on('site.enable', ({ origin, tabId }) => deps.sites.enable(origin, tabId))
    .on('site.disable', async ({ origin }) => {
      await deps.sites.disable(origin);
      return { ok: true };
    })
    .on('sites.list', async () => ({ sites: await deps.sites.list() }))
    .on('data.export', async () => exportAll(await deps.db(), deps.now()))
    .on('data.import', async ({ data, mode }) => {
      try {
        const result = await importAll(await deps.db(), data, mode);
        await refreshAll(deps);
        return { ok: true as const, ...result };
      } catch (err) {
        return { ok: false as const, error: (err as Error).message };
      }
    })
    .on('settings.get', async () => getSettings(await deps.db()))
    .on('settings.set', async ({ patch }) => {
      const next = await putSettings(await deps.db(), patch);
      await refreshAll(deps);
      return next;
    });
}
