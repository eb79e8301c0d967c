/**
 * The page a fresh install opens: what Pacer reads and where, the privacy promise, and three ways
 * to start. Starting a goal or an import happens on the options page, which has the editor and the
 * import section.
 */
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FirstSteps } from '../../components/first-run/FirstSteps';
import { IMPORT_SECTION, templateHash } from '../../components/first-run/starts';
import { I18nContext } from '../../components/i18n';
import { useLanguage } from '../../components/use-language';
import type { Lang } from '../../lib/i18n';
import { send } from '../../lib/messaging/client';

const options = (hash: string) => browser.runtime.getURL(`/options.html#${hash}`);

export function WelcomeApp() {
  const i18n = useLanguage();
  const { t, lang } = i18n;
  useEffect(() => {
    document.title = t('welcomeTitle');
  }, [lang]);
  const other: Lang = lang === 'ko' ? 'en' : 'ko';
  return (
    <I18nContext.Provider value={i18n}>
      <main class="welcome stack">
        <header class="welcome-head">
          <h1>
            <img src="/icons/48.png" width={32} height={32} alt="" /> {t('welcomeTitle')}
          </h1>
          {/* The page is the first thing a user sees: let them read it in the other language. */}
          <button
            type="button"
            class="link-button"
            lang={other}
            onClick={() => void send('settings.set', { patch: { language: other } })}
          >
            {other === 'ko' ? '한국어' : 'English'}
          </button>
        </header>
        <p class="welcome-intro">{t('welcomeIntro')}</p>
        <section class="card stack" aria-labelledby="reads-h">
          <h2 id="reads-h">{t('welcomeReadsHeading')}</h2>
          <p>{t('welcomeReadsText')}</p>
          <p class="small muted">{t('welcomeReadsHand')}</p>
        </section>
        <section class="card stack" aria-labelledby="privacy-h">
          <h2 id="privacy-h">{t('welcomePrivacyHeading')}</h2>
          <p>{t('welcomePrivacyText')}</p>
        </section>
        <FirstSteps
          onTemplate={(s) => void (location.href = options(templateHash(s)))}
          onImport={() => void (location.href = options(IMPORT_SECTION))}
        />
      </main>
    </I18nContext.Provider>
  );
}
