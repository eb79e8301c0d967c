/** The sync status in words: what the settings line and the notices say. */
import { localeOf, type Lang, type Translate } from '../../lib/i18n';
import type { SyncStatus } from '../../lib/sync/types';

/** "2 minutes ago" / "2분 전"; under 45 seconds "just now", as people say it. */
export function ago(iso: string, lang: Lang, t: Translate, now: number = Date.now()): string {
  const seconds = Math.max(0, (now - Date.parse(iso)) / 1000);
  if (!Number.isFinite(seconds) || seconds < 45) return t('syncJustNow');
  const rtf = new Intl.RelativeTimeFormat(localeOf(lang), { numeric: 'auto' });
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return rtf.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 24) return rtf.format(-hours, 'hour');
  return rtf.format(-Math.round(hours / 24), 'day');
}

/**
 * Failed and worth a warning: the user turned sync on and it fell back to local-only. The setting
 * is checked too because a browser without `storage.sync` reports local-only even to users who
 * never asked for sync.
 */
export const syncFailed = (s: SyncStatus | null, enabled: boolean | null): s is SyncStatus =>
  enabled === true && s?.mode === 'local-only' && !s.off;

export function syncLine(
  s: SyncStatus | null,
  enabled: boolean,
  lang: Lang,
  t: Translate,
  now?: number,
): string {
  if (!enabled) return t('syncOff');
  // Just switched on: the background's first sync has not reported yet.
  if (!s || s.off) return t('syncWaiting');
  if (s.mode === 'local-only') return t('syncLocalOnly', s.error ?? t('syncUnknownError'));
  const head = s.lastSyncedAt
    ? t('syncSyncedAgo', ago(s.lastSyncedAt, lang, t, now))
    : t('syncWaiting');
  return s.pending > 0 ? `${head} · ${t('syncPending', s.pending)}` : head;
}
