import { useEffect, useState } from 'preact/hooks';
import { send } from '../../lib/messaging/client';
import { onBroadcast } from '../../lib/messaging/listen';
import type { SyncStatus } from '../../lib/sync/types';

/**
 * The goal-sync status as the background reports it (asked once, then its broadcasts), and the
 * user's switch (settings change → `goals.changed`). Shared by the options page and side panel.
 */
export function useSyncStatus() {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [retrying, setRetrying] = useState(false);
  useEffect(() => {
    const loadSetting = () =>
      void send('settings.get', {}).then((s) => s && setEnabled(s.syncGoals));
    void send('sync.status', {}).then((s) => s && setStatus(s));
    loadSetting();
    return onBroadcast({ 'sync.status': setStatus, 'goals.changed': loadSetting });
  }, []);
  const retry = async () => {
    setRetrying(true);
    const s = await send('sync.now', {});
    setRetrying(false);
    if (s) setStatus(s);
  };
  return { status, enabled, setEnabled, retry, retrying };
}

/** Re-render every `ms` so "2 minutes ago" keeps telling the truth while the page stays open. */
export function useTick(ms = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return now;
}
