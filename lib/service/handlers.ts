/**
 * What the background does for each message. Storage and the clock come in as dependencies
 * (deps.ts) so the same code runs in the service worker and in unit tests.
 */
import type { Router } from '../messaging/router';
import type { PageFigure, TrackedResult } from '../messaging/schemas';
import {
  addReadings,
  deleteGoal,
  deleteTracker,
  getSettings,
  importHistory,
  putGoal,
  putSettings,
  readingsFor,
  StoreError,
  toOpenError,
  trackersFor,
} from '../store';
import { removeCheckin, saveCheckin } from './checkin-requests';
import type { ServiceDeps } from './deps';
import { evaluateAll, pageView, refreshAll, refreshTab } from './evaluation';
import { authorizeRead } from '../messaging/identity';
import { toReadings, trackedReadings } from './page-readings';
import { buildReportText } from './report-text';
import { registerReviewHandlers } from './review-handlers';
import { storeTracker } from './track';
import { registerTransferHandlers } from './transfer-handlers';

/** Run a write and report a failure as `{ ok: false, error }` for the UI to show. */
async function attempt<T extends object>(fn: () => Promise<T>) {
  try {
    return { ok: true as const, ...(await fn()) };
  } catch (err) {
    const code = err instanceof StoreError ? { code: err.code } : {};
    return { ok: false as const, error: (err as Error).message, ...code };
  }
}

/**
 * Tracked figures as the content script reports them, kept only for trackers of the sender's own
 * site: a page cannot report (or overwrite) figures of another site.
 */
async function ownTracked(deps: ServiceDeps, url: string | undefined, tracked: TrackedResult[]) {
  if (!url || !tracked.length)
    return { results: [], found: [] as { key: string; figure: PageFigure }[] };
  const mine = new Map(
    (await trackersFor(await deps.db(), new URL(url).origin)).map((t) => [t.id, t]),
  );
  const results = tracked.filter((r) => mine.has(r.trackerId));
  const found = results.flatMap((r) =>
    r.ok ? [{ key: mine.get(r.trackerId)!.key, figure: r.figure }] : [],
  );
  return { results, found };
}

