import type { MessageKey, Translate } from '../lib/i18n';
import { send } from '../lib/messaging/client';
import type { StoreErrorCode } from '../lib/store/errors';
import { useI18n } from './i18n';

/**
 * Why a page got no answer: Pacer's storage cannot be opened (each cause its own message), or the
 * background itself is not answering. A storage problem must never read as "reload the
 * extension" or "No goals yet", which invite a reinstall that deletes the data (issue 10, defect 5).
 */
export type Trouble = { kind: 'unreachable' } | { kind: 'storage'; code: StoreErrorCode };

/** Ask the background whether storage is the cause; no answer to that either means unreachable. */
export async function diagnose(): Promise<Trouble> {
  const status = await send('storage.status', {});
  return status && !status.ok ? { kind: 'storage', code: status.code } : { kind: 'unreachable' };
}

const STORAGE_MESSAGES: Record<StoreErrorCode, MessageKey> = {
  downgrade: 'storageDowngrade',
  unavailable: 'storageUnavailable',
  blocked: 'storageBlocked',
  migration: 'storageMigration',
  quota: 'storageQuota',
  invalid: 'storageUnknown',
  'too-many-goals': 'storageUnknown',
  unknown: 'storageUnknown',
};

/** The trouble in the UI language, for places that show it inside their own message. */
export const troubleText = (t: Translate, trouble: Trouble): string =>
  trouble.kind === 'storage' ? t(STORAGE_MESSAGES[trouble.code]) : t('panelUnreachable');

export function TroubleNotice({ trouble }: { trouble: Trouble | null }) {
  const { t } = useI18n();
  if (!trouble) return null;
  return (
    <p
      class="notice"
      role="alert"
      data-trouble={trouble.kind === 'storage' ? trouble.code : 'unreachable'}
    >
      {troubleText(t, trouble)}
    </p>
  );
}
