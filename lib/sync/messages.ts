/** What the side panel's sync notice says: what happened, that nothing is lost, what comes next. */

export const NO_SYNC_AREA =
  'This browser offers no sync storage, so goals stay on this device only.';

export class SyncQuotaError extends Error {
  override name = 'SyncQuotaError';
}

/** Reading or writing Pacer's own database failed during a sync (not the browser's sync). */
export class LocalSyncError extends Error {
  override name = 'LocalSyncError';
}

export function explain(err: unknown): string {
  if (err instanceof SyncQuotaError) return `${err.message} Goals are saved on this device.`;
  const msg = (err as { message?: string } | null)?.message ?? String(err);
  if (err instanceof LocalSyncError)
    return `Pacer could not update its goals from sync (${msg}); it tries again on the next change.`;
  return (
    `Browser sync refused the change (${msg}). Goals are saved on this device only; ` +
    'Pacer tries again after your next change.'
  );
}
