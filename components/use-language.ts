import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { resolveLang, translator } from '../lib/i18n';
import { send } from '../lib/messaging/client';
import { onBroadcast } from '../lib/messaging/listen';
import type { I18n } from './i18n';

/** The UI language: the user's setting, or the browser's language when set to auto. */
export function useLanguage(): I18n {
  const [lang, setLang] = useState(() => resolveLang('auto', browser.i18n.getUILanguage()));
  useEffect(() => {
    const load = () =>
      void send('settings.get', {}).then((s) => {
        if (s) setLang(resolveLang(s.language, browser.i18n.getUILanguage()));
      });
    load();
    return onBroadcast({ 'goals.changed': load });
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return { lang, t: translator(lang) };
}
