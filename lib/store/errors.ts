/**
 * Storage failures a user must hear about. Every IndexedDB error that reaches the UI is one of
 * these, with a message that says what happened and what to do — never a silent loss.
 */
export type StoreErrorCode =
  'quota' | 'blocked' | 'downgrade' | 'migration' | 'invalid' | 'unknown';

const MESSAGES: Record<StoreErrorCode, string> = {
  quota:
    'The browser has no room left for Pacer’s data. Nothing was saved; free some disk space or export and remove old readings.',
  blocked:
    'Pacer’s database is being upgraded but another Pacer page still has it open. Close other Pacer pages and try again.',
  downgrade:
    'Pacer’s data was written by a newer version of Pacer. Update the extension; your data was left untouched.',
  migration:
    'Upgrading Pacer’s data failed, so the upgrade was rolled back and your data was left as it was.',
  invalid: 'The data was not saved because it is not valid.',
  unknown: 'Pacer could not read or write its data.',
};

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    detail?: string,
  ) {
    super(detail ? `${MESSAGES[code]} (${detail})` : MESSAGES[code]);
    this.name = 'StoreError';
  }
}

/** Turn whatever IndexedDB threw into a StoreError the UI can show. */
export function toStoreError(err: unknown): StoreError {
  if (err instanceof StoreError) return err;
  const name = (err as { name?: string } | null)?.name;
  const msg = (err as { message?: string } | null)?.message;
  if (name === 'QuotaExceededError') return new StoreError('quota');
  if (name === 'VersionError') return new StoreError('downgrade', msg);
  return new StoreError('unknown', msg ?? String(err));
}