export function registerHandlers(
  router: Router,
  deps: ServiceDeps,
  log: (msg: string) => void = console.warn,
): void {
  router
    .on('page.read', async ({ read: claimed, tracked }, ctx) => {
      const db = await deps.db();
      const now = deps.now();
      const own = await ownTracked(deps, ctx.url, tracked);
      const host = ctx.url ? new URL(ctx.url).host : '';
      // The sender's address, not the page, decides which metrics it may write.
      const authorized = claimed && ctx.url ? authorizeRead(new URL(ctx.url), claimed) : null;
      const read = authorized?.ok ? authorized.read : null;
      const refused = authorized && !authorized.ok ? authorized.reason : null;
      if (refused) log(`Pacer: refused figures of ${claimed!.source} from ${host}: ${refused}`);
      const readings = [
        ...(read ? toReadings(read, ctx.url, now) : []),
        ...trackedReadings(own.found, host, read?.period ?? null, ctx.url, now),
      ];
      // At most one stored reading per metric per tab per 10 minutes, the latest wins.
      const added = await addReadings(
        db,
        (await deps.budget?.(ctx.tabId, readings, now)) ?? readings,
      );
      if (ctx.tabId !== undefined) {
        await deps.tabs.set(ctx.tabId, {
          url: ctx.url ?? null,
          observedAt: now.toISOString(),
          read,
          tracked: own.results,
          ...(refused ? { refused: { source: claimed!.source, reason: refused } } : {}),
        });
        await refreshTab(deps, ctx.tabId);
      }
      return { stored: added.length };
    })
    .on('trackers.forPage', async (_req, ctx) => {
      if (!ctx.url) return { trackers: [] };
      const trackers = await trackersFor(await deps.db(), new URL(ctx.url).origin);
      return { trackers: trackers.map((t) => ({ id: t.id, locator: t.locator })) };
    })
    .on('content.part', async ({ part }, ctx) => ({
      ok: ctx.tabId !== undefined && !!deps.parts && (await deps.parts.load(ctx.tabId, part)),
    }))
    .on('tracker.picked', async (picked, ctx) => {
      if (!ctx.url || ctx.tabId === undefined) return { ok: false };
      await storeTracker(await deps.db(), new URL(ctx.url).origin, picked, deps.now());
      await deps.trackers.changed(ctx.tabId);
      return { ok: true };
    })
    .on('track.start', async ({ tabId }) => ({ ok: await deps.trackers.pick(tabId) }))
    .on('tracker.delete', async ({ id }) => {
      await deleteTracker(await deps.db(), id);
      await refreshAll(deps);
      return { ok: true };
    })
    .on('page.get', ({ tabId, goals }) => pageView(deps, tabId, undefined, goals))
    .on('goals.list', async () => {
      const { views, ...rest } = await evaluateAll(deps);
      return { goals: views, ...rest };
    })
    .on('storage.status', async () => {
      try {
        await deps.db();
        return { ok: true as const };
      } catch (err) {
        return { ok: false as const, code: toOpenError(err).code };
      }
    })
    .on('readings.get', async ({ metric, from }) => ({
      readings: await readingsFor(await deps.db(), metric, from),
    }))
    .on('readings.many', async ({ series }) => {
      const db = await deps.db();
      return { series: await Promise.all(series.map((q) => readingsFor(db, q.metric, q.from))) };
    })
    .on('goal.save', ({ goal }) =>
      attempt(async () => {
        const saved = await putGoal(await deps.db(), goal);
        deps.sync?.goalSaved(saved);
        await refreshAll(deps);
        return { goal: saved };
      }),
    )
    .on('goal.delete', ({ id }) =>
      attempt(async () => {
        await deleteGoal(await deps.db(), id);
        deps.sync?.goalDeleted(id);
        await refreshAll(deps);
        return {};
      }),
    )
    .on('checkin.save', async (req) => {
      const r = await saveCheckin(deps, req);
      if (r.ok) await refreshAll(deps);
      return r;
    })
    .on('checkin.delete', async (req) => {
      const r = await removeCheckin(deps, req);
      if (r.ok && r.deleted) await refreshAll(deps);
      return r;
    })
    .on('site.enable', ({ origin, tabId }) => deps.sites.enable(origin, tabId))
    .on('site.disable', async ({ origin }) => {
      await deps.sites.disable(origin);
      return { ok: true };
    })
    .on('sites.list', async () => ({ sites: await deps.sites.list() }))
    .on('history.import', ({ readings }) =>
      attempt(async () => {
        const result = await importHistory(await deps.db(), readings);
        if (result.added) await refreshAll(deps);
        return result;
      }),
    )
    .on('settings.get', async () => getSettings(await deps.db()))
    .on('settings.set', async ({ patch }) => {
      const next = await putSettings(await deps.db(), patch);
      if ('syncGoals' in patch) void deps.sync?.pullAll();
      await refreshAll(deps);
      return next;
    })
    .on('report.build', (req) =>
      buildReportText(deps, req).catch((err: Error) => ({
        ok: false as const,
        error: err.message,
      })),
    )
    .on('sync.status', async () => {
      if (!deps.sync)
        return { mode: 'local-only' as const, off: true as const, pending: 0, ignored: [] };
      await deps.sync.idle();
      return deps.sync.status();
    })
    .on('sync.now', async () => {
      if (!deps.sync)
        return { mode: 'local-only' as const, off: true as const, pending: 0, ignored: [] };
      await deps.sync.flush();
      return deps.sync.status();
    });
  registerTransferHandlers(router, deps);
  registerReviewHandlers(router, deps);
}
