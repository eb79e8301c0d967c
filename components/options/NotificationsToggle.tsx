import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '../i18n';

/**
 * Notifications are off by default and need an optional permission, asked for right here on the
 * click that turns them on (the browser only shows its prompt during a user gesture).
 */
export function NotificationsToggle(p: {
  on: boolean;
  onChange: (on: boolean) => Promise<boolean>;
}) {
  const { t } = useI18n();
  const [message, setMessage] = useState<string | null>(null);
  // Moves at once (a controlled input would snap back while the browser asks), reverts on refusal.
  const [checked, setChecked] = useState(p.on);
  useEffect(() => setChecked(p.on), [p.on]);
  const save = (on: boolean) =>
    p.onChange(on).then((ok) => {
      if (!ok) setChecked(!on);
    });
  const toggle = (on: boolean) => {
    setChecked(on);
    if (!on) return void save(false).then(() => setMessage(null));
    void browser.permissions.request({ permissions: ['notifications'] }).then((granted) => {
      if (!granted) {
        setChecked(false);
        return setMessage(t('settingsNotifyDenied'));
      }
      setMessage(null);
      return void save(true);
    });
  };
  return (
    <div class="field">
      <label class="checkbox">
        <input
          type="checkbox"
          checked={checked}
          onChange={(e) => toggle(e.currentTarget.checked)}
        />{' '}
        {t('settingsNotify')}
      </label>
      <p class="small muted">{t('settingsNotifyHint')}</p>
      {message && (
        <p class="small" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
