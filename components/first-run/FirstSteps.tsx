/**
 * Three ways to start, for someone with no goals yet: open a dashboard Pacer reads, start from one
 * of the article's templates (followed with check-ins), or import a dashboard's history. The
 * welcome page shows them in full; the empty side panel and popup in a compact form.
 */
import { useI18n } from '../i18n';
import { DASHBOARDS, templateStarts, type TemplateStart } from './starts';

interface Props {
  /** Start the goal editor on a template (inline, or by opening the options page). */
  onTemplate: (start: TemplateStart) => void;
  /** Open the history import (the options page's section). */
  onImport: () => void;
  /** In the narrow panel and popup: the dashboards on a few lines rather than a list. */
  compact?: boolean;
}

export function FirstSteps({ onTemplate, onImport, compact = false }: Props) {
  const { t, lang } = useI18n();
  return (
    <section class="first-steps stack" aria-labelledby="first-steps-h">
      <h2 id="first-steps-h">{t('startHeading')}</h2>
      <ol class="starts">
        <li class="start card">
          <h3>{t('startDashboardTitle')}</h3>
          <p class="small muted">{t('startDashboardText')}</p>
          <ul class={compact ? 'dashboards compact' : 'dashboards'}>
            {DASHBOARDS.map((d) => (
              <li key={d.name}>
                {d.url ? (
                  <a href={d.url} target="_blank" rel="noreferrer">
                    {d.name}
                  </a>
                ) : (
                  <span>
                    {d.name}{' '}
                    <span class="small muted">
                      ({t('startDashboardOwnAddress', d.pattern ?? '')})
                    </span>
                  </span>
                )}
              </li>
            ))}
          </ul>
        </li>
        <li class="start card">
          <h3>{t('startTemplateTitle')}</h3>
          <p class="small muted">{t('startTemplateText')}</p>
          <ul class="template-starts">
            {templateStarts(lang).map((s) => (
              <li key={`${s.id}#${s.slot}`}>
                <button
                  type="button"
                  class="link-button"
                  aria-label={t('startTemplateNamed', s.label)}
                  onClick={() => onTemplate(s)}
                >
                  {s.label}
                </button>
              </li>
            ))}
          </ul>
        </li>
        <li class="start card">
          <h3>{t('startImportTitle')}</h3>
          <p class="small muted">{t('startImportText')}</p>
          <div>
            <button type="button" onClick={onImport}>
              {t('startImportButton')}
            </button>
          </div>
        </li>
      </ol>
    </section>
  );
}
