import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import type { SyncStatus } from '../../lib/sync/types';
import { syncFailed, syncLine } from './sync-text';
import { useTick } from './use-sync-status';

/**
 * The opt-in switch for goal sync and what sync is doing now. Off by default: goal text would
 * travel through the browser vendor's servers (lib/store/settings.ts).
 */
export function SyncSetting(p: {
  enabled: boolean;
  status: SyncStatus | null;
  retrying: boolean;
  onChange: (on: boolean) => Promise<boolean>;
  onRetry: () => void;
}) {
  const { t, lang } = useI18n();
  const now = useTick();
  // The switch moves at once (a controlled input would snap back until the background answers)
  // and reverts if the setting could not be saved.
  const [on, setOn] = useState(p.enabled);
  useEffect(() => setOn(p.enabled), [p.enabled]);
  const toggle = (next: boolean) => {
    setOn(next);
    void p.onChange(next).then((ok) => {
      if (!ok) setOn(!next);
    });
  };
  const failed = syncFailed(p.status, on);
  return (
    <div class="field sync" id="sync">
      <label class="checkbox">
        <input
          type="checkbox"
          role="switch"
          checked={on}
          aria-describedby="sync-hint sync-state"
          onChange={(e) => toggle(e.currentTarget.checked)}
        />{' '}
        {t('syncToggle')}
      </label>
      <p class="small muted" id="sync-hint">
        {t('syncHint')}
      </p>
      <div class="sync-state">
        <p class={`small${failed ? ' sync-failed' : ''}`} role="status" id="sync-state">
          {syncLine(p.status, on, lang, t, now)}
        </p>
        {failed && (
          <button type="button" class="small" disabled={p.retrying} onClick={p.onRetry}>
            {p.retrying ? t('syncRetrying') : t('syncRetry')}
          </button>
        )}
      </div>
      {on && p.status && p.status.ignored.length > 0 && (
        <div class="small">
          <p class="sync-ignored-head">{t('syncIgnored')}</p>
          <ul class="sync-ignored">
            {p.status.ignored.map((why) => (
              <li key={why}>{why}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
