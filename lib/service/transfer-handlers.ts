/**
 * Export and import (issue 10, defect 3): whole in one message for small data, or streamed in
 * chunks (protocol.ts: `data.export.*`, `data.import.*`) so a large history never meets Chrome's
 * message limit. Either way an import is applied by `importAll` in one transaction.
 */
import type { Router } from '../messaging/router';
import {
  exportAll,
  exportChunk,
  exportStart,
  importAll,
  StoreError,
  type ImportResult,
} from '../store';
import type { Export } from '../goals/export';
import type { ServiceDeps } from './deps';
import { refreshAll } from './evaluation';
import { ImportStaging, type ImportMode } from './import-staging';

async function apply(deps: ServiceDeps, data: Export, mode: ImportMode) {
  try {
    const result: ImportResult = await importAll(await deps.db(), data, mode);
    deps.sync?.localChanged();
    await refreshAll(deps);
    return { ok: true as const, ...result };
  } catch (err) {
    // The code lets the page say it in its words (e.g. too many goals).
    const code = err instanceof StoreError ? { code: err.code } : {};
    return { ok: false as const, error: (err as Error).message, ...code };
  }
}

export function registerTransferHandlers(router: Router, deps: ServiceDeps): void {
  const staging = new ImportStaging(() => deps.now().getTime());
  router
    .on('data.export', async () => exportAll(await deps.db(), deps.now()))
    .on('data.export.begin', async () => exportStart(await deps.db(), deps.now()))
    .on('data.export.chunk', async ({ cursor, until }) =>
      exportChunk(await deps.db(), cursor, until),
    )
    .on('data.import', ({ data, mode }) => apply(deps, data, mode))
    .on('data.import.begin', ({ mode, header, goals, readings, reviews }) => ({
      ok: true as const,
      id: staging.begin(mode, header, { goals, readings, reviews }),
    }))
    .on('data.import.chunk', ({ id, goals, readings, reviews }) => {
      const error = staging.add(id, goals, readings, reviews);
      return error ? { ok: false, error } : { ok: true };
    })
    .on('data.import.commit', async ({ id }) => {
      const taken = staging.take(id);
      return taken.ok ? apply(deps, taken.data, taken.mode) : taken;
    });
}
