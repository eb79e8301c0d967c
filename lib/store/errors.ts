/**
 * Storage failures a user must hear about. Every IndexedDB error that reaches the UI is one of
 * these, with a message that says what happened and what to do — never a silent loss.
 */
export const STORE_ERROR_CODES = [
  'quota',
  'blocked',
  'downgrade',
  'migration',
  'unavailable',
  'invalid',
  'too-many-goals',
  'unknown',
] as const;
export type StoreErrorCode = (typeof STORE_ERROR_CODES)[number];

const MESSAGES: Record<StoreErrorCode, string> = {
  quota:
    'The browser has no room left for Pacer’s data. Nothing was saved; free some disk space or export and remove old readings.',
  blocked:
    'Pacer’s database is being upgraded but another Pacer page still has it open. Close other Pacer pages and try again.',
  downgrade:
    'Pacer’s data was written by a newer version of Pacer. Update the extension; your data was left untouched.',
  migration:
    'Upgrading Pacer’s data failed, so the upgrade was rolled back and your data was left as it was.',
  unavailable:
    'This browser gives Pacer no storage here (a private window, or site data turned off), so nothing can be read or saved.',
  invalid: 'The data was not saved because it is not valid.',
  'too-many-goals': 'Pacer keeps at most 2,000 goals; delete some before adding more.',
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

/**
 * Why the database could not be opened. `openDB` throws synchronously when IndexedDB is missing
 * (`indexedDB` null with storage disabled) and rejects with a DOMException in Firefox's private
 * windows of old versions (InvalidStateError) or where storage is forbidden (SecurityError):
 * anything that is not already Pacer's own error, a newer database or a full disk means storage
 * is unavailable, never "the background is not answering" (issue 10, defect 5).
 */
export function toOpenError(err: unknown): StoreError {
  if (err instanceof StoreError) return err;
  const name = (err as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError' || name === 'VersionError') return toStoreError(err);
  const msg = (err as { message?: string } | null)?.message;
  return new StoreError('unavailable', `${name ?? 'Error'}: ${msg ?? String(err)}`);
}
