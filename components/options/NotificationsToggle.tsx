import { useState } from 'preact/hooks';
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
  const toggle = (on: boolean) => {
    if (!on) return void p.onChange(false).then(() => setMessage(null));
    void browser.permissions.request({ permissions: ['notifications'] }).then((granted) => {
      if (!granted) return setMessage(t('settingsNotifyDenied'));
      setMessage(null);
      return void p.onChange(true);
    });
  };
  return (
    <div class="field">
      <label class="checkbox">
        <input type="checkbox" checked={p.on} onChange={(e) => toggle(e.currentTarget.checked)} />{' '}
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
