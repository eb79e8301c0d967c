/**
 * UI strings. The messages live in `public/_locales/<lang>/messages.json` (the browser's own
 * format, which also localises the manifest), but the UI reads them through this module rather
 * than `browser.i18n`, because `browser.i18n` only follows the browser's language and Pacer lets
 * the user choose English or 한국어 in its settings.
 */
import en from '../../public/_locales/en/messages.json';
import ko from '../../public/_locales/ko/messages.json';

export type Lang = 'en' | 'ko';
export type MessageKey = keyof typeof en;
export type Translate = (key: MessageKey, ...subs: (string | number)[]) => string;

const CATALOGS: Record<Lang, Record<string, { message: string }>> = { en, ko };

export function resolveLang(setting: 'auto' | Lang, uiLanguage: string): Lang {
  if (setting !== 'auto') return setting;
  return uiLanguage.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

export function translator(lang: Lang): Translate {
  const catalog = CATALOGS[lang];
  return (key, ...subs) => {
    // A missing Korean string falls back to English rather than showing a key.
    const message = catalog[key]?.message ?? en[key].message;
    return message.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
  };
}

/** BCP 47 tag for Intl. */
export const localeOf = (lang: Lang): string => (lang === 'ko' ? 'ko-KR' : 'en-US');
