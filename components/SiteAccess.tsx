import { useI18n } from './i18n';

export type SiteState =
  | { kind: 'known' } // a dashboard Pacer reads without asking
  | { kind: 'enabled'; host: string }
  | { kind: 'available'; host: string } // a web page Pacer could read if allowed
  | { kind: 'unsupported' }; // browser pages, files, the Web Store…

/** What Pacer may do on the current tab, and the one action that changes it. */
export function SiteAccess(props: {
  state: SiteState;
  message: string | null;
  onEnable: () => void;
  onDisable: () => void;
}) {
  const { t } = useI18n();
  const { state } = props;
  if (state.kind === 'known' || state.kind === 'unsupported') return null;
  return (
    <section class="card" aria-live="polite">
      {state.kind === 'available' ? (
        <>
          <p class="card-line small">{t('siteEnableHint', state.host)}</p>
          <div>
            <button class="primary" onClick={props.onEnable}>
              {t('siteEnable', state.host)}
            </button>
          </div>
        </>
      ) : (
        <>
          <p class="card-line small">{t('siteEnabled', state.host)}</p>
          <div>
            <button onClick={props.onDisable}>{t('siteDisable')}</button>
          </div>
        </>
      )}
      {props.message && (
        <p class="card-line small" role="status">
          {props.message}
        </p>
      )}
    </section>
  );
}
