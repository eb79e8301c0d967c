import { browser } from 'wxt/browser';
import { useI18n } from '../i18n';
import type { SyncStatus } from '../../lib/sync/types';
import { syncFailed } from './sync-text';

/** Options at one section, in a new tab (tabs.create needs no `tabs` permission). */
export const openOptionsAt = (section: 'review' | 'report' | 'data' | 'sync' | 'history') =>
  void browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${section}`) });

/**
 * A failed goal sync, said where the user will see it: in full with "Retry now" on the options
 * page, in one line with a way to the details in the narrow side panel.
 */
export function SyncNotice(p: {
  status: SyncStatus | null;
  enabled: boolean | null;
  compact?: boolean;
  retrying?: boolean;
  onRetry?: () => void;
}) {
  const { t } = useI18n();
  if (!syncFailed(p.status, p.enabled)) return null;
  if (p.compact)
    return (
      <p class="notice small sync-notice" role="alert">
        {t('syncFailedCompact')}{' '}
        <button
          type="button"
          class="link-button"
          title={t('syncDetailsHint')}
          onClick={() => openOptionsAt('sync')}
        >
          {t('syncDetails')}
        </button>
      </p>
    );
  return (
    <div class="notice sync-notice" role="alert">
      <p>{t('syncFailedNotice', p.status.error ?? t('syncUnknownError'))}</p>
      {p.onRetry && (
        <button type="button" disabled={p.retrying} onClick={p.onRetry}>
          {p.retrying ? t('syncRetrying') : t('syncRetry')}
        </button>
      )}
    </div>
  );
}
